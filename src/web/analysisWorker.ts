/**
 * The analysis worker of VS Code for the Web (bundled to dist/web/analysisWorker.js, an IIFE for a browser Web
 * Worker started from a blob URL by ./webWorkerPlatform.ts): the desktop worker's job, with the name-tagger model
 * handed over by the host (`WorkerInit`) and gunzipped with DecompressionStream. Messages before the model is
 * loaded wait for it, in order.
 */
import { loadNerModel, useNerModelLoader } from '../core/ner';
import { PacedPartSender, isNextPartRequest, type WorkerInbound } from '../extension/analysis/analysisMessages';
import { splitResult } from '../extension/analysis/analysisMessages';
import { computeAnalysis } from '../extension/analysis/analysisResult';
import { gunzip } from './gunzip';
import { isWorkerInit, type WorkerReady } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;

const sender = new PacedPartSender((part, transfer) => self.postMessage(part, transfer));
let ready: Promise<void> | undefined;

async function loadModel(gz: ArrayBuffer | null): Promise<void> {
  const started = performance.now();
  let error: string | undefined;
  try {
    const bytes = gz ? await gunzip(new Uint8Array(gz)) : null;
    useNerModelLoader({ description: 'the extension host (models/ner.model.gz)', load: () => bytes });
    // Decoded now, not in the first analysis, so the model's cost is measured apart and the first article is faster.
    if (bytes) loadNerModel();
    else error = 'models/ner.model.gz was not found in the extension';
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    useNerModelLoader({ description: 'the extension host (failed to load)', load: () => null });
  }
  const message: WorkerReady = { kind: 'ready', modelLoadMs: performance.now() - started, error };
  self.postMessage(message);
}

function handle(message: WorkerInbound): void {
  if (isNextPartRequest(message)) {
    sender.next(message.id);
    return;
  }
  try {
    const result = computeAnalysis(message.text, message.options);
    sender.start(message.id, splitResult(message.id, result));
  } catch (error) {
    self.postMessage({ id: message.id, kind: 'error', error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (isWorkerInit(message)) {
    ready = loadModel(message.model);
    return;
  }
  const run = () => handle(message as WorkerInbound);
  if (ready) void ready.then(run);
  else run();
};
