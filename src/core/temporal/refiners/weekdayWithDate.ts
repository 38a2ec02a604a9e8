/**
 * "Thursday, April 6", "Monday, Oct. 26": a weekday followed by the date it names is one expression, valued by
 * the date (which says more than the weekday).
 */
import type { TemporalRefiner } from '../types';
import { weekdayParser } from '../parsers/weekday';
import { monthDayYearParser } from '../parsers/monthDayYear';
import { dayMonthYearParser } from '../parsers/dayMonthYear';
import { mergeAdjacent } from './mergeAdjacent';

/** The parsers of dates a weekday may stand before. */
const NAMED_DAY_PARSERS = new Set([monthDayYearParser.name, dayMonthYearParser.name]);

export const joinWeekdayAndDate: TemporalRefiner = (candidates, ctx) =>
  mergeAdjacent(candidates, (a, b) =>
    a.parser === weekdayParser.name && a.type === 'DATE' && NAMED_DAY_PARSERS.has(b.parser) && /^,? $/.test(ctx.text.slice(a.end, b.start))
      ? { ...b, start: a.start }
      : null,
  );
