/**
 * "Thursday, April 6", "Monday, Oct. 26": a weekday followed by the date it names is one expression, valued by
 * the date (which says more than the weekday).
 */
import type { TemporalRefiner } from '../types';
import { mergeAdjacent } from './mergeAdjacent';

export const joinWeekdayAndDate: TemporalRefiner = (candidates, ctx) =>
  mergeAdjacent(candidates, (a, b) =>
    a.parser === 'weekday' && a.type === 'DATE' && /^(?:monthDayYear|dayMonthYear)$/.test(b.parser) &&
    /^,? $/.test(ctx.text.slice(a.end, b.start))
      ? { ...b, start: a.start }
      : null);
