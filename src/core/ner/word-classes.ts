/**
 * Word classes (clusters) looked up by the hash of the lower-cased word: the model ships no word list, only
 * 32-bit hashes and class ids. A table has one or more levels (granularities, e.g. 64 / 256 / 1024 classes); class
 * ids are ≥ 1, 0 meaning "not in the table".
 */
import { hashString } from './hash';
import { KeyIndex } from './key-index';

export class WordClasses {
  private readonly index: KeyIndex;

  /**
   * keys: hashString(lower-cased word) per row; values: levels ids per row, row-major. index: the keys' table when
   * it is already built (the ready-to-use model file), else it is built here.
   */
  constructor(readonly levels: number, readonly keys: Uint32Array, readonly values: Uint16Array, index?: KeyIndex) {
    if (values.length !== keys.length * levels) throw new Error(`word classes: ${values.length} values for ${keys.length} words × ${levels} levels`);
    if (index) {
      if (index.size !== keys.length) throw new Error(`word classes: a table of ${index.size} keys for ${keys.length} words`);
      this.index = index;
      return;
    }
    this.index = new KeyIndex(keys.length);
    for (let r = 0; r < keys.length; r++) if (this.index.add(keys[r]) !== r) throw new Error('word classes: duplicate key');
  }

  /** The keys' hash table, for writing it as it is. */
  keyIndex(): KeyIndex {
    return this.index;
  }

  /** Builds a table from words and their class ids per level (training time). */
  static fromWords(words: readonly string[], classes: readonly (ArrayLike<number>)[]): WordClasses {
    const levels = classes.length;
    const seen = new Set<number>();
    const keys: number[] = [], values: number[] = [];
    words.forEach((w, r) => {
      const h = hashString(w);
      // Two words with one hash: the first (the more frequent, in frequency order) keeps it.
      if (seen.has(h)) return;
      seen.add(h);
      keys.push(h);
      for (let l = 0; l < levels; l++) values.push(classes[l][r]);
    });
    return new WordClasses(levels, Uint32Array.from(keys), Uint16Array.from(values));
  }

  /** Class ids of the lower-cased word at every level, or null when it is not in the table. */
  lookup(lower: string): Uint16Array | null {
    const row = this.index.get(hashString(lower));
    return row < 0 ? null : this.values.subarray(row * this.levels, (row + 1) * this.levels);
  }
}
