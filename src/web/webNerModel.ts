/**
 * The name tagger's model in a nested Web Worker of VS Code for the Web: the host reads the model through
 * workspace.fs and hands it over (a worker started from a blob URL cannot read the extension's files); the worker
 * uses the build's ready-to-use file (dist/ner.model.bin) as it is, or gunzips models/ner.model.gz with
 * DecompressionStream, and installs it as the core's model loader. Shared by the analysis worker and the story workers.
 */
import { loadNerModel, useNerModelLoader } from '../core/ner';
import { isReadyModel } from '../core/ner/readyModel';
import { gunzip } from './gunzip';

/** Installs the model (ready-made or gzip); resolves to why there is none, or undefined when it loaded. */
export async function installWebNerModel(model: ArrayBuffer | null): Promise<string | undefined> {
  try {
    const file = model ? new Uint8Array(model) : null;
    const bytes = file ? (isReadyModel(file) ? file : await gunzip(file)) : null;
    useNerModelLoader({ description: 'the extension host (models/ner.model.gz)', load: () => bytes });
    if (!bytes) return 'models/ner.model.gz was not found in the extension';
    // Decoded now, not in the first analysis, so the model's cost is measured apart and the first article is faster.
    loadNerModel();
    return undefined;
  } catch (e) {
    useNerModelLoader({ description: 'the extension host (failed to load)', load: () => null });
    return e instanceof Error ? e.message : String(e);
  }
}
