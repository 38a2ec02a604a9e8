/** A month and a year: "March 2011", "July of 1997", "June, 1989". */
import { formatMonth } from '../calendar';
import { MONTH_RE, MONTH_WORDS, monthNumber } from '../../lang/en/calendarNames';
import type { TemporalParser } from '../types';
import { candidate, YEAR } from './writtenDate';

export const monthYearParser: TemporalParser = {
  name: 'monthYear',
  // "March 2011", "July of 1997", "June, 1989"
  pattern: new RegExp(String.raw`\b(${MONTH_RE}),? (?:of )?(${YEAR})\b`, 'g'),
  trigger: { words: MONTH_WORDS, lead: 0 },
  extract(m) {
    const month = monthNumber(m[1]);
    return month === null ? null : candidate(m, formatMonth(+m[2], month), this.name, true);
  },
};
