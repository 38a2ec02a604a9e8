/**
 * The analysis worker (bundled to dist/analysisWorker.js): runs the analysis off the extension host's thread so a
 * large article never freezes the editor, and sends the result back in bounded parts (see analysisMessages.ts).
 * Loaded with `require` on the main thread it simply exports `computeAnalysis`: the in-process fallback.
 * On start it loads the name model at once (about a second), so that a worker started ahead of the first article
 * (at activation) has it ready (the first analysis would load it anyway), and warms the analyser up while idle.
 */
import '../../node/installNerModel';
import { parentPort, receiveMessageOnPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { loadNerModel } from '../../core/ner';
import { computeAnalysis } from './computeAnalysis';
import { analysisRequestHandler } from './analysisRequestHandler';
import { WARM_UP_ARTICLE } from './warmUpArticle';
import type { WorkerInbound, WorkerReady } from './analysisMessages';

export { computeAnalysis };

/** When this script began to run (the host knows when it started the worker: the difference is the boot). */
const scriptStartedAt = Date.now();

if (parentPort) {
  const port = parentPort;
  let warmedUp = false;
  /** Analyses the made-up article once; undefined when it already ran or failed (a failure changes nothing). */
  const warmUp = (): number | undefined => {
    if (warmedUp) return undefined;
    warmedUp = true;
    const started = performance.now();
    try {
      computeAnalysis(WARM_UP_ARTICLE, {});
      return Math.round(performance.now() - started);
    } catch {
      return undefined; // the real analysis reports its own errors
    }
  };
  /**
   * The first article was waiting when the model loaded, so it ran cold and the warm-up did not: run it once that
   * article's result is all sent, unless another article is waiting. The second article a reader opens then runs
   * on warmer code (about a third less CPU for a 3 KB news article).
   */
  const warmUpWhenIdle = () => {
    if (warmedUp || !requests.idle) return;
    const waiting = receiveMessageOnPort(port);
    if (waiting) handle(waiting.message as WorkerInbound);
    else warmUp();
  };
  const requests = analysisRequestHandler(
    (part, transfer) => port.postMessage(part, transfer),
    () => {
      if (!warmedUp && requests.idle) setImmediate(warmUpWhenIdle);
    },
  );
  const handle = (message: WorkerInbound) => requests.handle(message);
  port.on('message', handle);
  // After the message handler is in place: load the model, then, unless an article is already waiting (it would
  // pay for the first run anyway), analyse a made-up one so that the next real one finds the analyser warm.
  setImmediate(() => {
    const started = performance.now();
    loadNerModel();
    const loaded = performance.now();
    let warmUpMs: number | undefined;
    let firstArticleMs: number | undefined;
    const waiting = receiveMessageOnPort(port);
    if (waiting) {
      handle(waiting.message as WorkerInbound);
      firstArticleMs = Math.round(performance.now() - loaded);
    } else {
      warmUpMs = warmUp();
    }
    const ready: WorkerReady = { kind: 'ready', modelMs: Math.round(loaded - started), warmUpMs, scriptStartedAt, firstArticleMs };
    port.postMessage(ready);
  });
}
