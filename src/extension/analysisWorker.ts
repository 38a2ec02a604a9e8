/**
 * The analysis worker (bundled to dist/analysisWorker.js): runs the analysis off the extension host's thread so a
 * large article never freezes the editor. Inside a worker thread it answers requests one at a time; loaded with
 * `require` on the main thread it simply exports `computeAnalysis`, which is the in-process fallback.
 */
import { parentPort } from 'node:worker_threads';
import { computeAnalysis, type AnalysisRequest, type AnalysisResponse } from './analysis/analysisResult';

export { computeAnalysis };

if (parentPort) {
  const port = parentPort;
  port.on('message', (request: AnalysisRequest) => {
    let response: AnalysisResponse;
    try {
      response = { id: request.id, ok: true, result: computeAnalysis(request.text, request.options) };
    } catch (error) {
      response = { id: request.id, ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) };
    }
    port.postMessage(response);
  });
}
