/**
 * Parts of a year: quarters ("the third quarter" → 2025-Q3, "third-quarter", "Q3 2022", "the fourth quarter of
 * 2011"), halves ("the first half" → H1), seasons ("last fall" → FA, "the summer of 1998"), year ends
 * ("year-end", "the end of 1990"), fiscal years ("fiscal 1989", "FY2022").
 */
import { formatYear, formatYearValue } from '../calendar';
import { ORDINALS, SEASONS } from '../../lang/en/timeWords';
import { shiftPeriod } from '../resolve';
import type { TimexCandidate, ParseContext, TemporalParser } from '../types';

const ORDINAL_RE = String.raw`(first|second|third|fourth|1st|2nd|3rd|4th|final|last)`;

/** The year written, else the reference year shifted, else XXXX; null when TIMEX3 cannot write it. */
function yearFor(ctx: ParseContext, written: string | undefined, shift = 0): string | null {
  if (written) return formatYear(+written);
  return ctx.ref ? formatYear(ctx.ref.year + shift) : 'XXXX';
}

/** `${year}${rest}`, or null with the year. */
function ofYear(year: string | null, rest: string): string | null {
  return year === null ? null : year + rest;
}

function make(m: RegExpExecArray, value: string | null, parser: string, absolute: boolean, mod?: string): TimexCandidate {
  const c: TimexCandidate = { start: m.index, end: m.index + m[0].length, type: 'DATE', value, parser, anchoring: absolute ? 'absolute' : 'relative' };
  if (mod) c.mod = mod;
  return c;
}

export const quarterParser: TemporalParser = {
  name: 'quarter',
  pattern: new RegExp(
    String.raw`\b(?:(?:(the|this year['’]s|last year['’]s|next year['’]s|its|their|a) )?(?:(fiscal|calendar) )?${ORDINAL_RE}[- ](?:(fiscal|calendar)[- ])?quarter(?:(?: of| in)(?: fiscal| the fiscal year| the year)? (\d{4}|the year|this year|last year|next year))?|(?:the )?Q([1-4])(?:,? (\d{4}))?|(?:the )?(\d{4})(?:['’]s)? (?:(fiscal|calendar) )?${ORDINAL_RE}[- ]quarter)\b`, 'gi'),
  // "this year's calendar fourth-calendar-" before "quarter".
  trigger: { words: ['quarter', 'q'], lead: 37 },
  extract(m, ctx) {
    if (m[6]) {
      return make(m, ofYear(yearFor(ctx, m[7]), `-Q${m[6]}`), this.name, !!m[7]);
    }
    if (m[8]) {
      const q = ORDINALS[m[10].toLowerCase()];
      return make(m, `${m[8]}-Q${q < 0 ? 4 : q}`, this.name, true);
    }
    const det = m[1]?.toLowerCase() ?? '';
    // "its third quarter", "a third-quarter loss", "the third-quarter results": the determiner belongs to the
    // noun phrase, not to the time expression (TimeML extent), except "the" before a noun quarter.
    const hyphenated = /quarter/i.test(m[0]) && /[- ]quarter/.test(m[0]) && /-quarter/i.test(m[0]);
    const dropDeterminer = det === 'a' || det === 'its' || det === 'their' || (det === 'the' && hyphenated);
    let q = ORDINALS[m[3].toLowerCase()];
    if (q < 0) q = 4;
    let year: string | null;
    const written = m[5];
    if (written && /^\d{4}$/.test(written)) year = written;
    else {
      const rel = (written ?? det).toLowerCase();
      const shift = rel.startsWith('last') ? -1 : rel.startsWith('next') ? 1 : 0;
      year = yearFor(ctx, undefined, shift);
    }
    const c = make(m, ofYear(year, `-Q${q}`), this.name, !!(written && /^\d{4}$/.test(written)));
    if (dropDeterminer) c.start += m[1].length + 1;
    return c;
  },
};

export const halfParser: TemporalParser = {
  name: 'half',
  pattern: /\b(?:(?:the )?(first|second|1st|2nd|last|latter) half(?: of (?:(?:the )?(?:fiscal )?(?:year )?(\d{4})|this year|the year|(last|next) year))?|H([12]),? (\d{4}))\b/gi,
  // "the latter " before "half".
  trigger: { words: ['half', 'h'], lead: 11 },
  extract(m, ctx) {
    if (m[4]) return make(m, `${m[5]}-H${m[4]}`, this.name, true);
    const h = /^(first|1st)$/i.test(m[1]) ? 1 : 2;
    const shift = m[3] ? (m[3].toLowerCase() === 'last' ? -1 : 1) : 0;
    return make(m, ofYear(yearFor(ctx, m[2], shift), `-H${h}`), this.name, !!m[2]);
  },
};

