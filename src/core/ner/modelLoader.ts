/**
 * Where the name tagger's model bytes come from. The core reads no files and decompresses nothing itself: it runs
 * in Node (CLI, tests, the desktop extension's worker thread) and in a browser Web Worker (VS Code for the Web)
 * alike, so each platform's entry point installs a loader once (`useNerModelLoader` in ./index). Node reads
 * models/ner.model.gz with fs and gunzips it with zlib (src/node/nerModelFile.ts); the web worker gets the file's
 * bytes from the extension host (workspace.fs) and gunzips them with DecompressionStream (src/web/).
 */
export interface NerModelLoader {
  /** Where the model is read from, for messages. */
  readonly description: string;
  /** The model's gunzipped bytes (the format of ./model's `decodeModel`), or null when there is no model. */
  load(): Uint8Array | null;
}
