import '../../../../src/node/installNerModel';
import * as assert from 'assert';
import { recognizeNames } from '../../../../src/core/ner';
import { conllDevDocuments, recognizerSpans, scoreConllDev } from '../../../../scripts/eval/conll';
import { gmbFile, scoreGmbHeldOut } from '../../../../scripts/eval/gmb';
import { polnearNameDocuments, scorePolnearNameSpans } from '../../../../scripts/eval/polnearNames';
import type { SectionResult } from '../../../../scripts/eval/report';

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
  ['CoNLL-2003 dev', 'F1 PER', 0.955],
  ['CoNLL-2003 dev', 'F1 ORG', 0.875],
  ['CoNLL-2003 dev', 'F1 LOC', 0.96],
  ['CoNLL-2003 dev', 'F1 MISC', 0.87],
  ['CoNLL-2003 dev, lower-cased', 'F1 overall', 0.865],
  ['CoNLL-2003 dev, upper-cased', 'F1 overall', 0.88],
  ['CoNLL-2003 dev, title-cased', 'F1 overall', 0.865],
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
  ['F1 overall', 0.6],
  ['F1 PER', 0.425],
  ['F1 ORG', 0.51],
  ['F1 LOC', 0.695],
  ['F1 overall (overlap)', 0.72],
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

// Modern-news name gold (hand-annotated PolNeAR train articles, test/gold/polnear-names; never tuned on).
const MODERN_FLOORS: [string, number][] = [
  ['F1 overall', 0.845],
  ['names typed right', 0.83],
];

describe('name recogniser: modern-news name gold floors', function () {
  let sections: SectionResult[];
  before(function () {
    const docs = polnearNameDocuments();
    if (typeof docs === 'string') {
      console.log(`    (skipped: ${docs})`);
      this.skip();
    }
    sections = scorePolnearNameSpans(recognizerSpans(recognizeNames));
  });
  for (const [name, floor] of MODERN_FLOORS) {
    it(`modern-news gold: ${name} ≥ ${floor}`, function () {
      const section = sections[0];
      assert.ok('metrics' in section, 'modern gold skipped');
      const value = metric(sections, section.corpus, name);
      assert.ok(value >= floor, `modern gold ${name} = ${value.toFixed(4)} < ${floor}`);
    });
  }
});
