/**
 * The analysis worker of VS Code for the Web (bundled to dist/web/analysisWorker.js, an IIFE for a browser Web
 * Worker started from a blob URL by ./webWorkerPlatform.ts): the desktop worker's job (src/extension/analysis/
 * analysisWorker.ts: the opening's preview, paced parts, a warm-up while idle), with the name-tagger model handed
 * over by the host (`WorkerInit`) and gunzipped with DecompressionStream. Messages before the model is loaded wait
 * for it, in order.
 */
import type { WorkerInbound } from '../extension/analysis/analysisMessages';
import { analysisRequestHandler } from '../extension/analysis/analysisRequestHandler';
import { computeAnalysis } from '../extension/analysis/computeAnalysis';
import { WARM_UP_ARTICLE } from '../extension/analysis/warmUpArticle';
import { installWebNerModel } from './webNerModel';
import { isWorkerInit, type WebWorkerReady } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;

const requests = analysisRequestHandler((part, transfer) => self.postMessage(part, transfer));
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

self.onmessage = (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (isWorkerInit(message)) {
    ready = loadModel(message.model);
    return;
  }
  const run = () => requests.handle(message as WorkerInbound);
  if (ready) {
    waiting++;
    void ready.then(run);
  } else {
    run();
  }
};
