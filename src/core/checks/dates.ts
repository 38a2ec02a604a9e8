/** Calendar helpers the date checks share: reading TIMEX3 day values, naming days, finding the article's date. */
import { isoWeekday, parseIsoDate, type CalendarDate } from '../temporal/calendar';
import type { Annotation, Span } from '../types';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lang/en/calendarNames';

/** A TIMEX3 value naming one calendar day ("2025-07-02"), as a date; anything coarser or vaguer gives null. */
export function dayOfValue(value: string): CalendarDate | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseIsoDate(value) : null;
}

export function weekdayName(date: CalendarDate): string {
  return WEEKDAY_NAMES[isoWeekday(date) - 1];
}

/** "July 2, 2025". */
export function formatLongDate(date: CalendarDate): string {
  return `${MONTH_NAMES[date.month - 1]} ${date.day}, ${date.year}`;
}

/** "July 2025". */
export function formatLongMonth(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** The article's own date and where the text gives it (the dateline's date), when the annotation knows it. */
export interface ArticleDate {
  date: CalendarDate;
  /** The dateline's date expression, or null when the date came from elsewhere (a reference date given). */
  span: Span | null;
}

export function articleDate(annotation: Annotation): ArticleDate | null {
  const date = parseIsoDate(annotation.referenceDate);
  if (!date) return null;
  const dateline = annotation.dateline;
  const inDateline = dateline
    ? annotation.temporal.find((t) => t.start >= dateline.start && t.end <= dateline.end && t.type === 'DATE')
    : undefined;
  return { date, span: inDateline ? { start: inDateline.start, end: inDateline.end } : null };
}
