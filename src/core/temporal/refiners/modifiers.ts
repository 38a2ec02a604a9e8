/**
 * Widens a duration or date over the modifier before it and records the TIMEX3 mod: "more than two hours"
 * (MORE_THAN), "nearly three years" (APPROX), "at least 30 days" (EQUAL_OR_MORE), "up to 180 days"
 * (EQUAL_OR_LESS), "less than a decade" (LESS_THAN), "early 1990" (START), "late November" (END), "mid-1990"
 * (MID), "around Nov. 1" (APPROX). The modifier belongs to the expression's extent, as in the hand-made gold.
 */
import type { TemporalRefiner } from '../types';
import { offsetParser } from '../parsers/relativePeriod';

const DURATION_MODIFIERS: Array<[RegExp, string]> = [
  // Longer phrases first: "no more than" is not "more than".
  [/\b(?:no more than|not more than|no longer than)\s+$/i, 'EQUAL_OR_LESS'],
  [/\b(?:no less than|not less than|no fewer than)\s+$/i, 'EQUAL_OR_MORE'],
  // A bare "over" is mostly the preposition ("rose over three years"; TBAQ leaves it out 28 times in 30).
  [/\b(?:(?:just |well |a little |slightly )?more than|(?:just |well )over|in excess of|upwards of)\s+$/i, 'MORE_THAN'],
  [/\b(?:(?:just |slightly )?less than|(?:just )?under|fewer than|shy of)\s+$/i, 'LESS_THAN'],
  [/\b(?:at least|no less than|a minimum of)\s+$/i, 'EQUAL_OR_MORE'],
  [/\b(?:up to|at most|no more than|a maximum of)\s+$/i, 'EQUAL_OR_LESS'],
  [/\b(?:nearly|near|almost|about|around|approximately|roughly|some|close to|an estimated|circa|more or less)\s+$/i, 'APPROX'],
];

/**
 * Hedges that set the mod but stay outside the extent: TBAQ leaves "about" out 9 times in 11 and "almost" 5 in 8
 * ("about [two weeks]"), while "nearly", "near", "more than", "at least" are inside as in the hand-made gold.
 */
const OUTSIDE_EXTENT = /^(?:about|almost)\s+$/i;

const DATE_MODIFIERS: Array<[RegExp, string]> = [
  [/(?<![-\w])(?:early|the early|earlier)[\s-]+$/i, 'START'],
  [/(?<![-\w])(?:late|the late|later)[\s-]+$/i, 'END'],
  [/\b(?:mid|the mid|middle|the middle of)[\s-]+$/i, 'MID'],
  [/\b(?:the end of|the close of)\s+$/i, 'END'],
  [/\b(?:the beginning of|the start of)\s+$/i, 'START'],
  [/\b(?:around|about|approximately|roughly)\s+$/i, 'APPROX'],
];

export const attachModifiers: TemporalRefiner = (candidates, ctx) =>
  candidates.map((c) => {
    // "the next year or so": a trailing hedge.
    const orSo = /^ or so\b/i.exec(ctx.text.slice(c.end, c.end + 7));
    if (orSo && !c.mod) c = { ...c, end: c.end + orSo[0].length, mod: 'APPROX' };
    if (c.mod || c.value === null) return c;
    const before = ctx.text.slice(Math.max(0, c.start - 30), c.start);
    const table = c.type === 'DURATION' || c.parser === offsetParser.name ? DURATION_MODIFIERS : c.type === 'DATE' && /^\d{4}(?:-\d{2})?$|^\d{3}$|^\d{4}-(?:SP|SU|FA|WI|Q\d|H\d|W\d\d)$|^\d{4}-\d{2}-\d{2}(?:T(?:MO|AF|EV|NI))?$/.test(c.value) ? DATE_MODIFIERS : null;
    if (!table) return c;
    const isDay = /^\d{4}-\d{2}-\d{2}/.test(c.value);
    for (const [pattern, mod] of table) {
      const m = pattern.exec(before);
      if (m) {
        // A day takes "early"/"late" ("late yesterday", "early Tuesday"), not "earlier", "later" or "around".
        if (isDay && (mod === 'APPROX' || /(?:earlier|later)[\s-]+$/i.test(m[0]))) return c;
        // "over the weekend": a preposition, not a modifier, before a span that starts with "the".
        if (mod === 'MORE_THAN' && /over\s+$/i.test(m[0]) && /^the\b/i.test(ctx.text.slice(c.start, c.end))) return c;
        if (/^the\b/i.test(ctx.text.slice(c.start, c.end)) && c.type === 'DURATION' && mod === 'APPROX' && /some/i.test(m[0])) return c;
        if (OUTSIDE_EXTENT.test(m[0])) return { ...c, mod };
        // "just"/"well"/"slightly" before "over"/"more than" stay out of the extent (TBAQ: "just [over an hour]").
        const intensifier = /^(?:just|well|a little|slightly) /i.exec(m[0]);
        if (intensifier) return { ...c, start: c.start - m[0].length + intensifier[0].length, mod };
        return { ...c, start: c.start - m[0].length, mod };
      }
    }
    return c;
  });
