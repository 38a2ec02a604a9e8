/**
 * Counting the words of a quotation, as /\p{L}[\p{L}\p{N}'’-]*\/gu would match them ("don't", "well-known"), by one
 * scan of code units through the character class table instead of a Unicode pattern building every match.
 */
import { classAt, LETTER, NUMBER, SURROGATE } from '../text/charClass';

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

function continuesWord(text: string, i: number, bits: number): boolean {
  if (bits & (LETTER | NUMBER)) return true;
  const code = text.charCodeAt(i);
  return code === 0x27 || code === 0x2019 || code === 0x2d;
}

/** The number of words in text[start, end), or `cap` when there are at least that many (it stops counting there). */
export function countWords(text: string, start: number, end: number, cap = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const bits = classAt(text, i);
    // A surrogate pair may be a letter: the pattern reads code points, so it counts.
    if (bits & SURROGATE) return Math.min(cap, (text.slice(start, end).match(WORD) ?? []).length);
    if (inWord) inWord = continuesWord(text, i, bits);
    else if (bits & LETTER) {
      inWord = true;
      if (++count >= cap) return cap;
    }
  }
  return count;
}
