/**
 * The desktop's analysis worker: a Node worker thread running dist/analysisWorker.js, whose bundle doubles as the
 * in-process analyzer (on the main thread it only exports `computeAnalysis`).
 */
import { Worker } from 'node:worker_threads';
import type { AnalyzeOptions } from '../../core/types';
import type { WorkerOutbound } from './analysisMessages';
import type { AnalysisResult } from './analysisResult';
import type { AnalysisWorkerPlatform } from './analysisWorkerPlatform';

export function nodeWorkerPlatform(workerPath: string): AnalysisWorkerPlatform {
  return {
    info: { kind: 'node-thread' },
    startWorker(events) {
      const worker = new Worker(workerPath);
      worker.on('message', (message: WorkerOutbound) => events.onPart(message));
      worker.on('error', (error) => events.onFailure(error));
      worker.on('exit', (code) => events.onFailure(new Error(`analysis worker exited with code ${code}`)));
      // The extension host may exit while the worker is idle; never keep it alive for us.
      worker.unref();
      return {
        postMessage: (message, transfer) => worker.postMessage(message, transfer),
        terminate: () => void worker.terminate(),
      };
    },
    loadInProcessAnalyzer: () => loadInProcessAnalyzer(workerPath),
  };
}

function loadInProcessAnalyzer(workerPath: string): (text: string, options: AnalyzeOptions) => AnalysisResult {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bundle = require(workerPath) as { computeAnalysis?: (text: string, options: AnalyzeOptions) => AnalysisResult };
  if (typeof bundle.computeAnalysis !== 'function') throw new Error(`${workerPath} does not export computeAnalysis`);
  return bundle.computeAnalysis;
}
