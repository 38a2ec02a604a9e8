/**
 * Check 1: a weekday that contradicts its date — "on Monday, July 2, 2025" (a Wednesday) — and a weekday with a
 * bare day of the month that cannot be the day the article's date implies ("Tuesday, the 5th").
 */
import { addMonths, isValidDate, isoWeekday, daysBetween, type CalendarDate } from '../temporal/calendar';
import type { TemporalExpression } from '../types';
import { articleDate, dayOfValue, formatLongDate, weekdayName } from './dates';
import { CHECKS_WEEKDAY, WEEKDAY_NAMES, weekdayOfWord } from '../lang/en/calendarNames';
import type { CheckDefinition, CheckFinding, CheckInput, RelatedSpan } from './types';

/** A weekday opening a date expression: "Monday, July 2", "Tues. Sept. 4", "Monday (July 2)". */
const LEADING_WEEKDAY = new RegExp(`^${CHECKS_WEEKDAY.source}[,\\s(]*`, 'u');
/** A weekday standing right before a date expression that does not hold it. */
const WEEKDAY_BEFORE = new RegExp(`${CHECKS_WEEKDAY.source}[,\\s(]*$`, 'u');
/** "Tuesday, the 5th" — a day of the month with no month after it. */
const WEEKDAY_ORDINAL = new RegExp(
  `${CHECKS_WEEKDAY.source},?\\s+the\\s+(\\d{1,2}(?:st|nd|rd|th))\\b(?!\\s+(?:of\\b|day\\b|[A-Z][a-z]+\\.?\\s*\\d))`,
  'gu',
);
const YEAR_IN_TEXT = /\b\d{4}\b|['’]\d{2}\b/;

function weekdayBeside(text: string, t: TemporalExpression): { start: number; end: number; weekday: number } | null {
  const inside = LEADING_WEEKDAY.exec(t.text);
  if (inside) {
    const word = inside[0].replace(/[,\s(]+$/, '');
    return { start: t.start, end: t.start + word.length, weekday: weekdayOfWord(word)! };
  }
  const before = text.slice(Math.max(0, t.start - 16), t.start);
  const m = WEEKDAY_BEFORE.exec(before);
  if (!m) return null;
  const word = m[0].replace(/[,\s(]+$/, '');
  const start = t.start - before.length + m.index;
  return { start, end: start + word.length, weekday: weekdayOfWord(word)! };
}

function fitsWeekday(date: CalendarDate, weekday: number): boolean {
  return isValidDate(date.year, date.month, date.day) && isoWeekday(date) === weekday;
}

function mismatchedDates(input: CheckInput): CheckFinding[] {
  const { text, annotation } = input;
  const article = articleDate(annotation);
  const findings: CheckFinding[] = [];
  for (const t of annotation.temporal) {
    if (t.type !== 'DATE' || t.value === null) continue;
    const date = dayOfValue(t.value);
    if (!date) continue;
    // A date whose own words are only a weekday ("Monday") was resolved from that weekday: it agrees by construction.
    if (/^\W*\p{L}+\.?\W*$/u.test(t.text) && weekdayOfWord(t.text.trim()) !== null) continue;
    const named = weekdayBeside(text, t);
    if (!named || isoWeekday(date) === named.weekday) continue;
    const yearGiven = YEAR_IN_TEXT.test(t.text);
    // The year inferred from the article's date may be off by one (a story looking back to last July): only
    // when the weekday fits none of the three years is the text itself wrong.
    if (!yearGiven && [-1, 1].some((shift) => fitsWeekday({ ...date, year: date.year + shift }, named.weekday))) continue;
    const related: RelatedSpan[] = [];
    if (!yearGiven && article?.span) related.push({ ...article.span, message: "the article's date, which gives the year" });
    const start = Math.min(named.start, t.start);
    const end = Math.max(named.end, t.end);
    findings.push({
      code: 'weekday-date',
      severity: 'warning',
      start,
      end,
      message:
        `${formatLongDate(date)} is a ${weekdayName(date)}, not a ${WEEKDAY_NAMES[named.weekday - 1]}` +
        (yearGiven ? '' : ` (the year the article's date implies; nor does it fit the year before or after)`) +
        ': the weekday or the date is wrong.',
      related,
    });
  }
  return findings;
}

/** The day-of-month N nearest the article's date: in its month, the month before or the month after. */
function nearestDayOfMonth(reference: CalendarDate, day: number): CalendarDate | null {
  let best: CalendarDate | null = null;
  for (const shift of [-1, 0, 1]) {
    const month = addMonths({ ...reference, day: 1 }, shift);
    if (!isValidDate(month.year, month.month, day)) continue;
    const candidate = { year: month.year, month: month.month, day };
    if (!best || Math.abs(daysBetween(reference, candidate)) < Math.abs(daysBetween(reference, best))) best = candidate;
  }
  return best;
}

function weekdayWithBareDay(input: CheckInput): CheckFinding[] {
  const { text, annotation } = input;
  const article = articleDate(annotation);
  if (!article) return [];
  const findings: CheckFinding[] = [];
  WEEKDAY_ORDINAL.lastIndex = 0;
  for (const m of text.matchAll(WEEKDAY_ORDINAL)) {
    const weekday = weekdayOfWord(m[0])!;
    const day = parseInt(m[1], 10);
    const implied = nearestDayOfMonth(article.date, day);
    if (!implied || isoWeekday(implied) === weekday) continue;
    // Any nearby month where the Nth is that weekday? Then the writer may mean that month: not certain enough.
    const others = [-2, -1, 1, 2]
      .map((shift) => addMonths({ ...article.date, day: 1 }, shift))
      .filter((d) => isValidDate(d.year, d.month, day))
      .map((d) => ({ year: d.year, month: d.month, day }))
      .filter((d) => Math.abs(daysBetween(article.date, d)) <= 21 && isoWeekday(d) === weekday);
    if (others.length > 0) continue;
    const related: RelatedSpan[] = article.span ? [{ ...article.span, message: "the article's date" }] : [];
    findings.push({
      code: 'weekday-date',
      severity: 'warning',
      start: m.index!,
      end: m.index! + m[0].length,
      message:
        `The ${m[1]} nearest the article's date is ${formatLongDate(implied)}, ` +
        `a ${weekdayName(implied)}, not a ${WEEKDAY_NAMES[weekday - 1]}: the weekday or the day is wrong.`,
      related,
    });
  }
  return findings;
}

export const weekdayDate: CheckDefinition = {
  code: 'weekday-date',
  setting: 'weekdayDate',
  title: 'A weekday that contradicts its date',
  severity: 'warning',
  run: (input) => [...mismatchedDates(input), ...weekdayWithBareDay(input)],
};
