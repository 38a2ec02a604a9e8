/**
 * What the analysis service needs from the platform it runs on, so the same service (queueing, superseding,
 * paced parts, restarts) drives a Node worker thread on the desktop (./nodeWorkerPlatform.ts) and a nested Web
 * Worker in VS Code for the Web (src/web/webWorkerPlatform.ts).
 */
import type { AnalyzeOptions } from '../../core/types';
import type { WorkerInbound, WorkerOutbound } from './analysisMessages';
import type { AnalysisResult } from './analysisResult';

/** The host's end of a running analysis worker. */
export interface AnalysisWorkerPort {
  postMessage(message: WorkerInbound, transfer?: ArrayBuffer[]): void;
  terminate(): void;
}

export interface AnalysisWorkerEvents {
  /** A part of a result, or the worker's one-off 'ready' note (see analysisMessages.ts). */
  onPart(message: WorkerOutbound): void;
  /** The worker failed (could not start, threw, or exited): the service restarts it or falls back. */
  onFailure(error: Error): void;
}

/** How and where the analysis worker runs, for the log, the status and the tests. */
export interface AnalysisHostInfo {
  /** 'node-thread' (worker_threads) or 'web-worker' (a nested Web Worker in the browser's extension host). */
  kind: 'node-thread' | 'web-worker';
  /** Milliseconds the worker took to read and decode the name-tagger model, once it has (web worker only: Node loads it lazily). */
  modelLoadMs?: number;
  /** Milliseconds the extension host took to read the worker script and the model file (web worker only). */
  filesReadMs?: number;
  /** The worker script's size in bytes, once read (web worker only). */
  scriptBytes?: number;
}

export interface AnalysisWorkerPlatform {
  readonly info: AnalysisHostInfo;
  /** Starts a worker; throws when none can start. Messages posted before it is ready are kept, in order. */
  startWorker(events: AnalysisWorkerEvents): AnalysisWorkerPort;
  /** The analyzer for the in-process fallback; throws when the platform has none. */
  loadInProcessAnalyzer(): (text: string, options: AnalyzeOptions) => AnalysisResult;
}
