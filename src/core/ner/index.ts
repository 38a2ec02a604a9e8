/**
 * The name recogniser: an averaged-perceptron BILOU tagger (features in ./features, two stages, gazetteers and
 * word clusters) whose weights ship in models/ner.model.gz, loaded lazily once through the platform's loader.
 */
import type { NameSpan, SegmentedText } from '../document';
import { decodeModel, type NerModel } from './model';
import type { NerModelLoader } from './modelLoader';
import { dropPartyAffiliations } from './affiliation';
import { decodeReadyModel, isReadyModel } from './readyModel';
import { tagDocument } from './tagger';

export type { NerModelLoader } from './modelLoader';

export const MODEL_FILE = 'ner.model.gz';

let loader: NerModelLoader | undefined;
let loaded: NerModel | null | undefined;

/** Installs where the model comes from (each platform's entry point, once); the next analysis loads it. */
export function useNerModelLoader(next: NerModelLoader): void {
  loader = next;
  loaded = undefined;
}

/** The shipped model, loaded on first use; null (with one warning) when the loader has no model. */
export function loadNerModel(): NerModel | null {
  if (loaded !== undefined) return loaded;
  if (!loader) {
    // Loud (the analysis reports it in its warnings) rather than an analysis that silently finds no names.
    throw new Error('no name-tagger model loader installed (Node: import src/node/installNerModel; web: src/web/analysisWorker)');
  }
  const bytes = loader.load();
  if (!bytes) {
    console.warn(`article-lens: no name-tagger model in ${loader.description}; names will not be recognised (run npm run train:ner)`);
    loaded = null;
    return loaded;
  }
  // Either the build's ready-to-use file (./readyModel) or the .gz's uncompressed bytes.
  loaded = isReadyModel(bytes) ? decodeReadyModel(bytes) : decodeModel(bytes);
  return loaded;
}

export function recognizeNames(doc: SegmentedText): NameSpan[] {
  const model = loadNerModel();
  return model ? dropPartyAffiliations(doc, tagDocument(model, doc)) : [];
}
