import '../../../../src/node/installNerModel';
import * as assert from 'assert';
import * as fs from 'fs';
import { segment } from '../../../../src/core/document';
import { loadNerModel } from '../../../../src/core/ner';
import { canTagJointly } from '../../../../src/core/ner/joint';
import type { NerModel } from '../../../../src/core/ner/model';
import { tagLabels, unitsOf } from '../../../../src/core/ner/tagger';
import { SEED } from '../../cli/runCli';

/**
 * The general decoder builds and decodes its weight rows chunk by chunk to bound memory (tagger.ts decodeInChunks):
 * the labels must be those of one pass over the whole document, whatever the chunk size. The shipped model is tagged
 * through the joint table (joint.ts), whose document rows serve every stage and stay whole; the same weights marked
 * as not whole numbers take the general decoder, which is what is chunked.
 */
describe('name tagger: decoding in chunks', function () {
  // The seed twice with a lower-cased copy between: words recur, so docCap and stage 2 look across chunks.
  const seed = fs.readFileSync(SEED, 'utf8');
  const text = `${seed}\n\n${seed.toLowerCase()}\n\n${seed}`;
  const doc = segment(text);
  const loaded = loadNerModel();
  const model: NerModel | null = loaded && { ...loaded, stages: loaded.stages.map((t) => ({ index: t.index, weights: t.weights, integral: false })) };

  it('gives the same labels in chunks of any size as in one pass', function () {
    assert.ok(model, 'the model did not load');
    assert.ok(!canTagJointly(model.stages), 'the test model must take the general (chunked) decoder');
    const units = unitsOf(doc);
    assert.ok(units.length > 20, `too few units to chunk: ${units.length}`);
    const whole: Uint8Array = tagLabels(model, doc, Infinity, Infinity).labels;
    assert.ok(whole.some((l, i) => l !== whole[0] && i > 0), 'the whole-document labels are all alike: nothing was tagged');
    for (const chunkTokens of [1, 7, 64, 500]) {
      const chunked: Uint8Array = tagLabels(model, doc, Infinity, chunkTokens).labels;
      assert.deepStrictEqual(Array.from(chunked), Array.from(whole), `chunks of ${chunkTokens} tokens changed labels`);
    }
  });

  it('gives each model stage the same labels in chunks (the auxiliary tagger and stage 1 alone too)', function () {
    assert.ok(model);
    for (let upTo = 1; upTo <= model.stages.length; upTo++) {
      const whole: Uint8Array = tagLabels(model, doc, upTo, Infinity).labels;
      assert.deepStrictEqual(Array.from(tagLabels(model, doc, upTo, 13).labels), Array.from(whole), `stages up to ${upTo}`);
    }
  });
});
