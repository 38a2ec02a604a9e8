/**
 * Name keys for identity across articles: the same name written differently ("Élysée"/"Elysee", "O’Brien"/"O'Brien",
 * "MACRON"/"Macron", "President Macron"/"Macron") gets the same key, and a person's name splits into the tokens the
 * joining rules look at (first, last). Pure.
 */
import { TITLES_BEFORE_NAME_ACROSS_ARTICLES } from '../lang/en/honorifics';

/** Titles and honorifics that can open a person's name in a headline or a mention but are not part of the name. */
const TITLES = new Set(TITLES_BEFORE_NAME_ACROSS_ARTICLES);

/** Generational suffixes: "Martin Luther King Jr." has the surname King. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior']);

/**
 * Keys already computed: a workspace repeats the same few thousand names tens of thousands of times, and identity is
 * worked out again after every change. Bounded, so a pathological workspace cannot grow it without end.
 */
const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 200_000;

/** Lower case, accents off, apostrophes and dots dropped, other punctuation (hyphens too) a space, spaces collapsed. */
export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    key = computeNameKey(name);
    keyCache.set(name, key);
  }
  return key;
}

function computeNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A person's name as tokens without leading titles or trailing suffixes (never empty for a non-empty key). */
export function personTokens(name: string): string[] {
  const tokens = nameKey(name).split(' ').filter(Boolean);
  let first = 0;
  while (first < tokens.length - 1 && TITLES.has(tokens[first])) first++;
  let last = tokens.length;
  while (last - 1 > first && SUFFIXES.has(tokens[last - 1])) last--;
  return tokens.slice(first, last);
}

/** The surname a bare mention would use: the last token that is not a suffix. */
export function surnameOf(tokens: readonly string[]): string {
  return tokens[tokens.length - 1] ?? '';
}
