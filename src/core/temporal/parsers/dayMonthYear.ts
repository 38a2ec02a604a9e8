/** Dates written day first: "22 September 2022", "1st of July", "the 22nd of September". */
import { MONTH_RE, monthNumber } from '../../lang/en/calendarNames';
import { DIGIT_RUN } from '../triggerWords';
import type { TemporalParser } from '../types';
import { candidate, dayValue, YEAR } from './writtenDate';

export const dayMonthYearParser: TemporalParser = {
  name: 'dayMonthYear',
  // "22 September 2022", "1st of July", "the 22nd of September". The day is the trigger: no \b ends the month,
  // which may run on into a longer word ("5 Marchers" gives "5 March").
  pattern: new RegExp(String.raw`\b(?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_RE})(?:,? (${YEAR})\b)?`, 'g'),
  trigger: { words: [DIGIT_RUN], lead: 4 },
  extract(m, ctx) {
    const month = monthNumber(m[2]);
    if (month === null) return null;
    const value = dayValue(ctx, m[3] ? +m[3] : null, month, +m[1], m.index);
    return value === undefined ? null : candidate(m, value, this.name, !!m[3]);
  },
};
