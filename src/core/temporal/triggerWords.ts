/**
 * Which words of a fixed vocabulary a text holds as whole words, found in one pass over the text. A word here is
 * a maximal run of ASCII letters, compared without regard to case. The temporal parsers use it to skip a text
 * their pattern cannot match: a pattern every match of which holds one of its trigger words as such a run finds
 * nothing in a text that holds none of them (see Trigger in types.ts).
 *
 * Why ASCII letter runs are enough: the patterns' literal letters are ASCII; a case-insensitive pattern without
 * the u flag matches an ASCII letter only with that letter in either case, and its \b treats every non-ASCII
 * character as a non-word character, as this scan does. With the u flag, ſ (U+017F) and the Kelvin sign (U+212A)
 * also match s and k; a text holding either is reported as holding every word.
 *
 * Runs of digits count too, all as one word, DIGIT_RUN: a pattern that starts with a number after a \b holds one.
 */

/** The vocabulary word that stands for any maximal run of ASCII digits (no run of letters can be it). */
export const DIGIT_RUN = '0';

/** Where a text holds vocabulary words as whole words. */
export interface WordsInText {
  /** Each occurrence of a vocabulary word, in text order: the word's id and where it starts. */
  occurrenceIds: number[];
  occurrenceStarts: number[];
}

const LETTERS = 26;
const NO_STATE = -1;
const NO_WORD = -1;

export class TriggerWords {
  /**
   * A trie over the lower-case words: state × 26 + letter → next state, or NO_STATE. State 0 is the root. 16-bit
   * entries keep the table small enough to stay in cache between documents.
   */
  private readonly next: Int16Array;
  /** The word id a state spells out in full, or NO_WORD. */
  private readonly wordAt: Int16Array;
  private readonly ids = new Map<string, number>();

  constructor(words: Iterable<string>) {
    const next: number[] = new Array<number>(LETTERS).fill(NO_STATE);
    const wordAt: number[] = [NO_WORD];
    for (const word of words) {
      if (this.ids.has(word)) continue;
      if (word === DIGIT_RUN) {
        this.ids.set(word, this.ids.size);
        continue;
      }
      if (!/^[a-z]+$/.test(word)) throw new Error(`trigger word "${word}" is not a run of lower-case ASCII letters`);
      let state = 0;
      for (let i = 0; i < word.length; i++) {
        const slot = state * LETTERS + word.charCodeAt(i) - 97;
        if (next[slot] === NO_STATE) {
          next[slot] = wordAt.length;
          wordAt.push(NO_WORD);
          for (let k = 0; k < LETTERS; k++) next.push(NO_STATE);
        }
        state = next[slot];
      }
      wordAt[state] = this.ids.size;
      this.ids.set(word, this.ids.size);
    }
    if (wordAt.length > 0x7fff) throw new Error('too many trigger words for a 16-bit trie');
    this.next = Int16Array.from(next);
    this.wordAt = Int16Array.from(wordAt);
  }

  /** The ids of some vocabulary words, as `find` reports them. */
  idsOf(words: readonly string[]): Int32Array {
    return Int32Array.from(words, (word) => {
      const id = this.ids.get(word);
      if (id === undefined) throw new Error(`"${word}" is not in the vocabulary`);
      return id;
    });
  }

  /** The vocabulary size: word ids run from 0 to size − 1. */
  get size(): number {
    return this.ids.size;
  }

  /**
   * The vocabulary words the text holds as whole words. Null when the text holds a character a Unicode
   * case-insensitive pattern may read as an ASCII letter: then no word can be ruled out.
   */
  find(text: string): WordsInText | null {
    const found: WordsInText = { occurrenceIds: [], occurrenceStarts: [] };
    const { next, wordAt } = this;
    const digitRun = this.ids.get(DIGIT_RUN) ?? NO_WORD;
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      // (c | 32) folds A–Z onto a–z; no other character lands in a–z.
      let letter = (c | 32) - 97;
      if (letter >= 0 && letter < LETTERS) {
        // A run of letters: walk the trie to its end (NO_STATE once no word continues it).
        const start = i;
        let state = next[letter];
        for (i++; i < n; i++) {
          c = text.charCodeAt(i);
          letter = (c | 32) - 97;
          if (letter < 0 || letter >= LETTERS) break;
          if (state !== NO_STATE) state = next[state * LETTERS + letter];
        }
        if (state !== NO_STATE && wordAt[state] !== NO_WORD) record(found, wordAt[state], start);
      } else if (c >= 48 && c <= 57) {
        if (digitRun !== NO_WORD) record(found, digitRun, i);
        for (i++; i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57; i++);
      } else {
        if (c === 0x017f || c === 0x212a) return null;
        i++;
      }
    }
    return found;
  }
}

function record(found: WordsInText, id: number, start: number): void {
  found.occurrenceIds.push(id);
  found.occurrenceStarts.push(start);
}
