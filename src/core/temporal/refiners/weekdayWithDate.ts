/**
 * "Thursday, April 6", "Monday, Oct. 26": a weekday followed by the date it names is one expression, valued by
 * the date (which says more than the weekday).
 */
import type { TimexCandidate, TemporalRefiner } from '../types';

export const joinWeekdayAndDate: TemporalRefiner = (candidates, ctx) => {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: TimexCandidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (b && a.parser === 'weekday' && a.type === 'DATE' && /^(?:monthDayYear|dayMonthYear)$/.test(b.parser) &&
        /^,? $/.test(ctx.text.slice(a.end, b.start))) {
      out.push({ ...b, start: a.start });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
};
