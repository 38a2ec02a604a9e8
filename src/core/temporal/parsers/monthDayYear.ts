/** Dates written month first: "September 22, 2022", "Sept. 22", "Aug. 7, 1998", "March 5th". */
import { MONTH_RE, MONTH_WORDS, monthNumber } from '../../lang/en/calendarNames';
import type { TemporalParser } from '../types';
import { candidate, dayValue, fullYear, YEAR } from './writtenDate';

export const monthDayYearParser: TemporalParser = {
  name: 'monthDayYear',
  // "September 22, 2022", "Sept. 22", "Aug. 7, 1998", "March 5th"
  pattern: new RegExp(String.raw`\b(${MONTH_RE}) (\d{1,2})(?:st|nd|rd|th)?\b(?!:\d|\.\d|,\d{3})(?:,? (${YEAR}|['’]\d\d)\b)?`, 'g'),
  trigger: { words: MONTH_WORDS, lead: 0 },
  extract(m, ctx) {
    const month = monthNumber(m[1]);
    if (month === null) return null;
    const value = dayValue(ctx, m[3] ? fullYear(m[3]) : null, month, +m[2], m.index);
    return value === undefined ? null : candidate(m, value, this.name, !!m[3]);
  },
};
