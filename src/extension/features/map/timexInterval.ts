/**
 * A TIMEX3 calendar value as the half-open interval of days it covers, for placing it on a time axis: "2022-09-22"
 * is one day, "2025-07" a month, "2025" a year, "199" the 1990s, "19" the 1900s, "2025-Q3" a quarter, "2025-H1" a
 * half, "2025-SU" a season, "2025-W27" an ISO week, "2025-W27-WE" its weekend. Times ("2025-07-01T14:00",
 * "2025-07-01TMO") fall on their day. Values that name no calendar stretch (durations, sets, "XXXX-09-22",
 * PAST_REF …) give undefined. Pure; days are counted from 1970-01-01 in UTC, so no time zone can shift a day.
 */
import { addDays, addMonths, daysBetween, isoWeekday, isValidDate, type CalendarDate } from '../../../core/temporal/calendar';

export type IntervalGranularity = 'day' | 'week' | 'weekend' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

export interface DayInterval {
  /** First day, counted from 1970-01-01 (day 0). */
  start: number;
  /** One past the last day. */
  end: number;
  granularity: IntervalGranularity;
}

const EPOCH: CalendarDate = { year: 1970, month: 1, day: 1 };

/** Day number of a calendar date (1970-01-01 is 0). */
export function dayNumber(date: CalendarDate): number {
  return daysBetween(EPOCH, date);
}

/** The calendar date of a day number. */
export function dateOfDay(day: number): CalendarDate {
  return addDays(EPOCH, day);
}

/** Milliseconds since the epoch at the start of a day number (what a UTC time scale takes). */
export function dayToTime(day: number): number {
  return day * 86_400_000;
}

/**
 * Meteorological seasons of the northern hemisphere (TimeML gives no months; news in English mostly means these).
 * Winter starts in December of the value's year and runs into the next.
 */
const SEASON_START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function span(from: CalendarDate, to: CalendarDate, granularity: IntervalGranularity): DayInterval {
  return { start: dayNumber(from), end: dayNumber(to), granularity };
}

function months(year: number, month: number, count: number, granularity: IntervalGranularity): DayInterval {
  const from = { year, month, day: 1 };
  return span(from, addMonths(from, count), granularity);
}

/** Monday of ISO week `week` of ISO year `year`, or undefined when the year has no such week. */
function isoWeekMonday(year: number, week: number): CalendarDate | undefined {
  if (week < 1 || week > 53) return undefined;
  const jan4 = { year, month: 1, day: 4 };
  const monday = addDays(addDays(jan4, 1 - isoWeekday(jan4)), (week - 1) * 7);
  // Week 53 exists only in long years: its Thursday must still lie in `year`.
  return addDays(monday, 3).year === year ? monday : undefined;
}

export function timexInterval(value: string): DayInterval | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const date = { year: +m[1], month: +m[2], day: +m[3] };
    return isValidDate(date.year, date.month, date.day) ? span(date, addDays(date, 1), 'day') : undefined;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const month = +m[2];
    return month >= 1 && month <= 12 ? months(+m[1], month, 1, 'month') : undefined;
  }
  if ((m = /^(\d{4})$/.exec(value))) return months(+m[1], 1, 12, 'year');
  if ((m = /^(\d{3})$/.exec(value))) return months(+m[1] * 10, 1, 120, 'decade');
  if ((m = /^(\d{2})$/.exec(value))) return months(+m[1] * 100, 1, 1200, 'century');
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return months(+m[1], (+m[2] - 1) * 3 + 1, 3, 'quarter');
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return months(+m[1], (+m[2] - 1) * 6 + 1, 6, 'half');
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return months(+m[1], SEASON_START_MONTH[m[2]], 3, 'season');
  if ((m = /^(\d{4})-W(\d{2})(?:-(WE|[1-7]))?(?:T.*)?$/.exec(value))) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    if (!monday) return undefined;
    if (m[3] === undefined) return span(monday, addDays(monday, 7), 'week');
    if (m[3] === 'WE') return span(addDays(monday, 5), addDays(monday, 7), 'weekend');
    const day = addDays(monday, +m[3] - 1);
    return span(day, addDays(day, 1), 'day');
  }
  return undefined;
}
