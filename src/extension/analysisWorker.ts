/**
 * The analysis worker (bundled to dist/analysisWorker.js): runs the analysis off the extension host's thread so a
 * large article never freezes the editor, and sends the result back in bounded parts (see analysisMessages.ts).
 * Loaded with `require` on the main thread it simply exports `computeAnalysis`: the in-process fallback.
 * On start it loads the name model at once (about a second), so that a worker started ahead of the first article
 * (at activation) has it ready; the first analysis would load it anyway.
 */
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { loadNerModel } from '../core/ner';
import { computeAnalysis, computeHighlights } from './analysis/analysisResult';
import { openingLength } from './analysis/articleOpening';
import {
  PacedPartSender, isNextPartRequest, splitResult, type AnalysisPart, type WorkerInbound, type WorkerReady,
} from './analysis/analysisMessages';

export { computeAnalysis };

if (parentPort) {
  const port = parentPort;
  const sender = new PacedPartSender((part, transfer) => port.postMessage(part, transfer));
  port.on('message', (message: WorkerInbound) => {
    if (isNextPartRequest(message)) {
      sender.next(message.id);
      return;
    }
    const request = message;
    try {
      const opening = request.preview ? openingLength(request.text) : undefined;
      if (opening !== undefined) {
        const decorations = computeHighlights(request.text.slice(0, opening), request.options);
        const preview: AnalysisPart = { id: request.id, kind: 'preview', decorations, length: opening };
        port.postMessage(preview, [...new Set(Object.values(decorations).map((a) => a.buffer as ArrayBuffer))]);
      }
      const result = computeAnalysis(request.text, request.options);
      sender.start(request.id, splitResult(request.id, result));
    } catch (error) {
      port.postMessage({ id: request.id, kind: 'error', error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  });
  // After the message handler is in place: a request already waiting is handled next, with the model loaded.
  setImmediate(() => {
    const started = performance.now();
    loadNerModel();
    const ready: WorkerReady = { kind: 'ready', sinceStartMs: Math.round(performance.now()), modelMs: Math.round(performance.now() - started) };
    port.postMessage(ready);
  });
}
