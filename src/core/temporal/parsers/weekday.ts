/**
 * Weekdays: "Monday", "on Friday", "last Tuesday", "next Sunday", "Friday morning", "Sunday night".
 * A bare weekday is the nearest one in the direction of the sentence's tense (news reports the past).
 * Plurals ("Mondays") are sets.
 */
import { weekdayNumber, WEEKDAY_RE } from '../lexicon';
import { resolveWeekday } from '../resolve';
import type { Candidate, TemporalParser } from '../types';

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

export const weekdayParser: TemporalParser = {
  name: 'weekday',
  pattern: new RegExp(
    String.raw`\b(?:(last|next|this|this past|this coming|past|coming|the previous|the following) )?(${WEEKDAY_RE})(s)?\b(?:['’]s)?(?: (morning|afternoon|evening|night)s?\b)?`, 'g'),
  extract(m, ctx): Candidate | null {
    const weekday = weekdayNumber(m[2]);
    if (weekday === null) return null;
    let end = m.index + m[0].length;
    if (/['’]s/.test(m[0])) end = m.index + m[0].search(/['’]s/);
    const base = { start: m.index, end, parser: this.name, anchoring: 'relative' as const };
    const part = m[4] && !/['’]s/.test(m[0]) ? PART_OF_DAY[m[4].toLowerCase()] : undefined;
    if (m[3]) {
      // "Mondays", "Tuesday nights": every such day.
      return { ...base, type: 'SET', value: `XXXX-WXX-${weekday}${part ? 'T' + part : ''}` };
    }
    const which = m[1]?.toLowerCase();
    const direction =
      which === 'last' || which === 'past' || which === 'this past' || which === 'the previous' ? 'last'
        : which === 'next' || which === 'coming' || which === 'this coming' || which === 'the following' ? 'next'
          : ctx.tenseAt(m.index);
    const value = resolveWeekday(ctx.ref, weekday, direction);
    // "Friday morning" → 2025-06-27TMO, typed DATE as most of the TimeBank gold does.
    return { ...base, type: 'DATE', value: part ? `${value}T${part}` : value };
  },
};
