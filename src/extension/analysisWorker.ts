/**
 * The analysis worker (bundled to dist/analysisWorker.js): runs the analysis off the extension host's thread so a
 * large article never freezes the editor, and sends the result back in bounded parts (see analysisMessages.ts).
 * Loaded with `require` on the main thread it simply exports `computeAnalysis`: the in-process fallback.
 */
import '../node/installNerModel';
import { parentPort } from 'node:worker_threads';
import { computeAnalysis } from './analysis/analysisResult';
import { PacedPartSender, isNextPartRequest, splitResult, type WorkerInbound } from './analysis/analysisMessages';

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
      const result = computeAnalysis(request.text, request.options);
      sender.start(request.id, splitResult(request.id, result));
    } catch (error) {
      port.postMessage({ id: request.id, kind: 'error', error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  });
}
