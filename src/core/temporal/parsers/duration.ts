/**
 * Durations: "two hours", "three years", "a decade", "18 months", "1 1/2 hours", "two-year" (as an adjective),
 * "the past four months", "the next two weeks", "the first nine months", "several years" (PXY), "recent
 * months" and "years" after "for"/"in recent". Modifiers ("more than", "nearly") are added by a refiner.
 */
import { NUMBER_RE, parseNumber, UNIT_RE, UNIT_WORDS, unitOf } from '../../lang/en/timeWords';
import { durationValue } from '../durationValue';
import type { TimexCandidate, TemporalParser } from '../types';

function make(m: RegExpExecArray, value: string | null, parser: string, start = m.index, end = m.index + m[0].length): TimexCandidate {
  return { start, end, type: 'DURATION', value, parser, anchoring: 'absolute' };
}

/** Nouns that, right after "N-year", make it an age or a rate rather than a stretch of time. */
const AGE = /^-old\b/i;

export const countedDurationParser: TemporalParser = {
  name: 'countedDuration',
  pattern: new RegExp(
    String.raw`\b(?:(the|a|an|another|its|their|the (?:past|last|next|first|previous|coming|following|final|remaining|latest|same)|(?:past|last|next|first|previous|coming|following|final|remaining|latest|recent|another))\s)?(?:(${NUMBER_RE})[- ])?(?:more[- ])?(${UNIT_RE})(-long|-old)?\b`, 'gi'),
  // The unit comes after at most "the following " (14), a count as long as "seventy-seven-and-a-half-thousand"
  // (33, or digits), a "-" and "more-" (5).
  trigger: { words: UNIT_WORDS, lead: 53 },
  extract(m, ctx) {
    const det = m[1]?.toLowerCase();
    const rawCount = m[2];
    const unitWord = m[3];
    const unit = unitOf(unitWord);
    if (!unit) return null;
    if (m[4] && AGE.test(m[4])) return null;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    // "52 years old" is an age; "three-quarters of", "a quarter of the market" are fractions.
    if (/^ old\b/i.test(after)) return null;
    // "would last 72 hours": "last" after an auxiliary is the verb, not a determiner.
    if (det === 'last' && /\b(?:will|would|could|can|may|might|must|should|shall|to|did|does|do|didn['’]t|won['’]t|not)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 12), m.index))) {
      if (rawCount === undefined) return null;
      return make(m, durationValue(parseNumber(rawCount), unit, rawCount), this.name, m.index + m[1].length + 1);
    }
    // "day-to-day", "year-round": a compound word, not a time.
    if (/^-\p{L}/u.test(after)) return null;
    // "a second betrayal" is an ordinal; "60 Minutes" (a capitalised unit inside a sentence) is a title.
    if (/^seconds?$/i.test(unitWord) && /^(?:a|an)$/i.test(det ?? rawCount ?? '') && /^ \p{Ll}/u.test(after) && !/^ (?:of|or|and|to|later|earlier|ago|before|after)\b/i.test(after)) return null;
    if (/^\p{Lu}/u.test(unitWord) && m.index > 0 && !/[.!?]\s*$|^\s*$/.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) return null;
    if (unit === 'Q' && (/^ of\b/i.test(after) || /-quarters$/i.test(m[0]))) return null;
    const plural = /s$|centuries|millennia/i.test(unitWord);
    let count: number | null = rawCount !== undefined ? parseNumber(rawCount) : null;
    if (rawCount === undefined) {
      if (!det) {
        // Bare units: only plurals after "for", "in recent", or as "days/weeks/months/years" of waiting.
        const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
        if (!plural || !/\b(?:for|within|over|in)\s+$/i.test(before) || /^(?:seconds|minutes)$/i.test(unitWord)) return null;
        if (/\bin\s+$/i.test(before) && !/^(?:years|decades|months)$/i.test(unitWord)) return null;
        count = null;
      } else if (det === 'a' || det === 'an' || det === 'another') {
        if (plural) return null;
        count = 1;
      } else if (det === 'the' || det === 'the same' || det === 'its' || det === 'their') {
        return null;
      } else if (det === 'recent') {
        if (!plural) return null;
        count = null;
      } else {
        // "the past year", "the next month", "the coming weeks"
        count = plural ? null : 1;
        if (/^(?:past|last|next|first|previous|coming|following)$/.test(det)) {
          // "last week", "next year" are calendar periods (another parser); "past year" is a stretch.
          if (det !== 'past' && !plural) return null;
        }
      }
    } else if (count === null && !/^(?:a few|several|few|many|some|dozens of|hundreds of)$/i.test(rawCount)) {
      return null; // a count that is neither a number nor a vague quantity
    }
    if (rawCount !== undefined && count === null && !plural) return null;
    // "the 1988 quarter": a year naming a period, not 1,988 quarters.
    if (count !== null && count >= 1000 && !plural && /^\d{4}$/.test(rawCount ?? '')) return null;
    if (count !== null && count === 1 && plural && rawCount && !/^(?:one|1)$/i.test(rawCount)) return null;
    // "recent months", "the coming weeks": a stretch of unstated length (PXM, PXW), as TBAQ annotates them more
    // often than as PAST_REF/FUTURE_REF (7 to 5 and 3 to 2).
    if (count === null && det && /^(?:recent|coming|the coming)$/.test(det) && !rawCount) return make(m, durationValue(null, unit), this.name);
    // An uncounted stretch reaching back from now ("the past several quarters", "the last few months") is, in
    // TimeML, a vague reference to the past.
    if (count === null && det && /^(?:recent|past|last|the past|the last|previous|the previous)$/.test(det)) {
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'PAST_REF', parser: this.name, anchoring: 'vague' };
    }
    if (count === null && det && /^(?:coming|the coming)$/.test(det)) {
      return { start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'FUTURE_REF', parser: this.name, anchoring: 'vague' };
    }
    if (unit === 'Q') return make(m, count === null ? 'PXQ' : `P${count}Q`, this.name);
    // "a two-year contract", "the 16-hour flight": a duration used as an adjective leaves the determiner out.
    let start = m.index;
    const adjectival = rawCount !== undefined && (/-/.test(m[0].slice(m[0].lastIndexOf(rawCount) + rawCount.length, m[0].length - unitWord.length)) || (!plural && count !== 1));
    if (det && ((adjectival && /^(?:a|an|the|another)$/.test(det)) || /^(?:its|their)$/.test(det))) start += m[1].length + 1;
    // "the year-earlier period" and alike are handled elsewhere; "a year" right before "earlier/ago" is an offset.
    // "a minute and a half", "two years and a half": the half in the value (PT1M30S, P2Y6M) and the span.
    const half = /^ and a half\b/i.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    if (half && count !== null && Number.isInteger(count)) {
      return make(m, durationValue(count + 0.5, unit, rawCount && `${rawCount} 1/2`), this.name, start, m.index + m[0].length + half[0].length);
    }
    return make(m, durationValue(count, unit, rawCount), this.name, start);
  },
};
