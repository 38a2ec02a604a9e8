/**
 * The two messages the web analysis worker exchanges with the extension host besides the analysis protocol
 * (src/extension/analysis/analysisMessages.ts): the host sends the model file first, the worker answers when the
 * model is loaded. A Web Worker started from a blob URL cannot read the extension's files itself.
 */
export interface WorkerInit {
  kind: 'init';
  /** models/ner.model.gz as read by the host (gzip), or null when it is missing. */
  model: ArrayBuffer | null;
}

export interface WorkerReady {
  kind: 'ready';
  /** Gunzip + decode of the model inside the worker. */
  modelLoadMs: number;
  /** Why there is no model (the analysis then finds no names and says so in its warnings). */
  error?: string;
}

export function isWorkerInit(message: unknown): message is WorkerInit {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'init';
}

export function isWorkerReady(message: unknown): message is WorkerReady {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'ready';
}
