/**
 * Reading TIMEX3 calendar values ("2022-09-22", "2025-07", "2025", "2025-07-01T14:00") for people: the weekday,
 * and how far a date is from the article's reference date ("2 years 9 months earlier"). Pure.
 */

export type Granularity = 'year' | 'month' | 'day';

export interface CalendarValue {
  year: number;
  /** 1-12 */
  month?: number;
  /** 1-31 */
  day?: number;
  granularity: Granularity;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
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
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, granularity: 'day' };
}

/** "Thursday" for a full date, else undefined. */
export function weekdayOf(value: string): string | undefined {
  const date = parseCalendarValue(value);
  if (!date || date.granularity !== 'day') return undefined;
  return WEEKDAYS[new Date(utcMidnight(date.year, date.month!, date.day!)).getUTCDay()];
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
  const order = compareParts(a, b);
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
  return utcMidnight(date.year, date.month ?? 1, date.day ?? 1);
}

interface Parts {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcMidnight(year, month + 1, 0)).getUTCDate();
}

/**
 * Milliseconds since the epoch of a day's midnight (UTC), month 1-12; days and months out of range roll over.
 * Not `Date.UTC`: it reads years 0-99 as 1900-1999, which gives year 0050 the weekdays (and leap years) of 1950.
 */
function utcMidnight(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function coarser(a: Granularity, b: Granularity): Granularity {
  const rank: Record<Granularity, number> = { year: 0, month: 1, day: 2 };
  return rank[a] <= rank[b] ? a : b;
}

function truncate(date: CalendarValue, granularity: Granularity): Parts {
  return {
    year: date.year,
    month: granularity === 'year' ? 1 : date.month ?? 1,
    day: granularity === 'day' ? date.day ?? 1 : 1,
  };
}

function compareParts(a: Parts, b: Parts): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Calendar difference from `from` to a later `to`: the most whole months that fit (a month added to Jan 31 lands on
 * the last day of February), then the remaining days.
 */
function difference(from: Parts, to: Parts): Parts {
  let months = (to.year - from.year) * 12 + (to.month - from.month);
  if (compareParts(addMonths(from, months), to) > 0) months -= 1;
  const anchor = addMonths(from, months);
  const days = Math.round((utc(to) - utc(anchor)) / 86_400_000);
  return { year: Math.floor(months / 12), month: months % 12, day: days };
}

function addMonths(date: Parts, months: number): Parts {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

function utc(date: Parts): number {
  return utcMidnight(date.year, date.month, date.day);
}

function describeParts(parts: Parts): string {
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
