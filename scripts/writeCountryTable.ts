/** Regenerates countryTable.json from the installed `world-countries` package. Run after upgrading the package. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCountryTable, type CountrySource } from '../src/extension/countries/countryTable';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const countries = require('world-countries') as CountrySource[];
// Run from out/scripts: the source table is two levels up, under src/.
const target = join(__dirname, '..', '..', 'src', 'extension', 'countries', 'countryTable.json');
writeFileSync(target, JSON.stringify(buildCountryTable(countries)) + '\n');
console.log(`wrote ${countries.length} countries to ${target}`);
