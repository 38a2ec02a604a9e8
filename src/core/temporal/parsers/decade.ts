/**
 * Decades and centuries: "the 1990s" → 199, "the '90s" → 199, "the nineties", "the mid-1980s" (mod MID),
 * "the 20th century" → 19, "the 19th century" → 18.
 */
import { formatYearValue } from '../calendar';
import { ORDINALS } from '../../lang/en/timeWords';
import type { TimexCandidate, ParseContext, TemporalParser } from '../types';

const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

function modOf(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  return w.startsWith('early') ? 'START' : w.startsWith('late') ? 'END' : w.startsWith('mid') ? 'MID' : undefined;
}

function make(m: RegExpExecArray, value: string | null, parser: string, mod: string | undefined, absolute = true): TimexCandidate {
  const c: TimexCandidate = { start: m.index, end: m.index + m[0].length, type: 'DATE', value, parser, anchoring: absolute ? 'absolute' : 'relative' };
  if (mod) c.mod = mod;
  return c;
}

export const decadeParser: TemporalParser = {
  name: 'decade',
  pattern: /\b(?:the )?(?:(early|late|mid)[- ])?(?:(\d{3})0['’]?s|(?:['’]|(?<=\bthe (?:(?:early|late|mid)[- ])?))(\d)0['’]?s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/gi,
  // The "s" of "1990s", "’90’s", after at most "the early-’" and digits and "’" (12); a decade word after "the early-".
  trigger: {
    words: ['s', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
    lead: 12,
  },
  extract(m, ctx: ParseContext) {
    if (m[2]) return make(m, m[2], this.name, modOf(m[1]));
    const digit = m[3] ?? String(DECADE_WORDS[m[4].toLowerCase()]);
    // "the '90s" without a century: the last such decade before the reference year.
    const refYear = ctx.ref?.year ?? 1999;
    let century = Math.floor(refYear / 100);
    if (century * 100 + +digit * 10 > refYear) century--;
    // Before the year 0000 (a reference date in it) the decade has no TIMEX3 value.
    return make(m, century < 0 ? null : formatYearValue(century * 100 + +digit * 10, 3), this.name, modOf(m[1]), false);
  },
};

export const centuryParser: TemporalParser = {
  name: 'century',
  pattern: /\b(?:the )?(?:(early|late|mid)[- ])?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[- ]century\b/gi,
  // "the early-twenty-first-" before "century".
  trigger: { words: ['century'], lead: 23 },
  extract(m) {
    const n = ORDINALS[m[2].toLowerCase()] ?? parseInt(m[2], 10);
    if (!n || n < 1) return null;
    return make(m, String(n - 1).padStart(2, '0'), this.name, modOf(m[1]));
  },
};
