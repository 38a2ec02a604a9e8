/**
 * A clock time without a day ("at 10:35 a.m.") happens on the day the text is talking about: a day named
 * right after it in the same sentence ("10:35 a.m. (0735 GMT) Friday"), else the latest day named before it in
 * the same paragraph, else the reference date.
 */
import type { TimexCandidate, TemporalRefiner } from '../types';
import { clockTimeParser } from '../parsers/time';

const DAY = /^(\d{4}-\d{2}-\d{2})/;
/** How far back (in characters, within the paragraph) a named day still governs a clock time. */
const WINDOW = 400;
/** How far after a clock time a day may still be its day ("at 10:35 a.m. (0735 GMT) Friday"). */
const FOLLOWING_WINDOW = 30;

export const anchorTimes: TemporalRefiner = (candidates, ctx) => {
  let lastDay: TimexCandidate | null = null;
  return candidates.map((c, i) => {
    if (c.value === null) return c;
    if (c.parser === clockTimeParser.name && c.type === 'TIME') {
      const next = candidates[i + 1];
      if (next && next.type === 'DATE' && next.value !== null && DAY.test(next.value) && next.start - c.end <= FOLLOWING_WINDOW) {
        const sentence = ctx.sentenceAt(c.start);
        if (next.start < sentence.end) return { ...c, value: DAY.exec(next.value)![1] + c.value.slice(c.value.indexOf('T')) };
      }
      // The window test comes first: slicing the text since a far-away date for every time would be quadratic.
      if (lastDay && c.start - lastDay.end <= WINDOW && !/\n\s*\n|\r\n\s*\r\n/.test(ctx.text.slice(lastDay.end, c.start))) {
        const day = DAY.exec(lastDay.value!)![1];
        return { ...c, value: day + c.value.slice(c.value.indexOf('T')) };
      }
      return c;
    }
    if (c.type === 'DATE' && DAY.test(c.value)) lastDay = c;
    return c;
  });
};
