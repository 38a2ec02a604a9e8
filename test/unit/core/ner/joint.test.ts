/**
 * Joint tagging (src/core/ner/joint.ts: all stages through one table, cached partial sums) must pick exactly the
 * labels of the general decoder (decode.ts, every key hashed per token) on the shipped model, stage by stage,
 * on documents in every case mode, one after another in one process (the per-word caches carried across them).
 */
import '../../../../src/node/installNerModel';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { segment } from '../../../../src/core/document';
import { loadNerModel } from '../../../../src/core/ner';
import { canTagJointly } from '../../../../src/core/ner/joint';
import type { NerModel } from '../../../../src/core/ner/model';
import { tagLabels } from '../../../../src/core/ner/tagger';
import { REPO_ROOT } from '../../../../scripts/eval/paths';

const SEEDS = path.join(REPO_ROOT, 'seeds');

/** The seed articles and variants of them in each case mode, with sentences shuffled into new neighbours. */
function documents(): string[] {
  const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
  const out: string[] = [];
  for (const text of seeds) {
    const sentences = text.split(/(?<=[.!?])\s+/);
    const shuffled = sentences.map((s, i) => sentences[(i * 7 + 3) % sentences.length]).join(' ');
    const title = text.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    out.push(text, text.toUpperCase(), text.toLowerCase(), title, shuffled, `${sentences.slice(0, 3).join(' ').toUpperCase()}\n\n${shuffled}`);
  }
  return out;
}

describe('name recogniser: joint tagging', function () {
  this.timeout(120_000);

  it('labels every token as the general decoder does, at each stage, across documents', function () {
    const model = loadNerModel();
    assert.ok(model, 'the shipped model loads');
    assert.ok(canTagJointly(model.stages), 'the shipped model is tagged jointly');
    // The same weights marked as not whole numbers: tagLabels then takes the general decoder.
    const general: NerModel = { ...model, stages: model.stages.map((t) => ({ index: t.index, weights: t.weights, integral: false })) };
    assert.ok(!canTagJointly(general.stages));
    let named = 0;
    for (const text of documents()) {
      const doc = segment(text);
      for (let upTo = 1; upTo <= model.stages.length; upTo++) {
        const joint: Uint8Array = tagLabels(model, doc, upTo).labels;
        const plain: Uint8Array = tagLabels(general, doc, upTo).labels;
        assert.deepStrictEqual(Array.from(joint), Array.from(plain), `stage ${upTo} of a ${text.length}-character document`);
        named += joint.filter((l) => l !== 0).length;
      }
    }
    assert.ok(named > 100, `the documents have names (${named} labelled tokens)`);
  });

  it('leaves tables with hard constraints (the training ablation) to the general decoder', function () {
    const model = loadNerModel()!;
    assert.ok(!canTagJointly(model.stages.map((t) => ({ ...t, constrained: true }))));
  });
});
