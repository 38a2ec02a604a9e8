/**
 * Nationality adjectives and country names from the world-countries gazetteer: "French" → France,
 * "North Korean" → North Korea, "Russians" → Russia. CoNLL-2003 tags nationality adjectives MISC and links
 * nothing; the country link lets a reader (and the nominal resolver) connect "the French leader" to France.
 */
import countries from 'world-countries';

interface Gazetteer {
  /** demonym (as written, singular and plural) → country common name */
  demonyms: Map<string, string>;
  /** country name or short alternative spelling → country common name */
  countryNames: Map<string, string>;
  /** the longest demonym in tokens */
  maxDemonymWords: number;
  /** every proper prefix of a demonym ("North", "North Kor"): what a phrase's first token must be */
  demonymPrefixes: Set<string>;
}

let gazetteer: Gazetteer | null = null;

function load(): Gazetteer {
  const demonyms = new Map<string, string>();
  const countryNames = new Map<string, string>();
  let maxDemonymWords = 1;
  // Sovereign states first, so "French" is France rather than the French Southern and Antarctic Lands.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent) || b.area - a.area);
  for (const country of ordered) {
    const name = country.name.common;
    if (!countryNames.has(name)) countryNames.set(name, name);
    for (const alt of country.altSpellings ?? []) {
      // Only spellings a news text uses: words in Latin letters, not codes like "FR" (but keep "US", "UK", "USA").
      if ((/^[A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(alt) || /^(?:US|USA|UK)$/.test(alt)) && !countryNames.has(alt)) countryNames.set(alt, name);
    }
    const eng = country.demonyms?.eng;
    if (!eng) continue;
    for (const demonym of new Set([eng.m, eng.f])) {
      if (!demonym || !/^\p{Lu}/u.test(demonym)) continue;
      if (!demonyms.has(demonym)) demonyms.set(demonym, name);
      // "Russians", "Israelis": plurals of -an and -i demonyms are nouns CoNLL also tags MISC.
      if (/(?:an|i)$/.test(demonym) && !demonyms.has(demonym + 's')) demonyms.set(demonym + 's', name);
      maxDemonymWords = Math.max(maxDemonymWords, demonym.split(' ').length);
    }
  }
  countryNames.set('U.S.', 'United States');
  countryNames.set('U.K.', 'United Kingdom');
  const demonymPrefixes = new Set<string>();
  for (const demonym of demonyms.keys()) for (let k = 1; k < demonym.length; k++) demonymPrefixes.add(demonym.slice(0, k));
  return { demonyms, countryNames, maxDemonymWords, demonymPrefixes };
}

function get(): Gazetteer {
  return (gazetteer ??= load());
}

/** The country a nationality adjective refers to ("French" → "France"), or null. */
export function countryOfDemonym(word: string): string | null {
  return get().demonyms.get(word) ?? null;
}

/** The country a name denotes ("France", "Russia", "U.S." → "United States"), or null. */
export function countryOfName(name: string): string | null {
  return get().countryNames.get(name) ?? null;
}

export function maxDemonymWords(): number {
  return get().maxDemonymWords;
}

/** Whether some demonym is longer than `text` and starts with it: only then can a phrase starting with `text` be one. */
export function beginsLongerDemonym(text: string): boolean {
  return get().demonymPrefixes.has(text);
}

let languageNames: Set<string> | null = null;

/** Whether a word names a language ("English", "Arabic", "Pashto") — MISC in CoNLL-2003, and never a place. */
export function isLanguageName(word: string): boolean {
  if (!languageNames) {
    languageNames = new Set<string>();
    for (const country of countries) for (const language of Object.values(country.languages ?? {})) languageNames.add(language);
  }
  return languageNames.has(word);
}
