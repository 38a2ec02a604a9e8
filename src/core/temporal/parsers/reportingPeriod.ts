/**
 * The periods of company results, which news refers to without naming them: "the quarter", "the latest
 * quarter", "the year-earlier quarter", "the year-ago period", "year-earlier", "the latest period". Their value
 * is the quarter last named before them (a year before for "year-earlier"/"year-ago"), else the last completed
 * quarter before the reference date.
 */
import { addMonths, quarterOf, withYear } from '../calendar';
import { MONTH_RE, monthNumber } from '../../lang/en/calendarNames';
import type { TimexCandidate, ParseContext, TemporalParser } from '../types';

const QUARTER_WORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

/** The quarter named last before `offset` ("third quarter", "Q3", "2025-Q3" already resolved), or the last completed one. */
export function currentReportingQuarter(ctx: ParseContext, offset: number): { year: number; quarter: number; named: boolean } | null {
  const window = ctx.text.slice(Math.max(0, offset - 4000), offset);
  const named = [...window.matchAll(/\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\b(?: of (\d{4}))?/gi)];
  if (named.length > 0) {
    const last = named[named.length - 1];
    const quarter = QUARTER_WORD[last[1].toLowerCase()];
    const year = last[2] ? +last[2] : ctx.ref?.year;
    if (year === undefined) return null;
    return { year, quarter, named: true };
  }
  if (!ctx.ref) return null;
  const previous = addMonths(ctx.ref, -3);
  return { year: previous.year, quarter: quarterOf(previous), named: false };
}

/** What may follow "the quarter": the day it ended ("ended Sept. 30"). */
const QUARTER_ENDED = new RegExp(String.raw`^ (?:ended|ending|that ended|to) (${MONTH_RE}) (\d{1,2})`);

export const reportingPeriodParser: TemporalParser = {
  name: 'reportingPeriod',
  pattern: /\b(?:the (?:comparable |corresponding )?)?(?:year-earlier|year-ago|prior-year) (first|second|third|fourth|1st|2nd|3rd|4th) quarter\b|\b(?:(the|a) )?(?:(latest|most recent|recent|current|same|comparable|year-earlier|year-ago|previous year['’]s|prior-year|year earlier|year ago) )?(quarter|period)\b|\b(year-earlier|year-ago)\b/gi,
  // "the corresponding prior-year second " before "quarter".
  trigger: { words: ['quarter', 'period', 'earlier', 'ago'], lead: 36 },
  extract(m, ctx): TimexCandidate | null {
    if (m[1]) {
      // "the year-earlier third quarter": that quarter of the year before the reference year.
      const q = QUARTER_WORD[m[1].toLowerCase()];
      const value = ctx.ref ? withYear(ctx.ref.year - 1, `-Q${q}`) : `XXXX-Q${q}`;
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, parser: this.name, anchoring: 'relative' };
    }
    const det = m[2]?.toLowerCase();
    const adj = (m[3] ?? m[5])?.toLowerCase();
    const noun = m[4]?.toLowerCase();
    if (!adj && (det !== 'the' || noun !== 'quarter')) return null;
    if (noun === 'period' && !adj) return null;
    if (det === 'a' && !adj) return null;
    const base = { start: m.index, end: m.index + m[0].length, type: 'DATE' as const, parser: this.name, anchoring: 'relative' as const };
    const yearBefore = !!adj && /year|prior/.test(adj);
    if (!m[5] && !det && !yearBefore) return null;
    // "the quarter ended Sept. 30": the quarter holding that date.
    const ended = QUARTER_ENDED.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    if (ended && noun === 'quarter' && !yearBefore) {
      const month = monthNumber(ended[1])!;
      const year = ctx.ref ? (month > ctx.ref.month + 1 ? ctx.ref.year - 1 : ctx.ref.year) : null;
      const quarter = `-Q${Math.floor((month - 1) / 3) + 1}`;
      return { ...base, value: year === null ? `XXXX${quarter}` : withYear(year, quarter) };
    }
    // "the latest quarter": the last completed calendar quarter.
    if (adj && /latest|most recent/.test(adj) && ctx.ref) {
      const previous = addMonths(ctx.ref, -3);
      return { ...base, value: withYear(previous.year, `-Q${quarterOf(previous)}`) };
    }
    const q = currentReportingQuarter(ctx, m.index);
    if (!q) return { ...base, value: 'XXXX-QX' };
    // "the year-earlier period" without a quarter in sight compares whole years.
    return { ...base, value: withYear(q.year - (yearBefore ? 1 : 0), `-Q${q.quarter}`) };
  },
};

/**
 * "the 1988 quarter", "the 1989 period": the reporting quarter of that year (the quarter the report last
 * named), or the year's unknown quarter.
 */
export const yearReportingPeriodParser: TemporalParser = {
  name: 'yearReportingPeriod',
  pattern: /\bthe ((?:19|20)\d\d) (?:fiscal )?(quarter|period)\b/gi,
  // "the ", a year and " fiscal " before the noun.
  trigger: { words: ['quarter', 'period'], lead: 12 },
  extract(m, ctx): TimexCandidate | null {
    const q = currentReportingQuarter(ctx, m.index);
    const quarter = q?.named ? `Q${q.quarter}` : 'QX';
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: `${m[1]}-${quarter}`, parser: this.name, anchoring: 'absolute' };
  },
};

/**
 * The same reporting period a year before, written as one phrase: "the quarter a year ago", "the corresponding
 * period last year", "last year's quarter" → the reporting quarter, a year earlier (1988-Q3).
 */
export const yearBeforeReportingPeriodParser: TemporalParser = {
  name: 'yearBeforeReportingPeriod',
  pattern: /\b(?:the (?:(?:same|corresponding|comparable|year-earlier|year-ago) )?(?:quarter|period) (?:a year (?:ago|earlier)|(?:of |in )?last year)|last year['’]s (?:quarter|period))\b/gi,
  // "the corresponding " before the noun.
  trigger: { words: ['quarter', 'period'], lead: 18 },
  extract(m, ctx): TimexCandidate | null {
    const q = currentReportingQuarter(ctx, m.index);
    if (!q) return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'XXXX-QX', parser: this.name, anchoring: 'relative' };
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: withYear(q.year - 1, `-Q${q.quarter}`), parser: this.name, anchoring: 'relative' };
  },
};
