import '../../src/node/installNerModel';
import * as assert from 'assert';
import { recognizeNames } from '../../src/core/ner';
import { conllDevDocuments, recognizerSpans, scoreConllDev } from '../../src/eval/conll';
import { gmbFile, scoreGmbHeldOut } from '../../src/eval/gmb';
import type { SectionResult } from '../../src/eval/report';

/**
 * Accuracy floors on the corpora, just below what the shipped model reaches (docs/ner.md has the figures):
 * a drop means the tagger, its features or the tokenizer got worse.
 */
function metric(sections: SectionResult[], corpus: string, name: string): number {
  const section = sections.find((s) => s.corpus === corpus);
  assert.ok(section && 'metrics' in section, `no section ${corpus}`);
  const m = section.metrics.find((x) => x.name === name);
  assert.ok(m, `no metric ${name} in ${corpus}`);
  return m.value;
}

const FLOORS: [string, string, number][] = [
  ['CoNLL-2003 dev', 'F1 overall', 0.925],
  ['CoNLL-2003 dev', 'F1 PER', 0.945],
  ['CoNLL-2003 dev', 'F1 ORG', 0.87],
  ['CoNLL-2003 dev', 'F1 LOC', 0.96],
  ['CoNLL-2003 dev', 'F1 MISC', 0.875],
  ['CoNLL-2003 dev, lower-cased', 'F1 overall', 0.85],
  ['CoNLL-2003 dev, upper-cased', 'F1 overall', 0.86],
  ['CoNLL-2003 dev, title-cased', 'F1 overall', 0.855],
];

describe('name recogniser: CoNLL-2003 dev floors', function () {
  let sections: SectionResult[];
  before(function () {
    if (!conllDevDocuments()) {
      console.log('    (skipped: ../shared/eval/conll2003/eng.testa not found)');
      this.skip();
    }
    sections = scoreConllDev(recognizerSpans(recognizeNames), {}, ['as-is', 'lower', 'upper', 'title']);
  });
  for (const [corpus, name, floor] of FLOORS) {
    it(`${corpus}: ${name} ≥ ${floor}`, function () {
      const value = metric(sections, corpus, name);
      assert.ok(value >= floor, `${corpus} ${name} = ${value.toFixed(4)} < ${floor}`);
    });
  }
});

const GMB_FLOORS: [string, number][] = [
  ['F1 overall', 0.595],
  ['F1 PER', 0.425],
  ['F1 ORG', 0.505],
  ['F1 LOC', 0.69],
];

describe('name recogniser: GMB held-out floors', function () {
  let sections: SectionResult[];
  before(function () {
    if (!gmbFile()) {
      console.log('    (skipped: ../shared/eval/gmb/ner_dataset.csv not found)');
      this.skip();
    }
    sections = scoreGmbHeldOut(recognizerSpans(recognizeNames));
  });
  for (const [name, floor] of GMB_FLOORS) {
    it(`GMB held-out: ${name} ≥ ${floor}`, function () {
      const value = metric(sections, 'GMB held-out (last 10%)', name);
      assert.ok(value >= floor, `GMB ${name} = ${value.toFixed(4)} < ${floor}`);
    });
  }
});
