/**
 * The analysis worker of VS Code for the Web (bundled to dist/web/analysisWorker.js, an IIFE for a browser Web
 * Worker started from a blob URL by ./webWorkerPlatform.ts): the desktop worker's job (src/extension/analysis/
 * analysisWorker.ts: the opening's preview, paced parts, a warm-up while idle), with the name-tagger model handed
 * over by the host (`WorkerInit`) and gunzipped with DecompressionStream. Messages before the model is loaded wait
 * for it, in order.
 */
import {
  PacedPartSender, isNextPartRequest, splitResult, type AnalysisPart, type WorkerInbound,
} from '../extension/analysis/analysisMessages';
import { computeAnalysis, computeHighlights } from '../extension/analysis/computeAnalysis';
import { openingLength } from '../extension/analysis/articleOpening';
import { WARM_UP_ARTICLE } from '../extension/analysis/warmUpArticle';
import { installWebNerModel } from './webNerModel';
import { isWorkerInit, type WebWorkerReady } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;

const sender = new PacedPartSender((part, transfer) => self.postMessage(part, transfer));
let ready: Promise<void> | undefined;
/** Requests that arrived while the model was loading: when there are some, the warm-up is skipped. */
let waiting = 0;

async function loadModel(gz: ArrayBuffer | null): Promise<void> {
  const started = performance.now();
  const error = await installWebNerModel(gz);
  const loaded = performance.now();
  let warmUpMs: number | undefined;
  if (waiting === 0 && !error) {
    try {
      computeAnalysis(WARM_UP_ARTICLE, {});
      warmUpMs = Math.round(performance.now() - loaded);
    } catch {
      // A failing warm-up changes nothing: the real analysis reports its own errors.
    }
  }
  const message: WebWorkerReady = { kind: 'ready', modelMs: Math.round(loaded - started), warmUpMs, error };
  self.postMessage(message);
}

function handle(message: WorkerInbound): void {
  if (isNextPartRequest(message)) {
    sender.next(message.id);
    return;
  }
  try {
    const opening = message.preview ? openingLength(message.text) : undefined;
    if (opening !== undefined) {
      const decorations = computeHighlights(message.text.slice(0, opening), message.options);
      const preview: AnalysisPart = { id: message.id, kind: 'preview', decorations, length: opening };
      self.postMessage(preview, [...new Set(Object.values(decorations).map((a) => a.buffer as ArrayBuffer))]);
    }
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
  if (ready) {
    waiting++;
    void ready.then(run);
  } else {
    run();
  }
};
