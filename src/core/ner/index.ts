/**
 * The name recogniser: an averaged-perceptron BILOU tagger (features in ./features, two stages, gazetteers and
 * word clusters) whose weights ship in models/ner.model.gz, loaded lazily once.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { NameSpan, SegmentedText } from '../document';
import { deserializeModel, type NerModel } from './model';
import { tagDocument } from './tagger';

export const MODEL_FILE = 'ner.model.gz';

/** models/ner.model.gz in the nearest folder above `from` that has one (out/src/core/ner, dist, ...). */
export function findModelFile(from: string = __dirname): string | null {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'models', MODEL_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

let loaded: NerModel | null | undefined;

/** The shipped model, loaded on first use; null (with one warning) when the file is missing. */
export function loadNerModel(): NerModel | null {
  if (loaded !== undefined) return loaded;
  const file = findModelFile();
  if (!file) {
    console.warn(`article-lens: models/${MODEL_FILE} not found; names will not be recognised (run npm run train:ner)`);
    loaded = null;
    return loaded;
  }
  loaded = deserializeModel(fs.readFileSync(file));
  return loaded;
}

export function recognizeNames(doc: SegmentedText): NameSpan[] {
  const model = loadNerModel();
  return model ? tagDocument(model, doc) : [];
}
