/**
 * `npm run train:ner` must rebuild models/ner.model.gz byte for byte: the same training, run twice in one process
 * on a slice of eng.train, gives identical model bytes (feature extraction, the seeded perceptron, pruning,
 * quantisation and the file encoding), while a different shuffle seed gives other bytes, so the comparison can fail.
 * Skips, saying so, when ../shared is absent.
 */
import * as assert from 'assert';
import * as path from 'path';
import { readConll } from '../../../../scripts/eval/conll';
import { corpusDir } from '../../../../scripts/eval/paths';
import { buildModel, type ModelHeader, type ModelResources } from '../../../../src/core/ner/model';
import { unitsOf } from '../../../../src/core/ner/tagger';
import { serializeModel } from '../../../../src/node/nerModelFile';
import { labeledDocument } from '../../../../scripts/ner/corpus';
import { pruneStage, trainStage, type TrainingItem } from '../../../../scripts/ner/perceptron';

describe('name tagger training: deterministic', function () {
  this.timeout(120_000);
  let documents: ReturnType<typeof readConll> = [];
  before(function () {
    const dir = corpusDir('conll2003');
    if (!dir) {
      console.log('    (skipped: ../shared/eval/conll2003 not found)');
      this.skip();
    }
    documents = readConll(path.join(dir!, 'eng.train')).slice(0, 40);
  });

  /** A small stage-1 model trained from scratch (fresh extractor, fresh feature index) on the slice. */
  function trainedBytes(seed: number): Buffer {
    const header: ModelHeader = { version: 1, gazetteer: null, clusters: null, stages: [], roles: ['stage1'], titleMode: true, notes: { test: true } };
    const resources: ModelResources = { gazetteer: null, clusters: null, embedding: null };
    const base = buildModel(header, [], resources);
    const items: TrainingItem[] = documents.flatMap((d) => [labeledDocument(d, 'as-is'), labeledDocument(d, 'lower')]).map((ld) => {
      const units = unitsOf(ld.doc);
      return { features: base.extractor.extract(ld.doc.tokens.map((t) => t.text), units), units, gold: ld.labels, extra: null };
    });
    const stage = pruneStage(trainStage(items, { epochs: 2, minCount: 1, seed }), 0.02);
    return serializeModel(header, resources, [{ keys: stage.keys, weights: stage.table.weights }]);
  }

  it('gives the same model bytes for the same training run twice, and other bytes for another seed', function () {
    const first = trainedBytes(1), second = trainedBytes(1);
    assert.ok(first.length > 1000, 'the model is not empty');
    assert.ok(first.equals(second), 'two identical training runs gave different model bytes');
    assert.ok(!first.equals(trainedBytes(2)), 'another shuffle seed gave the same bytes: the comparison could not fail');
  });
});
