/**
 * Numeric dates: ISO "2022-09-22", and slashed "22/09/2022" or "9/22/2022". A slashed date is read day-first
 * when its first number cannot be a month, month-first when its second cannot be, and otherwise by the
 * convention the document shows elsewhere (month-first, the US news convention, when it shows none).
 */
import { formatDay, isValidDate } from '../calendar';
import { DIGIT_RUN } from '../triggerWords';
import type { TemporalParser } from '../types';
import { candidate, fullYear } from './writtenDate';

export const numericDateParser: TemporalParser = {
  name: 'numericDate',
  pattern: /\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})([/.])(\d{1,2})\5(\d{4}|\d{2}))\b(?![/.]\d)/g,
  trigger: { words: [DIGIT_RUN], lead: 0 },
  extract(m, ctx) {
    if (m[1]) {
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      return isValidDate(y, mo, d) ? candidate(m, formatDay({ year: y, month: mo, day: d }), this.name, true) : null;
    }
    // Dotted numbers are too often decimals or versions ("1.5.2"): only a 4-digit year makes them dates.
    if (m[5] === '.' && m[7].length !== 4) return null;
    const a = +m[4];
    const b = +m[6];
    const year = fullYear(m[7]);
    let dayFirst: boolean;
    if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) dayFirst = false;
    else dayFirst = ctx.prefersDayFirst();
    const [day, month] = dayFirst ? [a, b] : [b, a];
    return isValidDate(year, month, day) ? candidate(m, formatDay({ year, month, day }), this.name, true) : null;
  },
};

/** True when the document's unambiguous slashed dates are day-first (22/09/2022). One pass over the text. */
export function documentPrefersDayFirst(text: string): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})\b/g)) {
    if (+m[1] > 12 && +m[2] <= 12) dayFirst++;
    else if (+m[2] > 12 && +m[1] <= 12) monthFirst++;
  }
  return dayFirst > monthFirst;
}
