/**
 * The analysis worker (bundled to dist/analysisWorker.js): runs the analysis off the extension host's thread so a
 * large article never freezes the editor, and sends the result back in bounded parts (see analysisMessages.ts).
 * Loaded with `require` on the main thread it simply exports `computeAnalysis`: the in-process fallback.
 */
import { parentPort } from 'node:worker_threads';
import { computeAnalysis } from './analysis/analysisResult';
import { splitResult, type AnalysisRequest } from './analysis/analysisMessages';

export { computeAnalysis };

if (parentPort) {
  const port = parentPort;
  port.on('message', (request: AnalysisRequest) => {
    try {
      const result = computeAnalysis(request.text, request.options);
      for (const { part, transfer } of splitResult(request.id, result)) port.postMessage(part, transfer);
    } catch (error) {
      port.postMessage({ id: request.id, kind: 'error', error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  });
}
