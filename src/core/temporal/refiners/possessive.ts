/** "Friday's meeting", "last month's explosion": the possessive clitic is not part of the time expression. */
import type { TemporalRefiner } from '../types';

export const trimPossessive: TemporalRefiner = (candidates, ctx) =>
  candidates.map((c) => {
    const text = ctx.text.slice(c.start, c.end);
    // "the 90's" is a decade, not a possessive.
    const m = /(?<!\d)['’]s?$/.exec(text);
    return m && (m[0].length === 2 || /s['’]$/.test(text)) ? { ...c, end: c.end - m[0].length } : c;
  });
