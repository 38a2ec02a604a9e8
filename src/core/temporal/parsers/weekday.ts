/**
 * Weekdays: "Monday", "on Friday", "last Tuesday", "next Sunday", "Friday morning", "Sunday night".
 * A bare weekday is the nearest one in the direction of the sentence's tense (news reports the past).
 * Plurals ("Mondays") are sets.
 */
import { WEEKDAY_NAMES, WEEKDAY_RE, weekdayNumber } from '../../lang/en/calendarNames';
import { resolveWeekday } from '../resolve';
import { PAST_REPORTING_VERBS, wordAlternatives } from '../../lang/en/pastVerbs';
import type { TimexCandidate, TemporalParser } from '../types';

const WEEKDAY_WORDS = WEEKDAY_NAMES.map((day) => day.toLowerCase());

const PART_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** A past-tense reporting or auxiliary verb right before the weekday ("said Friday", "was told on Wednesday"). */
const PAST_VERB_BEFORE = new RegExp(String.raw`\b${wordAlternatives(PAST_REPORTING_VERBS)}(?: on)?\s+$`, 'i');

export const weekdayParser: TemporalParser = {
  name: 'weekday',
  pattern: new RegExp(
    String.raw`\b(?:(last|next|this|this past|this coming|past|coming|the previous|the following) )?(${WEEKDAY_RE})(s)?\b(?:['’]s)?(?: (morning|afternoon|evening|night)s?\b)?`, 'g'),
  // "the following " before the weekday.
  trigger: {
    words: [...WEEKDAY_WORDS, ...WEEKDAY_WORDS.map((day) => day + 's')],
    lead: 14,
  },
  extract(m, ctx): TimexCandidate | null {
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
    const tense = ctx.tenseAt(m.index);
    // Right after a past-tense verb ("was told Wednesday", "said on Friday") the day is over, even when it is
    // tomorrow's weekday (the exception a bare past-tense weekday otherwise makes).
    const afterPastVerb = tense === 'past' && PAST_VERB_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 30), m.index));
    const direction =
      which === 'last' || which === 'past' || which === 'this past' || which === 'the previous' ? 'last'
        : which === 'next' || which === 'coming' || which === 'this coming' || which === 'the following' ? 'next'
          : afterPastVerb ? 'before' : tense;
    const value = resolveWeekday(ctx.ref, weekday, direction);
    // "Friday morning" → 2025-06-27TMO, typed DATE as most of the TimeBank gold does.
    return { ...base, type: 'DATE', value: part && value !== null ? `${value}T${part}` : value };
  },
};
