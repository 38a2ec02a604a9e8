import '../../../../src/node/installNerModel';
import * as assert from 'assert';
import * as fs from 'fs';
import { segment } from '../../../../src/core/document';
import { loadNerModel } from '../../../../src/core/ner';
import { ROLES, ROLE_CENTER, ROLE_LEFT1, ROLE_RIGHT1 } from '../../../../src/core/ner/features';
import { MIN_WORD_SLOTS, jointTable, jointWordSlots, wordSlots } from '../../../../src/core/ner/joint';
import type { NerModel } from '../../../../src/core/ner/model';
import { tagLabels, unitsOf } from '../../../../src/core/ner/tagger';
import { SEED } from '../../cli/runCli';

/**
 * The name tagger's memory (issue #10): the document-wide feature arrays hold ids, not word pointers, and keys of
 * their exact count; the joint table's per-word arrays are sized to the words of the current word numbering and
 * shrink back when a new numbering starts, while the labels stay those of the general decoder.
 */
describe('name tagger: memory', function () {
  this.timeout(180_000);
  const seed = fs.readFileSync(SEED, 'utf8');
  const loaded = loadNerModel();

  /** A news-like text of `count` distinct capitalised made-up words (ids the extractor has never seen). */
  function distinctWords(count: number): string {
    const sentences: string[] = [];
    for (let k = 0; k < count; k += 8) {
      const words = Array.from({ length: 8 }, (_, j) => `Q${(k + j).toString(36)}x`);
      sentences.push(`${words.slice(0, 4).join(' ')} met ${words.slice(4).join(' ')} on Monday.`);
    }
    return sentences.join(' ');
  }

  it('keeps each token\'s neighbours as word ids and its keys in an array of their exact length', function () {
    assert.ok(loaded, 'the model did not load');
    const doc = segment(seed);
    const { features: f } = tagLabels(loaded, doc);
    const n = doc.tokens.length;
    assert.strictEqual(f.contextIds.length, n * ROLES);
    for (let i = 0; i < n; i++) {
      assert.strictEqual(f.wordsById[f.contextIds[i * ROLES + ROLE_CENTER]], f.words[i], `centre of token ${i}`);
      const unitStart = unitsOf(doc).some(([s]) => s === i);
      if (!unitStart) assert.strictEqual(f.wordsById[f.contextIds[i * ROLES + ROLE_LEFT1]], f.words[i - 1], `left of token ${i}`);
      assert.ok(f.wordsById[f.contextIds[i * ROLES + ROLE_RIGHT1]], `right neighbour of token ${i}`);
    }
    assert.strictEqual(f.keys.length, f.offsets[n]);
    assert.strictEqual(f.keys.buffer.byteLength, f.keys.byteLength, 'the keys array holds no unused tail');
  });

  it('sizes word slots to the generation: half as many again when fresh, at least twice when growing', function () {
    assert.strictEqual(wordSlots(10, 0), MIN_WORD_SLOTS);
    assert.strictEqual(wordSlots(20_000, 0), 30_000);
    assert.strictEqual(wordSlots(20_001, 30_000), 60_000);
    assert.strictEqual(wordSlots(100_000, 30_000), 150_000);
  });

  it('shrinks its per-word arrays back after a document of many words, with the labels unchanged', function () {
    assert.ok(loaded, 'the model did not load');
    const model: NerModel = loaded;
    // The same weights marked as not whole numbers: the general decoder, no per-word arrays of the joint table.
    const general: NerModel = { ...model, stages: model.stages.map((t) => ({ index: t.index, weights: t.weights, integral: false })) };
    const joint = jointTable(model.stages);
    const small = segment(seed);
    const before = Array.from(tagLabels(model, small).labels);
    assert.deepStrictEqual(before, Array.from(tagLabels(general, small).labels), 'joint and general labels of the seed');
    // More distinct words than the extractor keeps (50,000): the next document starts a new word numbering.
    const big = segment(distinctWords(52_000));
    const bigLabels = tagLabels(model, big).labels;
    const grown = jointWordSlots(joint);
    assert.ok(grown >= 52_000, `slots for every word of the big document (${grown})`);
    assert.ok(bigLabels.some((l) => l !== 0), 'the made-up names are tagged');
    const after = tagLabels(model, small);
    const shrunk = jointWordSlots(joint);
    assert.ok(shrunk < grown / 4, `the per-word arrays shrink back (${grown} → ${shrunk} slots)`);
    assert.ok(shrunk >= after.features.wordCount, 'but keep room for the document\'s words');
    assert.deepStrictEqual(Array.from(after.labels), before, 'the seed\'s labels after the big document');
    // Many documents one after another in one numbering: the labels of each stay those of the general decoder.
    for (let k = 0; k < 6; k++) {
      const doc = segment(`${distinctWords(3_000 + k * 500)} ${seed}`);
      assert.deepStrictEqual(Array.from(tagLabels(model, doc).labels), Array.from(tagLabels(general, doc).labels), `document ${k}`);
    }
    assert.deepStrictEqual(Array.from(tagLabels(model, small).labels), before, 'the seed\'s labels after many documents');
  });
});
