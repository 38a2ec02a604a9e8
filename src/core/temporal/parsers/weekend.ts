/** "the weekend", "this weekend", "last weekend", "next weekend": a weekend (TimeML 2025-W26-WE). */
import { resolveWeekday } from '../resolve';
import { formatWeek, parseIsoDate } from '../calendar';
import type { TemporalParser } from '../types';

export const weekendParser: TemporalParser = {
  name: 'weekend',
  pattern: /\b(the|this|last|next|this past|this coming|over the) weekend\b/gi,
  // "this coming " before "weekend".
  trigger: { words: ['weekend'], lead: 12 },
  extract(m, ctx) {
    const which = m[1].toLowerCase();
    let start = m.index;
    if (which === 'over the') start += 5; // "over the weekend": the preposition stays out
    const direction = which === 'last' || which === 'this past' ? 'last' : which === 'next' || which === 'this coming' ? 'next'
      : which === 'this' ? 'this' : ctx.tenseAt(m.index);
    const saturday = ctx.ref ? parseIsoDate(resolveWeekday(ctx.ref, 6, direction)) : null;
    const week = saturday && formatWeek(saturday);
    // A Saturday with no TIMEX3 week (after 9999): no value.
    const value = !ctx.ref ? 'XXXX-WXX-WE' : week ? `${week}-WE` : null;
    return { start, end: m.index + m[0].length, type: 'DATE', value, parser: this.name, anchoring: 'relative' };
  },
};
