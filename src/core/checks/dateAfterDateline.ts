/**
 * Check 6: a date that disagrees with the dateline — an event the text reports as over ("took place on September
 * 30, 2025") dated after the article's own date. Only when the text gives the year, a past-event verb stands right
 * before the date and no modal, plan or condition in the clause could put the event ahead ("would meet on", "is to
 * be held on").
 */
import { compareDates, type CalendarDate } from '../temporal/calendar';
import { articleDate, dayOfValue, formatLongDate, formatLongMonth } from './dates';
import { FUTURE_IN_CLAUSE } from '../lang/en/checkWords';
import { PAST_EVENT_BEFORE_DATE } from '../lang/en/pastVerbs';
import type { CheckDefinition, CheckFinding, RelatedSpan } from './types';

/** How far back the clause governing the date is read. */
const CLAUSE_WINDOW = 80;
const YEAR_IN_TEXT = /\b\d{4}\b/;

/** The value's last day is before the reference date → null; else how to name it. */
function afterReference(value: string, reference: CalendarDate): string | null {
  const day = dayOfValue(value);
  if (day) return compareDates(day, reference) > 0 ? formatLongDate(day) : null;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    return year > reference.year || (year === reference.year && m > reference.month) ? formatLongMonth(year, m) : null;
  }
  return null;
}

export const dateAfterDateline: CheckDefinition = {
  code: 'date-after-dateline',
  setting: 'dateAfterDateline',
  title: "A past event dated after the article's date",
  severity: 'warning',
  run({ text, annotation }) {
    const article = articleDate(annotation);
    if (!article) return [];
    const findings: CheckFinding[] = [];
    for (const t of annotation.temporal) {
      if (t.type !== 'DATE') continue;
      if (article.span && t.start === article.span.start) continue;
      // Only a date whose year the text states: a year the analysis inferred ("began in May") is the analysis's
      // guess, and a wrong guess is no error of the writer's.
      if (t.value === null || !YEAR_IN_TEXT.test(t.text)) continue;
      const named = afterReference(t.value, article.date);
      if (!named) continue;
      const before = text.slice(Math.max(0, t.start - CLAUSE_WINDOW), t.start);
      const verb = PAST_EVENT_BEFORE_DATE.exec(before);
      if (!verb) continue;
      // The clause: from the last sentence or clause break before the verb.
      const clauseStart = Math.max(before.lastIndexOf('. ', verb.index), before.lastIndexOf(';', verb.index), before.lastIndexOf('\n', verb.index)) + 1;
      if (FUTURE_IN_CLAUSE.test(before.slice(clauseStart, verb.index))) continue;
      const related: RelatedSpan[] = article.span ? [{ ...article.span, message: "the article's date, from the dateline" }] : [];
      findings.push({
        code: 'date-after-dateline',
        severity: 'warning',
        start: t.start,
        end: t.end,
        message:
          `The text says this already happened ("${verb[0].trim()}"), but ${named} is after the article's date, ` +
          `${formatLongDate(article.date)}: the date or the tense is wrong.`,
        related,
      });
    }
    return findings;
  },
};
