/**
 * Reading TIMEX3 calendar values ("2022-09-22", "2025-07", "2025", "2025-07-01T14:00") for people: the weekday,
 * and how far a date is from the article's reference date ("2 years 9 months earlier"). Pure. The calendar arithmetic
 * is the core's (`core/temporal/calendar.ts`, proleptic Gregorian, years 0000–9999 included).
 */
import { addMonths, compareDates, daysBetween, epochMilliseconds, isoWeekday, isValidDate, type CalendarDate } from '../core/temporal/calendar';

export type Granularity = 'year' | 'month' | 'day';

export interface CalendarValue {
  year: number;
  /** 1-12 */
  month?: number;
  /** 1-31 */
  day?: number;
  granularity: Granularity;
}

/** By ISO weekday number: Monday = 1 … Sunday = 7 (index 0 unused). */
const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A TIMEX3 value anchored on the calendar (a year, month or day, optionally with a time), else undefined. */
export function parseCalendarValue(value: string): CalendarValue | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, granularity: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, granularity: 'month' };
  const day = Number(match[3]);
  if (!isValidDate(year, month, day)) return undefined;
  return { year, month, day, granularity: 'day' };
}

/** "Thursday" for a full date, else undefined. */
export function weekdayOf(value: string): string | undefined {
  const date = parseCalendarValue(value);
  if (!date || date.granularity !== 'day') return undefined;
  return WEEKDAYS[isoWeekday({ year: date.year, month: date.month!, day: date.day! })];
}

/** "22 September 2022", "September 2022", "2022"; undefined when the value is not on the calendar. */
export function formatCalendarValue(value: string): string | undefined {
  const date = parseCalendarValue(value);
  if (!date) return undefined;
  if (date.granularity === 'year') return String(date.year);
  if (date.granularity === 'month') return `${MONTHS[date.month! - 1]} ${date.year}`;
  return `${date.day} ${MONTHS[date.month! - 1]} ${date.year}`;
}

/**
 * How far `value` lies from `referenceDate` (YYYY-MM-DD), at the coarser of the two granularities, in at most two
 * units: "2 years 9 months earlier", "3 days later", "the same day". Undefined when either is not a calendar value.
 */
export function describeDateDistance(value: string, referenceDate: string | null | undefined): string | undefined {
  if (!referenceDate) return undefined;
  const date = parseCalendarValue(value);
  const reference = parseCalendarValue(referenceDate);
  if (!date || !reference) return undefined;
  const granularity = coarser(date.granularity, reference.granularity);
  const a = truncate(date, granularity);
  const b = truncate(reference, granularity);
  const order = compareDates(a, b);
  if (order === 0) return `the same ${granularity}`;
  const [from, to] = order < 0 ? [a, b] : [b, a];
  const parts = difference(from, to);
  const words = describeParts(parts);
  return `${words} ${order < 0 ? 'earlier' : 'later'}`;
}

/**
 * Milliseconds since the epoch of the start of a calendar value, for ordering a timeline; undefined for values
 * that are not on the calendar (durations, PRESENT_REF, XXXX-09-22, ...).
 */
export function chronologicalKey(value: string): number | undefined {
  const date = parseCalendarValue(value);
  if (!date) return undefined;
  return epochMilliseconds({ year: date.year, month: date.month ?? 1, day: date.day ?? 1 });
}

function coarser(a: Granularity, b: Granularity): Granularity {
  const rank: Record<Granularity, number> = { year: 0, month: 1, day: 2 };
  return rank[a] <= rank[b] ? a : b;
}

function truncate(date: CalendarValue, granularity: Granularity): CalendarDate {
  return {
    year: date.year,
    month: granularity === 'year' ? 1 : date.month ?? 1,
    day: granularity === 'day' ? date.day ?? 1 : 1,
  };
}

/**
 * Calendar difference from `from` to a later `to`: the most whole months that fit (a month added to Jan 31 lands on
 * the last day of February), then the remaining days.
 */
function difference(from: CalendarDate, to: CalendarDate): CalendarDate {
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  if (compareDates(addMonths(from, months), to) > 0) months -= 1;
  const days = daysBetween(addMonths(from, months), to);
  return { year: Math.floor(months / 12), month: months % 12, day: days };
}

function describeParts(parts: CalendarDate): string {
  const units: Array<[number, string]> = [
    [parts.year, 'year'],
    [parts.month, 'month'],
    [parts.day, 'day'],
  ];
  const firstNonZero = units.findIndex(([n]) => n > 0);
  // Two units are enough to read; "2 years 9 months 9 days" says no more than "2 years 9 months".
  return units
    .slice(firstNonZero, firstNonZero + 2)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}${n === 1 ? '' : 's'}`)
    .join(' ');
}
