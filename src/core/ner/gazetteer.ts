/**
 * Gazetteers: lists of known names (countries, cities, regions, nationalities, first names) matched over
 * lower-cased token sequences, so they keep working on all-caps or all-lower text. A match is only evidence:
 * the tagger weighs it against context ("Jordan" the country, "Jordan" the player).
 */

export interface GazetteerData {
  /** Category names, by bit index. */
  categories: string[];
  /** [lower-cased tokens joined by single spaces, bit mask of categories]. */
  entries: [string, number][];
}

/** What matching needs of a word: its lower-cased form and its single-word facts (singleMask, isPrefix, isInner). */
export interface GazetteerWord {
  lower: string;
  gazetteerMask: number;
  gazetteerPrefix: boolean;
  gazetteerInner: boolean;
}

export class Gazetteer {
  readonly categories: string[];
  private readonly entries = new Map<string, number>();
  /** Proper prefixes of multi-token entries: matching continues only while the prefix is in here. */
  private readonly prefixes = new Set<string>();
  /** Words found after the first of a multi-word entry. */
  private readonly innerWords = new Set<string>();
  private maxTokens = 1;

  constructor(data: GazetteerData) {
    this.categories = data.categories;
    for (const [key, mask] of data.entries) {
      this.entries.set(key, (this.entries.get(key) ?? 0) | mask);
      const parts = key.split(' ');
      this.maxTokens = Math.max(this.maxTokens, parts.length);
      for (let n = 1; n < parts.length; n++) {
        this.prefixes.add(parts.slice(0, n).join(' '));
        this.innerWords.add(parts[n]);
      }
    }
  }

  /** Categories (bit mask) of the single-word entry lower, 0 when it is none. */
  singleMask(lower: string): number {
    return this.entries.get(lower) ?? 0;
  }

  /** Whether some multi-word entry starts with these words (lower-cased, joined by single spaces). */
  isPrefix(key: string): boolean {
    return this.prefixes.has(key);
  }

  /**
   * Whether lower may continue a multi-word entry: some entry has it after its first word (or it holds a space, and
   * so could end such a key some other way).
   */
  isInner(lower: string): boolean {
    return this.innerWords.has(lower) || lower.includes(' ');
  }

  /**
   * Calls found(tokenIndex, category, position) for every token of every match inside [start, end); position is
   * 0 begin, 1 inside, 2 last, 3 unit (single-token match). Single words come with their own entry and prefix
   * facts (looked up once per word form, not per token).
   */
  match(words: readonly GazetteerWord[], start: number, end: number, found: (token: number, category: number, position: number) => void): void {
    for (let i = start; i < end; i++) {
      const first = words[i];
      if (first.gazetteerMask !== 0) this.report(i, 1, first.gazetteerMask, found);
      if (!first.gazetteerPrefix) continue;
      let key = first.lower;
      for (let n = 2; n <= this.maxTokens && i + n <= end; n++) {
        // A word that continues no entry ends the search without building the key (no entry or prefix has it).
        if (!words[i + n - 1].gazetteerInner) break;
        key += ' ' + words[i + n - 1].lower;
        const mask = this.entries.get(key);
        if (mask !== undefined) this.report(i, n, mask, found);
        if (!this.prefixes.has(key)) break;
      }
    }
  }

  /** found() for each category of mask, over the n tokens of a match at i. */
  private report(i: number, n: number, mask: number, found: (token: number, category: number, position: number) => void): void {
    for (let c = 0; c < this.categories.length; c++) {
      if (!(mask & (1 << c))) continue;
      if (n === 1) found(i, c, 3);
      else {
        found(i, c, 0);
        for (let k = i + 1; k < i + n - 1; k++) found(k, c, 1);
        found(i + n - 1, c, 2);
      }
    }
  }
}
