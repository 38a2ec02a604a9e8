import * as assert from 'node:assert/strict';
import { buildCountryTable, type CountrySource } from '../../../../src/extension/countries/countryTable';
import { countryOfEntity, findCountry, findCountryByName } from '../../../../src/extension/countries/countryFacts';
import shippedTable from '../../../../src/extension/countries/countryTable.json';

describe('extension country facts', () => {
  it('the shipped compact table matches the installed world-countries package', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const countries = require('world-countries') as CountrySource[];
    assert.deepEqual(shippedTable, JSON.parse(JSON.stringify(buildCountryTable(countries))),
      'regenerate with: npx tsc -p . && node out/scripts/writeCountryTable.js');
  });

  it('finds countries by common, official and other names, demonym and ISO code', () => {
    assert.equal(findCountryByName('France')?.capitals[0], 'Paris');
    assert.equal(findCountryByName('the French Republic')?.name, 'France');
    assert.equal(findCountryByName('United States of America')?.name, 'United States');
    assert.equal(findCountryByName('Russian')?.name, 'Russia');
    assert.equal(findCountry('UA')?.name, 'Ukraine');
    assert.equal(findCountry('DEU')?.region, 'Europe');
    assert.equal(findCountryByName('Berlin'), undefined);
  });

  it('links a LOCATION by name and any entity by its country field, but not a person named like a country', () => {
    assert.equal(countryOfEntity({ id: 'a', type: 'LOCATION', name: 'Iran', mentions: [] })?.subregion, 'Southern Asia');
    assert.equal(countryOfEntity({ id: 'b', type: 'MISC', name: 'Ukrainian', country: 'Ukraine', mentions: [] })?.capitals[0], 'Kyiv');
    assert.equal(countryOfEntity({ id: 'c', type: 'PERSON', name: 'Jordan', mentions: [] }), undefined);
  });
});
