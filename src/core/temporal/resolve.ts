/**
 * Resolving relative expressions against the reference date, at the granularity the expression speaks in
 * ("last week" → a week, "next month" → a month), as TimeML values. With no reference date the unknown parts
 * stay X ("XXXX-XX-XX").
 */
import {
  addDays, addMonths, formatDay, formatMonth, formatWeek, formatYearValue, isoWeekday, quarterOf, withYear, type CalendarDate,
} from './calendar';
import type { Unit } from '../lang/en/timeWords';

/**
 * The value of the period of `unit` that holds ref shifted by n units: shiftPeriod(ref,'W',-1) = last week; null
 * when that period has no TIMEX3 value (a year after 9999, a day before 0000).
 */
export function shiftPeriod(ref: CalendarDate | null, unit: Unit, n: number): string | null {
  if (!ref) return unknownPeriod(unit);
  switch (unit) {
    case 'S': case 'MIN': case 'H': case 'D': return formatDay(addDays(ref, n));
    case 'W': return formatWeek(addDays(ref, 7 * n));
    case 'WE': {
      const week = formatWeek(addDays(ref, 6 - isoWeekday(ref) + 7 * n));
      return week === null ? null : `${week}-WE`;
    }
    case 'M': { const d = addMonths(ref, n); return formatMonth(d.year, d.month); }
    case 'Q': {
      const d = addMonths(ref, 3 * n);
      return withYear(d.year, `-Q${quarterOf(d)}`);
    }
    case 'Y': return formatYearValue(ref.year + n);
    case 'E': return formatYearValue(ref.year + 10 * n, 3);
    case 'C': return formatYearValue(ref.year + 100 * n, 2);
    case 'L': return formatYearValue(ref.year + 1000 * n, 1);
  }
}

export function unknownPeriod(unit: Unit): string {
  switch (unit) {
    case 'S': case 'MIN': case 'H': case 'D': return 'XXXX-XX-XX';
    case 'W': return 'XXXX-WXX';
    case 'WE': return 'XXXX-WXX-WE';
    case 'M': return 'XXXX-XX';
    case 'Q': return 'XXXX-QX';
    case 'Y': return 'XXXX';
    case 'E': return 'XXX';
    case 'C': return 'XX';
    case 'L': return 'X';
  }
}

/** The weekday nearest the reference date in the direction of the tense ("Friday" in a past-tense sentence). */
export function resolveWeekday(ref: CalendarDate | null, weekday: number, direction: 'past' | 'future' | 'last' | 'next' | 'this' | 'before'): string | null {
  if (!ref) return `XXXX-WXX-${weekday}`;
  const today = isoWeekday(ref);
  let delta = weekday - today;
  switch (direction) {
    // A bare weekday in a report is within the past week, except that tomorrow's weekday means tomorrow: news
    // calls a day six days back "last Tuesday", rarely just "Tuesday".
    case 'past': if (delta > 1) delta -= 7; break;
    case 'future': if (delta < 0) delta += 7; break;
    // Certainly past: the latest such day up to the reference date.
    case 'before': if (delta > 0) delta -= 7; break;
    case 'last': if (delta >= 0) delta -= 7; break;
    case 'next': if (delta <= 0) delta += 7; break;
    case 'this': break;
  }
  return formatDay(addDays(ref, delta));
}
