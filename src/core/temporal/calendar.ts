/**
 * Calendar arithmetic and TIMEX3 value formatting. Dates are plain {year, month, day} (month 1–12) computed in
 * UTC so that no time zone of the machine can shift a day.
 */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function parseIsoDate(value: string | null | undefined): CalendarDate | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Proleptic Gregorian leap years, as ISO 8601 and TIMEX3 count them (0000 is a leap year: 1 BC). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in a month (1–12) of any year. Arithmetic, not `Date.UTC(year, month, 0)`: `Date.UTC` reads years 0–99 as
 * 1900–1999, which gave February of year 0000 (a leap year) the 28 days of 1900.
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

/** Whether `value` is exactly a real calendar date written YYYY-MM-DD ("2025-02-30" and "2025-2-3" are not). */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isValidDate(+m[1], +m[2], +m[3]);
}

function toUtc(d: CalendarDate): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return date;
}

function fromUtc(date: Date): CalendarDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  const date = toUtc(d);
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(d: CalendarDate): number {
  const w = toUtc(d).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(d: CalendarDate): { year: number; week: number } {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const dayOfYear = Math.round((toUtc(thursday).getTime() - toUtc(jan1).getTime()) / 86400000);
  return { year: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
}

const EPOCH: CalendarDate = { year: 1970, month: 1, day: 1 };
const MS_PER_DAY = 86_400_000;

/**
 * Milliseconds since 1970-01-01T00:00Z of a date (and time of day), for ordering dates on one axis. Through
 * daysBetween, not `Date.UTC`, which reads years 0–99 as 1900–1999 (the year 0050 sorted after 1066).
 */
export function epochMilliseconds(d: CalendarDate, hour = 0, minute = 0): number {
  return daysBetween(EPOCH, d) * MS_PER_DAY + (hour * 60 + minute) * 60_000;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86400000);
}

export function quarterOf(d: CalendarDate): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

/** The years a TIMEX3 value can write in its four digits. */
export const MIN_YEAR = 0;
export const MAX_YEAR = 9999;

/**
 * A year as the first part of a TIMEX3 value ("2025" in 2025-07-01), or null outside 0000–9999: TIMEX3 has no
 * five-digit or negative years (astronomical year 0 is 1 BC, which TIMEX3 writes 0000).
 */
export function formatYear(year: number): string | null {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? pad(year, 4) : null;
}

/**
 * A year as a whole value: as formatYear, and a year before 0000 in the BC form TimeML takes from TIMEX2
 * (astronomical -9975 is 9976 BC: BC9976). `digits` keeps only the first of them, for a decade (3), a century
 * (2) or a millennium (1): BC997 is the 9970s BC.
 */
export function formatYearValue(year: number, digits = 4): string | null {
  const written = formatYear(year);
  if (written !== null) return written.slice(0, digits);
  const bc = 1 - year;
  return Number.isInteger(year) && year < MIN_YEAR && bc <= MAX_YEAR ? `BC${pad(bc, 4).slice(0, digits)}` : null;
}

export const formatDay = (d: CalendarDate): string | null => {
  const year = formatYear(d.year);
  return year === null ? null : `${year}-${pad(d.month)}-${pad(d.day)}`;
};
export const formatMonth = (year: number, month: number): string | null => {
  const y = formatYear(year);
  return y === null ? null : `${y}-${pad(month)}`;
};
export const formatWeek = (d: CalendarDate): string | null => {
  const w = isoWeek(d);
  const year = formatYear(w.year);
  return year === null ? null : `${year}-W${pad(w.week)}`;
};
/** `${year}${rest}` (a quarter, a half, a season of the year), or null when the year has no TIMEX3 form. */
export function withYear(year: number, rest: string): string | null {
  const y = formatYear(year);
  return y === null ? null : y + rest;
}
