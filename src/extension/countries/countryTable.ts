/**
 * The compact country table the hover cards use: the few fields of `world-countries` (ODbL) a reader wants, so
 * the extension bundle carries ~30 KB instead of the package's 1.4 MB countries.json. Generated from the package by
 * `node out/scripts/writeCountryTable.js`; a unit test fails when the two drift apart.
 */

/** One row: [common name, official name, cca2, cca3, capitals, region, subregion, English demonym, other names]. */
export type CountryRow = [string, string, string, string, string[], string, string, string, string[]];

export interface CountrySource {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  capital: string[];
  region: string;
  subregion: string;
  altSpellings: string[];
  demonyms?: { [language: string]: { f: string; m: string } };
}

const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s.'’()-]+$/u;

export function buildCountryTable(countries: readonly CountrySource[]): CountryRow[] {
  return countries
    .map((c): CountryRow => {
      const altNames = c.altSpellings.filter(
        (s) => s !== c.cca2 && s !== c.name.common && s !== c.name.official && LATIN_NAME.test(s),
      );
      return [
        c.name.common,
        c.name.official,
        c.cca2,
        c.cca3,
        c.capital,
        c.region,
        c.subregion,
        c.demonyms?.eng?.m ?? '',
        altNames,
      ];
    })
    .sort((a, b) => a[0].localeCompare(b[0], 'en'));
}
