// An esbuild plugin that bundles `world-countries` (ODbL) with only the fields the analysis core reads
// (src/core/lang/en/nationalities.ts: common name, alternative spellings, English demonyms, UN membership,
// independence, area, languages). The package's countries.json is 1.2 MB of the worker's 1.6 MB bundle, mostly
// translations, currencies and borders; the worker parses and evaluates all of it before its first analysis.
// The country values are copied unchanged, so the analysis is the same (the output hash checks it).
import { createRequire } from 'node:module';

/** Fields of a world-countries entry the core uses; a core change reading another field must add it here. */
export const CORE_COUNTRY_FIELDS = ['name', 'altSpellings', 'demonyms', 'unMember', 'independent', 'area', 'languages'];

export function slimCountries(countries) {
  return countries.map((country) => {
    const slim = {};
    for (const field of CORE_COUNTRY_FIELDS) {
      if (country[field] === undefined) continue;
      if (field === 'name') slim.name = { common: country.name.common, official: country.name.official };
      else if (field === 'demonyms') slim.demonyms = country.demonyms.eng ? { eng: country.demonyms.eng } : {};
      else slim[field] = country[field];
    }
    return slim;
  });
}

export function worldCountriesSlim() {
  return {
    name: 'world-countries-slim',
    setup(build) {
      build.onResolve({ filter: /^world-countries$/ }, () => ({ path: 'world-countries', namespace: 'world-countries-slim' }));
      build.onLoad({ filter: /.*/, namespace: 'world-countries-slim' }, () => {
        const countries = createRequire(import.meta.url)('world-countries');
        return { contents: JSON.stringify(slimCountries(countries)), loader: 'json' };
      });
    },
  };
}
