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

export class Gazetteer {
  readonly categories: string[];
  private readonly entries = new Map<string, number>();
  /** Proper prefixes of multi-token entries: matching continues only while the prefix is in here. */
  private readonly prefixes = new Set<string>();
  private maxTokens = 1;

  constructor(data: GazetteerData) {
    this.categories = data.categories;
    for (const [key, mask] of data.entries) {
      this.entries.set(key, (this.entries.get(key) ?? 0) | mask);
      const parts = key.split(' ');
      this.maxTokens = Math.max(this.maxTokens, parts.length);
      for (let n = 1; n < parts.length; n++) this.prefixes.add(parts.slice(0, n).join(' '));
    }
  }

  /**
   * Calls found(tokenIndex, category, position) for every token of every match inside [start, end); position is
   * 0 begin, 1 inside, 2 last, 3 unit (single-token match).
   */
  match(lowers: string[], start: number, end: number, found: (token: number, category: number, position: number) => void): void {
    for (let i = start; i < end; i++) {
      let key = lowers[i];
      for (let n = 1; n <= this.maxTokens && i + n <= end; n++) {
        if (n > 1) key += ' ' + lowers[i + n - 1];
        const mask = this.entries.get(key);
        if (mask !== undefined) {
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
        if (!this.prefixes.has(key)) break;
      }
    }
  }
}
