/** A month named alone ("in November"), in the year nearest the reference date; "May" and "March" need a calendar cue. */
import { formatMonth, pad } from '../calendar';
import { MONTH_NAME_RE, MONTH_WORDS, monthNumber, WEEKDAY_RE } from '../../lang/en/calendarNames';
import type { TemporalParser } from '../types';
import { candidate, inferYear } from './writtenDate';

/** Prepositions and modifiers that make a bare "May" or "March" a month rather than a name or a verb. */
const MONTH_CUE = /\b(?:in|since|until|till|by|from|to|through|during|of|early|late|mid|last|next|this|before|after|between|and|or|around|on|each|every)[\s-]+$/i;

/** A weekday right after the month: a capitalised word that is no name. */
const WEEKDAY_NEXT = new RegExp(`^ ${WEEKDAY_RE}`);

export const monthAloneParser: TemporalParser = {
  name: 'monthAlone',
  pattern: new RegExp(String.raw`\b(${MONTH_NAME_RE})\b(?![-–]\w)`, 'g'),
  trigger: { words: MONTH_WORDS, lead: 0 },
  extract(m, ctx) {
    const word = m[1];
    const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
    const after = ctx.text.slice(m.index + word.length, m.index + word.length + 20);
    // "May" (a modal verb or a name) and "March" (a verb) only count with a calendar cue before them.
    if ((word === 'May' || word === 'March' || word === 'June' || word === 'April' || word === 'August') &&
        !MONTH_CUE.test(before)) return null;
    // "Theresa May said", "May Day": a capitalised word right after is a name (but not a weekday or a year).
    if (/^ (?!(?:and|or)\b)\p{Lu}\p{Ll}/u.test(after) && !WEEKDAY_NEXT.test(after)) return null;
    // "Brian May", "Elizabeth June": a capitalised word right before (that does not merely start the sentence).
    const startsText = m.index === before.length;
    if (/\p{Lu}\p{Ll}+ $/u.test(before) && !MONTH_CUE.test(before) &&
        !(startsText ? /^\s*\p{Lu}\p{Ll}+ $/u : /[.!?"“]\s*\p{Lu}\p{Ll}+ $/u).test(before)) return null;
    const month = monthNumber(word)!;
    const year = inferYear(ctx.ref, month, null, ctx.tenseAt(m.index));
    const value = year === null ? `XXXX-${pad(month)}` : formatMonth(year, month);
    return candidate(m, value, this.name, false);
  },
};
