/**
 * Calendar periods named relative to the reference date: "last week" (a week), "this year", "next month",
 * "earlier this year" (mod START), "later this month" (mod END), "last November", "this summer" (see
 * seasons), "two days ago", "a year earlier", "three years from now".
 */
import { formatMonth, withYear } from '../calendar';
import { MONTH_RE, MONTH_WORDS, monthNumber } from '../../lang/en/calendarNames';
import { NUMBER_RE, parseNumber, UNIT_RE, UNIT_WORDS, unitOf, type Unit } from '../../lang/en/timeWords';
import { durationValue } from '../durationValue';
import { shiftPeriod, unknownPeriod } from '../resolve';
import type { TimexCandidate, TemporalParser } from '../types';
import { currentReportingQuarter } from './reportingPeriod';

const PERIOD_RE = String.raw`(week|weekend|month|year|quarter|decade|century)`;

export const relativePeriodParser: TemporalParser = {
  name: 'relativePeriod',
  pattern: new RegExp(
    String.raw`\b(?:(earlier|later|late|early) )?(last|this|next|the past|the previous|the following|the coming|the current|the next|previous|current|coming|past)(?:[- ](fiscal))? ${PERIOD_RE}\b(?! \d)`, 'gi'),
  // "earlier the following-fiscal " before the period.
  trigger: { words: ['week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century'], lead: 29 },
  extract(m, ctx): TimexCandidate | null {
    if (/^\p{Lu}/u.test(m[4]) && /\p{Ll}/u.test(m[4]) && m.index > 0 && !/[.!?]\s*$|^\s*$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return null;
    const which = m[2].toLowerCase().replace(/^the /, '');
    const unit = unitOf(m[4])!;
    // "the past year", "the next month", "the coming weeks": stretches of time (durations), found elsewhere.
    if (/^the (?:past|next|coming)$/i.test(m[2]) && unit !== 'WE') return null;
    const shift = which === 'last' || which === 'previous' || which === 'past' ? -1
      : which === 'next' || which === 'following' || which === 'coming' ? 1 : 0;
    const candidate: TimexCandidate = {
      start: m.index, end: m.index + m[0].length, type: 'DATE', value: shiftPeriod(ctx.ref, unit, shift),
      parser: this.name, anchoring: 'relative',
    };
    if (/^the (?:following|previous)$/i.test(m[2]) && (unit === 'Y' || unit === 'M') && !m[3]) {
      candidate.relativeToAntecedent = { unit, shift };
    }
    const edge = m[1]?.toLowerCase();
    if (edge === 'earlier' || edge === 'early') candidate.mod = 'START';
    else if (edge === 'later' || edge === 'late') candidate.mod = 'END';
    return candidate;
  },
};

/**
 * "the year", "the full year": in news, the year being reported on, i.e. the reference year; "the fiscal
 * year" is the stretch of a fiscal year (P1Y). Not "the year before/earlier/ago" (offsets) nor "the year two
 * thousand" (a spelled year).
 */
export const theYearParser: TemporalParser = {
  name: 'theYear',
  pattern: /\b[Tt]he (full |whole |entire |fiscal |calendar )?year\b(?![-'’]| (?:before|earlier|ago|after|later|two|nineteen|of|when|in which|that)\b)/g,
  // "the calendar " before "year".
  trigger: { words: ['year'], lead: 13 },
  extract(m, ctx): TimexCandidate | null {
    const base = { start: m.index, end: m.index + m[0].length, parser: this.name, anchoring: 'relative' as const };
    // "the fiscal year", "the year ended March 31": a twelve-month stretch of accounts.
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (m[1]?.trim() === 'fiscal' || /^ (?:ended|ending|that ended|to)\b/.test(after)) return { ...base, type: 'DURATION', value: 'P1Y' };
    return { ...base, type: 'DATE', value: shiftPeriod(ctx.ref, 'Y', 0) };
  },
};

/** "June last year", "January this year", "March of next year": that month of the year named. */
export const monthOfRelativeYearParser: TemporalParser = {
  name: 'monthOfRelativeYear',
  pattern: new RegExp(String.raw`\b(${MONTH_RE}) (?:of )?(last|this|next) year\b`, 'g'),
  trigger: { words: MONTH_WORDS, lead: 0 },
  extract(m, ctx): TimexCandidate | null {
    const month = monthNumber(m[1]);
    if (month === null) return null;
    const shift = m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0;
    const value = ctx.ref ? formatMonth(ctx.ref.year + shift, month) : `XXXX-${String(month).padStart(2, '0')}`;
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, parser: this.name, anchoring: 'relative' };
  },
};

/** "last November", "this September", "next March": the named month before, in or after the reference date. */
export const relativeMonthParser: TemporalParser = {
  name: 'relativeMonth',
  // The month keeps its capital ("this march" is a demonstration, not March).
  pattern: new RegExp(String.raw`\b([Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming) (${MONTH_RE})(?! \d)\b`, 'g'),
  // "This coming " before the month.
  trigger: { words: MONTH_WORDS, lead: 12 },
  extract(m, ctx): TimexCandidate | null {
    const month = monthNumber(m[2]);
    if (month === null) return null;
    const which = m[1].toLowerCase();
    let value: string | null;
    if (!ctx.ref) value = `XXXX-${String(month).padStart(2, '0')}`;
    else {
      let year = ctx.ref.year;
      if ((which === 'last' || which === 'this past') && month >= ctx.ref.month) year--;
      if ((which === 'next' || which === 'this coming') && month <= ctx.ref.month) year++;
      value = formatMonth(year, month);
    }
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, parser: this.name, anchoring: 'relative' };
  },
};

/**
 * "two days ago", "a year earlier", "three weeks later", "five years from now", "almost four years ago":
 * the point that far from the reference date, at the unit's granularity. "A year earlier" in a report about a
 * quarter means that quarter a year before (the year-on-year comparison of results).
 */
export const offsetParser: TemporalParser = {
  name: 'offset',
  pattern: new RegExp(String.raw`\b(${NUMBER_RE})[- ](${UNIT_RE}) (ago|earlier|before|later|after|from now|hence|back)\b(?! (?:the|a|an|his|her|their|its|this|that|he|she|they|it|we|I)\b)`, 'gi'),
  // The unit comes after a count ("seventy-seven-and-a-half-thousand", 33, or digits) and a "-".
  trigger: { words: UNIT_WORDS, lead: 34 },
  extract(m, ctx): TimexCandidate | null {
    // "13 days after the bombings": anchored to an event, not to the reference date; left to the duration parser.
    if (/^(?:after|before)$/i.test(m[3]) && /^\s*[\p{L}\d]/u.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    const unit = unitOf(m[2]) as Unit;
    const count = parseNumber(m[1]);
    const direction = /^(ago|earlier|before|back)$/i.test(m[3]) ? -1 : 1;
    const base = { start: m.index, end: m.index + m[0].length, parser: this.name, anchoring: 'relative' as const, type: 'DATE' as const };
    if (/^later$/i.test(m[3])) {
      // "Three days later, …": counted from the event just told, not from now; TimeML tags the stretch as a
      // DURATION and leaves "later" out (a signal), as TBAQ does.
      return { ...base, end: m.index + m[0].length - m[3].length - 1, type: 'DURATION', value: durationValue(count, unit, m[1]) };
    }
    if (count === null) return { ...base, value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' };
    if (unit === 'Y' && count === 1 && direction < 0 && /^(earlier|ago)$/i.test(m[3]) && ctx.ref) {
      const quarter = currentReportingQuarter(ctx, m.index);
      if (quarter?.named) return { ...base, value: withYear(quarter.year - 1, `-Q${quarter.quarter}`) };
    }
    if (!Number.isInteger(count)) {
      // "18 1/2 months ago": only the coarser unit is sure.
      const coarse: Unit = unit === 'M' ? 'Y' : unit === 'D' ? 'M' : unit;
      return { ...base, value: ctx.ref ? shiftPeriod(ctx.ref, coarse, Math.round(direction * count / (unit === 'M' ? 12 : unit === 'D' ? 30 : 1))) : unknownPeriod(coarse) };
    }
    // "a decade ago" is a year ten years back, as TimeML annotates it; hours and minutes ago, a day.
    const grain: Unit = unit === 'H' || unit === 'MIN' || unit === 'S' ? 'D' : unit === 'E' || unit === 'C' ? 'Y' : unit;
    const n = unit === 'H' ? Math.floor(count / 24) : unit === 'MIN' || unit === 'S' ? 0 : unit === 'E' ? count * 10 : unit === 'C' ? count * 100 : count;
    return { ...base, value: shiftPeriod(ctx.ref, grain, direction * n) };
  },
};
