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

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
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

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86400000);
}

export function quarterOf(d: CalendarDate): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

export function formatYear(year: number): string {
  return year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
}

export const formatDay = (d: CalendarDate): string => `${formatYear(d.year)}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (year: number, month: number): string => `${formatYear(year)}-${pad(month)}`;
export const formatWeek = (d: CalendarDate): string => {
  const w = isoWeek(d);
  return `${formatYear(w.year)}-W${pad(w.week)}`;
};
