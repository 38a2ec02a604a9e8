/**
 * What the parsers of written-out dates share (monthDayYear, dayMonthYear, monthYear, monthAlone, year,
 * numericDate; one file each): the year of a date written without one, a day's value, a 2- or 4-digit year, and
 * the candidate they propose. A year that is not written is the one that puts the date nearest the reference
 * date (in the direction of the sentence's tense when the month is far away).
 */
import { formatDay, isValidDate, pad, type CalendarDate } from '../calendar';
import type { TimexCandidate, ParseContext } from '../types';

/** Days either side of the reference date in which a month and day without year are taken in its year. */
const NEAR_DAYS = 120;

/** The year for a month (and day) written without one: the occurrence nearest the reference date. */
export function inferYear(ref: CalendarDate | null, month: number, day: number | null, tense: 'past' | 'future'): number | null {
  if (!ref) return null;
  const days = (month - ref.month) * 30.5 + ((day ?? 15) - ref.day);
  // Within about four months of the reference date: that year. Further away, the occurrence the tense points
  // to: a past-tense report of "Oct. 23" written in May means last October, "will expire Jan. 2" next January.
  if (Math.abs(days) <= NEAR_DAYS) return ref.year;
  if (tense === 'past') return days > 0 ? ref.year - 1 : ref.year;
  return days < 0 ? ref.year + 1 : ref.year;
}

/** The day's value; undefined when there is no such day (February 30), null when TIMEX3 cannot write its year. */
export function dayValue(ctx: ParseContext, year: number | null, month: number, day: number, offset: number): string | null | undefined {
  const y = year ?? inferYear(ctx.ref, month, day, ctx.tenseAt(offset));
  if (!isValidDate(y ?? 2000, month, day)) return undefined;
  return y === null ? `XXXX-${pad(month)}-${pad(day)}` : formatDay({ year: y, month, day });
}

/** The DATE candidate of a match: absolute when the date writes its year, else relative to the reference date. */
export function candidate(m: RegExpExecArray, value: string | null, parser: string, absolute: boolean): TimexCandidate {
  return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, parser, anchoring: absolute ? 'absolute' : 'relative' };
}

/** A 2-digit or 4-digit year as written after a date ("'98" is 1998). */
export function fullYear(raw: string): number {
  const digits = raw.replace(/^['’]/, '');
  return digits.length === 2 ? (+digits > 30 ? 1900 : 2000) + +digits : +digits;
}

/** A four-digit year a written date may carry (1000–2099). */
export const YEAR = String.raw`(?:1[0-9]\d\d|20\d\d)`;
