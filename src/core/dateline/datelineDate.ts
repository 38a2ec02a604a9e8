/**
 * The date a dateline states, read on its own: its month, day and year (if written), and — when the dateline parser
 * found none — a looser search for a dateline's date at the very start of the text. The temporal stage reads the
 * reference date from here; all dateline reading lives in this folder.
 */
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
 * A dateline the caller did not pass: "PARIS, July 1. /TASS/." or "WASHINGTON, Sept. 3 (Reuters) -" at the very
 * start of the text: a capitalised place, a comma, then a month and day, then an end mark.
 */
const DATELINE = new RegExp(String.raw`^\s*\p{Lu}[\p{L} .'’-]{1,40}?,(?: \p{Lu}[\p{L}.]+,)? ((?:${MONTH_RE}) \d{1,2}(?:,? \d{4})?)(?=\s*(?:[.(/—–-]|$))`, 'u');

export function findDatelineDate(text: string): { start: number; end: number } | null {
  const m = DATELINE.exec(text.slice(0, 120));
  if (!m) return null;
  const start = m.index + m[0].length - m[1].length;
  return { start, end: start + m[1].length };
}
