/**
 * Country facts for hover cards: a place named like a country ("France", "the United States"), or a nationality
 * whose entity links to one (`country`), gets its capital, region and subregion. Pure. The table is ~30 KB; the
 * lookup maps are built on the first hover, not at activation.
 */
import type { Entity } from '../../core/types';
import type { CountryRow } from './countryTable';
import countryTable from './countryTable.json';

export interface CountryFacts {
  name: string;
  officialName: string;
  capitals: string[];
  region: string;
  subregion: string;
}

interface CountryLookup {
  byName: Map<string, CountryRow>;
  byCode: Map<string, CountryRow>;
}

let lookup: CountryLookup | undefined;

function getLookup(): CountryLookup {
  if (lookup) return lookup;
  const rows = countryTable as CountryRow[];
  const byName = new Map<string, CountryRow>();
  const byCode = new Map<string, CountryRow>();
  for (const row of rows) {
    const [common, official, cca2, cca3, , , , demonym, altNames] = row;
    for (const name of [common, official, ...altNames]) {
      if (!byName.has(normalize(name))) byName.set(normalize(name), row);
    }
    // Demonyms after names so "Niger"/"Nigerien" style clashes never shadow a country's own name.
    if (demonym && !byName.has(normalize(demonym))) byName.set(normalize(demonym), row);
    byCode.set(cca2, row);
    byCode.set(cca3, row);
  }
  lookup = { byName, byCode };
  return lookup;
}

function normalize(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function toFacts(row: CountryRow): CountryFacts {
  return { name: row[0], officialName: row[1], capitals: row[4], region: row[5], subregion: row[6] };
}

/** Facts for a country named `name` (its common or official name, another spelling, or its demonym). */
export function findCountryByName(name: string): CountryFacts | undefined {
  const row = getLookup().byName.get(normalize(name));
  return row ? toFacts(row) : undefined;
}

/** Facts for an ISO 3166 alpha-2/alpha-3 code or a country name. */
export function findCountry(nameOrCode: string): CountryFacts | undefined {
  const trimmed = nameOrCode.trim();
  if (/^[A-Z]{2,3}$/.test(trimmed)) {
    const row = getLookup().byCode.get(trimmed);
    if (row) return toFacts(row);
  }
  return findCountryByName(trimmed);
}

/**
 * The country an entity stands for, if any: a LOCATION whose canonical name is a country, or any entity linked to a
 * country by the analysis (a MISC nationality such as "French" → France).
 */
export function countryOfEntity(entity: Entity): CountryFacts | undefined {
  if (entity.country) return findCountry(entity.country);
  if (entity.type === 'LOCATION') return findCountryByName(entity.name);
  return undefined;
}
