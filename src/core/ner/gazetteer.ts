/**
 * Gazetteers: lists of known names (countries, cities, regions, nationalities, first names) matched over
 * lower-cased token sequences, so they keep working on all-caps or all-lower text. A match is only evidence:
 * the tagger weighs it against context ("Jordan" the country, "Jordan" the player).
 */
import { hashString } from './hash';
import { KeyIndex } from './key-index';

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

/**
 * The shipped form of a gazetteer: hashes only (hashString of the lower-cased tokens joined by single spaces), so
 * the model holds no readable list. entryMasks[i] is the category mask of entryKeys[i].
 */
export interface HashedGazetteer {
  categories: string[];
  entryKeys: Uint32Array;
  entryMasks: Uint16Array;
  /** Proper prefixes of multi-token entries. */
  prefixKeys: Uint32Array;
  /** Words found after the first of a multi-word entry. */
  innerKeys: Uint32Array;
  maxTokens: number;
}

/** Hashes a gazetteer's entries (training time); categories beyond 16 do not fit the masks. */
export function hashGazetteer(data: GazetteerData): HashedGazetteer {
  if (data.categories.length > 16) throw new Error('gazetteer: more than 16 categories');
  const entries = new Map<number, number>();
  const prefixes = new Set<number>(), inner = new Set<number>();
  let maxTokens = 1;
  for (const [key, mask] of data.entries) {
    const h = hashString(key);
    entries.set(h, (entries.get(h) ?? 0) | mask);
    const parts = key.split(' ');
    maxTokens = Math.max(maxTokens, parts.length);
    for (let n = 1; n < parts.length; n++) {
      prefixes.add(hashString(parts.slice(0, n).join(' ')));
      inner.add(hashString(parts[n]));
    }
  }
  const entryKeys = Uint32Array.from([...entries.keys()].sort((a, b) => a - b));
  const entryMasks = Uint16Array.from(entryKeys, (k) => entries.get(k) as number);
  const sorted = (s: Set<number>) => Uint32Array.from([...s].sort((a, b) => a - b));
  return { categories: data.categories, entryKeys, entryMasks, prefixKeys: sorted(prefixes), innerKeys: sorted(inner), maxTokens };
}

/** A gazetteer's lookup tables as built (written as they are by the ready-to-use model file, ./readyModel). */
export interface GazetteerTables {
  categories: string[];
  entries: KeyIndex;
  /** Category mask per entries row. */
  masks: Uint16Array;
  prefixes: KeyIndex;
  innerWords: KeyIndex;
  maxTokens: number;
}

function keySet(keys: Uint32Array): KeyIndex {
  const index = new KeyIndex(keys.length);
  for (const k of keys) index.add(k);
  return index;
}

export class Gazetteer {
  readonly categories: string[];
  private readonly entries: KeyIndex;
  private readonly masks: Uint16Array;
  /** Proper prefixes of multi-token entries: matching continues only while the prefix is in here. */
  private readonly prefixes: KeyIndex;
  /** Words found after the first of a multi-word entry. */
  private readonly innerWords: KeyIndex;
  private readonly maxTokens: number;

  constructor(data: GazetteerData | HashedGazetteer | GazetteerTables) {
    if ('entries' in data && !Array.isArray(data.entries)) {
      const t = data as GazetteerTables;
      if (t.masks.length !== t.entries.size) throw new Error(`gazetteer: ${t.masks.length} masks for ${t.entries.size} entries`);
      this.categories = t.categories;
      this.entries = t.entries;
      this.masks = t.masks;
      this.prefixes = t.prefixes;
      this.innerWords = t.innerWords;
      this.maxTokens = t.maxTokens;
      return;
    }
    const h = 'entries' in data ? hashGazetteer(data as GazetteerData) : data;
    this.categories = h.categories;
    this.entries = keySet(h.entryKeys);
    this.masks = h.entryMasks;
    this.prefixes = keySet(h.prefixKeys);
    this.innerWords = keySet(h.innerKeys);
    this.maxTokens = h.maxTokens;
  }

  /** The lookup tables, for writing them as they are. */
  tables(): GazetteerTables {
    return { categories: this.categories, entries: this.entries, masks: this.masks, prefixes: this.prefixes, innerWords: this.innerWords, maxTokens: this.maxTokens };
  }

  private mask(key: string): number {
    const row = this.entries.get(hashString(key));
    return row < 0 ? -1 : this.masks[row];
  }

  /** Categories (bit mask) of the single-word entry lower, 0 when it is none. */
  singleMask(lower: string): number {
    return Math.max(0, this.mask(lower));
  }

  /** Whether some multi-word entry starts with these words (lower-cased, joined by single spaces). */
  isPrefix(key: string): boolean {
    return this.prefixes.get(hashString(key)) >= 0;
  }

  /**
   * Whether lower may continue a multi-word entry: some entry has it after its first word (or it holds a space, and
   * so could end such a key some other way).
   */
  isInner(lower: string): boolean {
    return this.innerWords.get(hashString(lower)) >= 0 || lower.includes(' ');
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
        const mask = this.mask(key);
        if (mask >= 0) this.report(i, n, mask, found);
        if (!this.isPrefix(key)) break;
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
