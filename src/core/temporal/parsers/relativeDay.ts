/**
 * Days and parts of days named relative to the reference date: "today", "yesterday", "tomorrow", "tonight",
 * "this morning", "last night", "yesterday afternoon", "the day before yesterday".
 */
import { addDays, formatDay } from '../calendar';
import type { TimexCandidate, ParseContext, TemporalParser } from '../types';

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

function day(ctx: ParseContext, offset: number): string | null {
  return ctx.ref ? formatDay(addDays(ctx.ref, offset)) : 'XXXX-XX-XX';
}

/** The day's value at a part of the day ("morning" → 2025-07-01TMO), or null with the day. */
function partOfDay(day: string | null, part: string): string | null {
  return day === null ? null : `${day}T${PART_OF_DAY[part.toLowerCase()]}`;
}

/** Nouns after "today's" that speak of the present age rather than the day ("today's personal computers"). */
const PRESENT_AGE = /^\s*(?:[\p{Ll}-]+ )?(?:world|society|youth|young|generations?|economy|children|kids|teenagers|students|families|computers|technology|market|culture|standards|terms|dollars|prices)\b/u;

export const relativeDayParser: TemporalParser = {
  name: 'relativeDay',
  pattern: /\b(?:(the day (?:before|after) |(?:late|early) )?(today|yesterday|tomorrow)(?:['’]s)?(?: (morning|afternoon|evening|night))?|(tonight|overnight)|(this|last|tomorrow|yesterday) (morning|afternoon|evening|night))\b/gi,
  // "the day before " before "today".
  trigger: {
    words: ['today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'morning', 'afternoon', 'evening', 'night'],
    lead: 15,
  },
  extract(m, ctx): TimexCandidate | null {
    const base = { start: m.index, end: m.index + m[0].length, parser: this.name, anchoring: 'relative' as const };
    if (m[2]) {
      const word = m[2].toLowerCase();
      let offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      if (m[1] && /^the/i.test(m[1])) offset += /before/i.test(m[1]) ? -1 : 1;
      // "today's" is a determiner of the noun after it; keep the span on the word itself.
      if (/['’]s$/.test(m[0]) || /['’]s /.test(m[0])) {
        // "today's world", "today's youth", "in today's dollars": the present age, not the day; TBAQ leaves them out.
        if (word === 'today' && PRESENT_AGE.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
        const end = m.index + m[0].search(/['’]s/);
        return { ...base, end, type: 'DATE', value: day(ctx, offset) };
      }
      if (m[3]) return { ...base, type: 'TIME', value: partOfDay(day(ctx, offset), m[3]) };
      return { ...base, type: 'DATE', value: day(ctx, offset) };
    }
    if (m[4]) {
      // "overnight": the night before the report.
      const offset = m[4].toLowerCase() === 'overnight' ? -1 : 0;
      return { ...base, type: 'TIME', value: partOfDay(day(ctx, offset), 'night') };
    }
    const which = m[5].toLowerCase();
    const part = m[6].toLowerCase();
    const offset = which === 'yesterday' || (which === 'last' && part === 'night') ? -1 : which === 'tomorrow' ? 1 : 0;
    if (which === 'last' && part !== 'night') return null;
    return { ...base, type: 'TIME', value: partOfDay(day(ctx, offset), part) };
  },
};