export const seasonParser: TemporalParser = {
  name: 'season',
  pattern: /\b(?:(the|this|last|next|this past|this coming|early|late|mid|the early|the late)[- ])?(spring|summer|autumn|fall|winter)(?:(?: of)? (\d{4}))?\b/gi,
  // "this coming " before the season.
  trigger: { words: ['spring', 'summer', 'autumn', 'fall', 'winter'], lead: 12 },
  extract(m, ctx) {
    const det = m[1]?.toLowerCase();
    // "fall" and "spring" are verbs and nouns: only a determiner or a year makes them seasons.
    if (!det && !m[3]) {
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (!/\b(?:in|this|last|next|by|until|since|during|over|through)\s+$/i.test(before) || /^(fall|spring)$/i.test(m[2])) return null;
    }
    if (det === 'the' && /^(fall|spring)$/i.test(m[2]) && !m[3]) {
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (!/\b(?:in|by|until|since|during|over|through)\s+$/i.test(before)) return null;
    }
    const season = SEASONS[m[2].toLowerCase()];
    let shift = 0;
    if (det === 'last' || det === 'this past') shift = -1;
    if (det === 'next' || det === 'this coming') shift = 1;
    let value = ofYear(yearFor(ctx, m[3], m[3] ? 0 : shift), `-${season}`);
    if (!m[3] && ctx.ref && shift === -1 && det === 'this past') value = ofYear(yearFor(ctx, undefined, 0), `-${season}`);
    const mod = det?.includes('early') ? 'START' : det?.includes('late') ? 'END' : det === 'mid' ? 'MID' : undefined;
    return make(m, value, this.name, !!m[3], mod);
  },
};

export const yearEndParser: TemporalParser = {
  name: 'yearEnd',
  pattern: /\b(?:(year)(?:[- ]|['’]s )end|the (end|beginning|start|middle) of (?:the year|this year|(last|next) year|(\d{4}))|the (end|beginning|start|middle) of (?:the|this) (month|week))\b/gi,
  // "year's " before "end".
  trigger: { words: ['end', 'beginning', 'start', 'middle'], lead: 7 },
  extract(m, ctx) {
    if (m[6]) {
      // "by the end of the month": this month (or week), at its end.
      const edge = m[5].toLowerCase();
      const mod = edge === 'end' ? 'END' : edge === 'middle' ? 'MID' : 'START';
      const value = m[6].toLowerCase() === 'month' ? shiftPeriod(ctx.ref, 'M', 0) : shiftPeriod(ctx.ref, 'W', 0);
      return make(m, value, this.name, false, mod);
    }
    if (m[1]) {
      // "by year-end": the year, at its end (TimeML: value 1989, mod END), as "the end of the year".
      return make(m, yearFor(ctx, undefined, 0), this.name, false, 'END');
    }
    const shift = m[3] ? (m[3].toLowerCase() === 'last' ? -1 : 1) : 0;
    const edge = m[2].toLowerCase();
    const mod = edge === 'end' ? 'END' : edge === 'middle' ? 'MID' : 'START';
    return make(m, yearFor(ctx, m[4], shift), this.name, !!m[4], mod);
  },
};

export const fiscalYearParser: TemporalParser = {
  name: 'fiscalYear',
  pattern: /\b(?:(?:the )?fiscal(?: year)? (\d{4})|FY ?(\d{4}|\d{2})|the (\d{4}) fiscal year|(this|last|next) fiscal year)\b/g,
  // "next " or "the " and a year before "fiscal".
  trigger: { words: ['fiscal', 'fy'], lead: 5 },
  extract(m, ctx) {
    const raw = m[1] ?? m[2] ?? m[3];
    if (raw) {
      const year = raw.length === 2 ? (+raw > 30 ? 1900 : 2000) + +raw : +raw;
      return make(m, formatYearValue(year), this.name, true);
    }
    const shift = m[4].toLowerCase() === 'last' ? -1 : m[4].toLowerCase() === 'next' ? 1 : 0;
    return make(m, yearFor(ctx, undefined, shift), this.name, false);
  },
};
