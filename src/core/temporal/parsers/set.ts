/**
 * Recurring times (TIMEX3 SET): "every Monday" → XXXX-WXX-1, "every day"/"daily" → P1D, "weekly" → P1W,
 * "monthly", "annually"/"yearly"/"each year" → P1Y, "hourly", "quarterly" → P3M, "twice a year", "a year" after
 * an amount ("$5 million a year").
 */
import { MONTH_NAME_RE, monthNumber, WEEKDAY_RE, weekdayNumber } from '../../lang/en/calendarNames';
import type { TimexCandidate, TemporalParser } from '../types';

const ADVERB: Record<string, string> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M',
  quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M', 'semi-annually': 'P6M', 'semiannually': 'P6M',
};
const UNIT_VALUE: Record<string, string> = {
  hour: 'PT1H', day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W', weekend: 'P1W', month: 'P1M',
  quarter: 'P3M', year: 'P1Y', decade: 'P10Y', minute: 'PT1M', second: 'PT1S',
};

function make(m: RegExpExecArray, value: string, parser: string, start = m.index, end = m.index + m[0].length): TimexCandidate {
  return { start, end, type: 'SET', value, parser, anchoring: 'absolute' };
}

export const setParser: TemporalParser = {
  name: 'set',
  pattern: new RegExp(
    String.raw`\b(?:(?:every|each) (${MONTH_NAME_RE})|(every|each) (?:(other|second) )?(?:(${WEEKDAY_RE})|(hour|day|night|morning|evening|week|weekend|month|quarter|year|decade|minute|second))|(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|annually|yearly|biannually|semi-?annually)|(once|twice|(?:three|four|five|six|\d+) times) (?:a|per|each|every) (hour|day|week|month|year)|(?:(per|a) (hour|day|week|month|year)))\b`, 'gi'),
  // "three times per " before the unit.
  trigger: {
    words: [
      'every', 'each', 'hourly', 'daily', 'nightly', 'weekly', 'biweekly', 'fortnightly', 'monthly', 'quarterly', 'annually',
      'yearly', 'biannually', 'semiannually', 'hour', 'day', 'week', 'month', 'year',
    ],
    lead: 16,
  },
  extract(m, ctx) {
    if (m[1]) return make(m, `XXXX-${String(monthNumber(m[1])).padStart(2, '0')}`, this.name);
    if (m[4]) return make(m, `XXXX-WXX-${weekdayNumber(m[4])}`, this.name);
    if (m[5]) {
      const base = UNIT_VALUE[m[5].toLowerCase()];
      const value = m[3] ? base.replace(/\d+/, (n) => String(+n * 2)) : base;
      return make(m, value, this.name);
    }
    if (m[6]) {
      const word = m[6].toLowerCase();
      // TimeML annotates adjectival sets too ("a daily rally", "hourly earnings"), except "quarterly", which
      // before a noun names a kind of financial statement or payment ("its quarterly dividend").
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (word !== 'quarterly') return make(m, ADVERB[word] ?? 'P1Y', this.name);
      if (/\b(?:a|an|the|its|their|his|her|our|your|this|that|first|regular|usual|latest|next|last)\s+$|['’]s\s+$/i.test(before)) return null;
      // "weekly reports": followed by a noun rather than a preposition, a conjunction or punctuation.
      const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (/^ (?!(?:and|or|but|in|on|at|to|for|from|since|until|by|with|as|through|during|after|before|than|basis|since|over|into|is|are|was|were|if|when|while|because)\b)\p{Ll}/u.test(after)) return null;
      return make(m, ADVERB[word] ?? 'P1Y', this.name);
    }
    if (m[7]) return make(m, UNIT_VALUE[m[8].toLowerCase()], this.name);
    // "a year" / "per year" count as a set only after an amount or a rate ("$5 million a year", "3% a year").
    const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
    if (!/(?:\d|\bmillion|\bbillion|\bpercent|%|\bdollars|\bcents|\btimes|\bonce|\btwice)\s*$/i.test(before)) return null;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^ (?:ago|earlier|later|before|after)\b/i.test(after)) return null;
    return make(m, UNIT_VALUE[m[10].toLowerCase()], this.name);
  },
};
