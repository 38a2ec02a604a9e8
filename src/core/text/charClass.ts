/**
 * Unicode classes of UTF-16 code units as the patterns' \p{L}, \p{M}, \p{N} and \s see them, for scanners that
 * read code units instead of running a Unicode pattern: one table lookup per character.
 */

/** Class bits of a code unit. CLASSIFIED marks a table entry as filled in. */
const CLASSIFIED = 1;
export const LETTER = 2;
export const MARK = 4;
export const NUMBER = 8;
export const SPACE = 16;
/** Half of a surrogate pair: a Unicode pattern reads the whole code point, so a scanner leaves it to the pattern. */
export const SURROGATE = 32;

const CLASS_PATTERNS: readonly (readonly [number, RegExp])[] = [[LETTER, /\p{L}/u], [MARK, /\p{M}/u], [NUMBER, /\p{N}/u], [SPACE, /\s/u]];

/**
 * Class bits by code unit, 0 until the unit is first met (64 KB, filled lazily: a code unit's class is a fact of
 * Unicode, so the table is the same whatever text filled it).
 */
const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  let bits = CLASSIFIED;
  if (code >= 0xd800 && code <= 0xdfff) bits |= SURROGATE;
  else {
    const ch = String.fromCharCode(code);
    for (const [bit, pattern] of CLASS_PATTERNS) if (pattern.test(ch)) bits |= bit;
  }
  classes[code] = bits;
  return bits;
}

/** The class bits of the code unit at `i`; 0 past the end of the text. */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.charCodeAt(i);
  return classes[code] || classify(code);
}
