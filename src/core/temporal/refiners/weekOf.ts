/**
 * "the week of March 6", "Easter week": the ISO week holding the day named (TimeML values the week, 2000-W10).
 */
import { formatWeek, parseIsoDate } from '../calendar';
import type { TemporalRefiner } from '../types';
import { holidayParser } from '../parsers/holiday';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const widenToWeek: TemporalRefiner = (candidates, ctx) =>
  candidates.map((c) => {
    if (c.type !== 'DATE' || c.value === null || !DAY.test(c.value)) return c;
    const day = parseIsoDate(c.value)!;
    const before = /\bthe week of $/i.exec(ctx.text.slice(Math.max(0, c.start - 12), c.start));
    if (before) return { ...c, start: c.start - before[0].length, value: formatWeek(day) };
    // A holiday's week ("Easter week", "Christmas week"), not a weekday's ("Monday week" is British for a week on).
    const after = /^ week\b/i.exec(ctx.text.slice(c.end, c.end + 6));
    if (after && c.parser === holidayParser.name) return { ...c, end: c.end + after[0].length, value: formatWeek(day) };
    return c;
  });
