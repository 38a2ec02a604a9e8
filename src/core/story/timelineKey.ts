/**
 * Where a TIMEX3 value falls on the calendar, for a timeline merged across articles: "2025-07-01", "2025-07",
 * "2025", "2025-W27", "2025-Q3", "2025-SU", "2025-07-01T14:00" get a millisecond key (the start of the period);
 * values off the calendar ("PRESENT_REF", "P3Y", "XXXX-09-22", "2025-02-30") get none. Pure. The dates are read
 * through `core/temporal/calendar.ts` (proleptic Gregorian, years 0000–9999), not `Date.UTC`.
 */
import { addDays, epochMilliseconds, isValidDate } from '../temporal/calendar';

const SEASON_MONTH: Record<string, number> = { WI: 1, SP: 3, SU: 6, FA: 9 };

/** The start of a year's month, or undefined for a month that is not 01–12. */
function monthStart(year: number, month: number): number | undefined {
  return isValidDate(year, month, 1) ? epochMilliseconds({ year, month, day: 1 }) : undefined;
}

export function calendarKey(value: string): number | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (m) {
    const date = { year: +m[1], month: +m[2], day: +m[3] };
    if (!isValidDate(date.year, date.month, date.day)) return undefined;
    return epochMilliseconds(date, m[4] ? +m[4] : 0, m[5] ? +m[5] : 0);
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return monthStart(+m[1], +m[2]);
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) return epochMilliseconds(addDays({ year: +m[1], month: 1, day: 1 }, (+m[2] - 1) * 7));
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return monthStart(+m[1], (+m[2] - 1) * 3 + 1);
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return monthStart(+m[1], (+m[2] - 1) * 6 + 1);
  m = /^(\d{4})-(WI|SP|SU|FA)$/.exec(value);
  if (m) return monthStart(+m[1], SEASON_MONTH[m[2]]);
  m = /^(\d{4})$/.exec(value);
  if (m) return monthStart(+m[1], 1);
  m = /^(\d{3})$/.exec(value);
  if (m) return monthStart(+m[1] * 10, 1);
  m = /^(\d{2})$/.exec(value);
  if (m) return monthStart(+m[1] * 100, 1);
  return undefined;
}
