/**
 * Named days of the calendar: fixed ones (Christmas, New Year's Day, Independence Day, Halloween, Valentine's
 * Day) and movable ones (Easter, Thanksgiving, Memorial Day, Labor Day, Election Day), in the year written after
 * them, else the reference year (or the one before/after with "last"/"next").
 */
import { addDays, daysBetween, formatDay, isoWeekday, type CalendarDate } from '../calendar';
import type { TimexCandidate, TemporalParser } from '../types';

/** The n-th given weekday (1 = Monday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): CalendarDate {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays({ year, month: month + 1 > 12 ? 1 : month + 1, day: 1 }, -1);
  const lastFixed = month === 12 ? { year, month: 12, day: 31 } : last;
  return addDays(lastFixed, -((isoWeekday(lastFixed) - weekday + 7) % 7));
}

/** Easter Sunday (Gregorian), by the anonymous Gregorian algorithm. */
function easter(year: number): CalendarDate {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

const HOLIDAYS: Record<string, (year: number) => CalendarDate> = {
  christmas: (y) => ({ year: y, month: 12, day: 25 }),
  'christmas day': (y) => ({ year: y, month: 12, day: 25 }),
  'christmas eve': (y) => ({ year: y, month: 12, day: 24 }),
  "new year's day": (y) => ({ year: y, month: 1, day: 1 }),
  "new year's eve": (y) => ({ year: y, month: 12, day: 31 }),
  'independence day': (y) => ({ year: y, month: 7, day: 4 }),
  halloween: (y) => ({ year: y, month: 10, day: 31 }),
  "valentine's day": (y) => ({ year: y, month: 2, day: 14 }),
  easter: easter,
  'easter sunday': easter,
  'good friday': (y) => addDays(easter(y), -2),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
};

export const holidayParser: TemporalParser = {
  name: 'holiday',
  pattern: /\b(?:(last|next|this) )?(Christmas(?: Day| Eve)?|New Year['’]s (?:Day|Eve)|Independence Day|Halloween|Valentine['’]s Day|Easter(?: Sunday)?|Good Friday|Thanksgiving(?: Day)?|Memorial Day|Labor Day|Election Day)(?:,? (\d{4}))?\b/g,
  // "next " before the holiday's first word.
  trigger: {
    words: ['christmas', 'new', 'independence', 'halloween', 'valentine', 'easter', 'good', 'thanksgiving', 'memorial', 'labor', 'election'],
    lead: 5,
  },
  extract(m, ctx): TimexCandidate | null {
    const rule = HOLIDAYS[m[2].toLowerCase().replace('’', "'")];
    if (!rule) return null;
    let value: string | null;
    if (m[3]) value = formatDay(rule(+m[3]));
    else if (!ctx.ref) value = 'XXXX-XX-XX';
    else {
      const which = m[1]?.toLowerCase();
      let year = ctx.ref.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
      if (!which) {
        // A bare holiday within four months of the reference date is this year's; further away, its last
        // occurrence in a past-tense clause and its next one otherwise (as for "Oct. 23").
        const distance = daysBetween(ctx.ref, rule(year));
        if (Math.abs(distance) > 120) {
          const tense = ctx.tenseAt(m.index);
          if (tense === 'past' && distance > 0) year--;
          if (tense === 'future' && distance < 0) year++;
        }
      }
      value = formatDay(rule(year));
    }
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, parser: this.name, anchoring: m[3] ? 'absolute' : 'relative' };
  },
};
