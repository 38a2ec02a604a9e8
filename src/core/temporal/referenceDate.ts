/**
 * The reference date relative expressions resolve against, when the user gives none: the dateline's date
 * ("PARIS, July 1."), with its year inferred from the article.
 *
 * The rule (general, not tuned to any article):
 *  1. A year written in the dateline wins.
 *  2. Else, a statement of elapsed time ("for the first time in (near) three years", "two years after",
 *     "five years since") measured from the latest dated past event gives a target date: that event plus the
 *     elapsed time (a little less after "near/nearly/almost", a little more after "more than/over"). The
 *     dateline's month and day take the year that puts them nearest that target.
 *  3. Else the dateline's month and day take the latest year the article mentions for past events, moved one
 *     year on when that would put the dateline before the latest dated event (a report follows what it reports).
 *  4. Else the year is unknown and the reference date is null.
 * "Past events" are explicit dates outside sentences in the future tense ("talks will resume in 2030").
 */
import { compareDates, daysInMonth, formatDay, isValidDate, type CalendarDate } from './calendar';
import { NUMBER_RE, parseNumber } from '../lang/en/timeWords';
import type { DatelineDate } from '../dateline/datelineDate';
import type { TimexCandidate, TriggeredPattern } from './types';

/** A statement of elapsed time: "for the first time in three years", "nearly two years after". */
export const ELAPSED: TriggeredPattern = {
  pattern: new RegExp(
    String.raw`\b(?:for the first time (?:in|since)|first (?:\w+ )?in|(?:after|over|in|since) (?:the (?:past|last) )?)\s*(more than |over |nearly |near |almost |about |some |around |roughly )?(${NUMBER_RE}) (years?|months?)\b|\b(more than |over |nearly |near |almost |about |some )?(${NUMBER_RE}) (years?|months?) (?:after|since|later)\b`,
    'gi'),
  trigger: [
    // The first alternative starts with its first word; the second has the unit after at most "more than " and a
    // count ("seventy-seven-and-a-half-thousand", 33, or digits) and a space.
    { words: ['for', 'first', 'after', 'over', 'in', 'since'], lead: 0 },
    { words: ['year', 'years', 'month', 'months'], lead: 44 },
  ],
};

/** Explicit dated events (with a written year) in non-future sentences, as their earliest day. */
function datedPast(explicit: TimexCandidate[], isFuture: (offset: number) => boolean): CalendarDate[] {
  const out: CalendarDate[] = [];
  for (const c of explicit) {
    if (c.anchoring !== 'absolute' || c.type !== 'DATE' || isFuture(c.start)) continue;
    const m = c.value === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(c.value);
    if (!m) continue;
    out.push({ year: +m[1], month: m[2] ? +m[2] : 1, day: m[3] ? +m[3] : 1 });
  }
  return out;
}

/** `elapsed` gives the matches of ELAPSED in the article, in order. */
export function inferDatelineYear(
  elapsed: () => readonly RegExpExecArray[], dateline: DatelineDate, explicit: TimexCandidate[], isFuture: (offset: number) => boolean,
): number | null {
  if (dateline.year !== null) return dateline.year;
  const events = datedPast(explicit, isFuture);
  if (events.length === 0) return null;
  const latest = events.reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
  const at = (year: number): CalendarDate => ({
    year, month: dateline.month, day: Math.min(dateline.day, daysInMonth(year, dateline.month)),
  });
  // Rule 2: elapsed time since the latest dated event.
  for (const m of elapsed()) {
    const hedge = (m[1] ?? m[4] ?? '').trim().toLowerCase();
    const count = parseNumber(m[2] ?? m[5]);
    const unit = (m[3] ?? m[6]).toLowerCase();
    if (count === null || count <= 0 || count > 100) continue;
    let months = unit.startsWith('year') ? count * 12 : count;
    if (/near|nearly|almost/.test(hedge)) months -= unit.startsWith('year') ? 3 : 0.5;
    if (/more than|over/.test(hedge)) months += unit.startsWith('year') ? 3 : 0.5;
    const targetMonths = latest.year * 12 + (latest.month - 1) + months;
    const target = { year: Math.floor(targetMonths / 12), month: (Math.floor(targetMonths) % 12) + 1, day: latest.day };
    let best = target.year;
    let bestDistance = Infinity;
    for (const year of [target.year - 1, target.year, target.year + 1]) {
      const d = at(year);
      const distance = Math.abs((d.year - target.year) * 372 + (d.month - target.month) * 31 + (d.day - target.day));
      if (distance < bestDistance) { best = year; bestDistance = distance; }
    }
    if (compareDates(at(best), latest) >= 0) return best;
  }
  // Rule 3: the latest year of a dated past event, or the next when the dateline would precede that event.
  return compareDates(at(latest.year), latest) >= 0 ? latest.year : latest.year + 1;
}

export function datelineReference(dateline: DatelineDate, year: number): string | null {
  return isValidDate(year, dateline.month, dateline.day) ? formatDay({ year, month: dateline.month, day: dateline.day }) : null;
}
