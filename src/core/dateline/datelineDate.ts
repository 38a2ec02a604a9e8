/**
 * The date a dateline states, read on its own: its month, day and year (if written). `readDatelineDate` is the one
 * entry the temporal stage calls for it, in two steps:
 *  1. the date span of the dateline `parseDateline` found (the dateline stage's), when it has one;
 *  2. else the looser pass, `findLooseDatelineDate`: a place in any case, a comma, a month and a day at the very
 *     start of the text ("Paris, July 1."), which the dateline parser rejects as a dateline (it wants an ALL-CAPS
 *     place or an agency) but whose date is still the article's.
 * All dateline reading lives in this folder; the temporal stage only infers the missing year.
 */
import type { Span } from '../types';
import { MONTH_RE, monthNumber } from '../lang/en/calendarNames';

export interface DatelineDate {
  month: number;
  day: number;
  year: number | null;
}

const MONTH_DAY = new RegExp(String.raw`^(${MONTH_RE}) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?`, 'i');
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2}) (${MONTH_RE})(?:,? (\d{4}))?`, 'i');

export function parseDatelineDate(text: string): DatelineDate | null {
  let m = MONTH_DAY.exec(text.trim());
  if (m) {
    const month = monthNumber(m[1]);
    return month ? { month, day: +m[2], year: m[3] ? +m[3] : null } : null;
  }
  m = DAY_MONTH.exec(text.trim());
  if (m) {
    const month = monthNumber(m[2]);
    return month ? { month, day: +m[1], year: m[3] ? +m[3] : null } : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  return m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
}

/**
 * The looser pass: a dateline's date at the very start of the text, "PARIS, July 1. /TASS/.", "Paris, July 1." or
 * "WASHINGTON, Sept. 3 (Reuters) -": a capitalised place, a comma, then a month and day, then an end mark.
 */
const LOOSE_DATELINE = new RegExp(String.raw`^\s*\p{Lu}[\p{L} .'’-]{1,40}?,(?: \p{Lu}[\p{L}.]+,)? ((?:${MONTH_RE}) \d{1,2}(?:,? \d{4})?)(?=\s*(?:[.(/—–-]|$))`, 'u');
/** The looser pass reads no further than this into the text. */
const LOOSE_DATELINE_REACH = 120;

/** Step 2 of `readDatelineDate`: the span of a dateline's month and day (and year) at the very start of the text. */
export function findLooseDatelineDate(text: string): Span | null {
  const m = LOOSE_DATELINE.exec(text.slice(0, LOOSE_DATELINE_REACH));
  if (!m) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length };
}

/**
 * The date the article's dateline states: the date span of the parsed dateline (`datelineDate`, the dateline
 * stage's `date`), else the looser pass's; null when neither finds one, or the span is no month and day (a
 * weekday alone, "WASHINGTON, Monday —", gives no date: the looser pass is not tried then either).
 */
export function readDatelineDate(text: string, datelineDate: Span | null): DatelineDate | null {
  const span = datelineDate ?? findLooseDatelineDate(text);
  return span ? parseDatelineDate(text.slice(span.start, span.end)) : null;
}
