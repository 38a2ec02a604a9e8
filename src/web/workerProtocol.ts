/**
 * What the web analysis worker exchanges with the extension host besides the analysis protocol
 * (src/extension/analysis/analysisMessages.ts): the host sends the model file first (a Web Worker started from a
 * blob URL cannot read the extension's files itself); the worker answers with the protocol's 'ready' note once the
 * model is loaded (and the analyser warmed up), saying why when there is no model.
 */
import type { WorkerReady } from '../extension/analysis/analysisMessages';
import type { StoryRole } from '../extension/features/story/storyProtocol';

export interface WorkerInit {
  kind: 'init';
  /** models/ner.model.gz as read by the host (gzip), or null when it is missing. */
  model: ArrayBuffer | null;
}

export interface WebWorkerReady extends WorkerReady {
  /** Why there is no model (the analysis then finds no names and says so in its warnings). */
  error?: string;
}

export function isWorkerInit(message: unknown): message is WorkerInit {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'init';
}

export function isWebWorkerReady(message: unknown): message is WebWorkerReady {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'ready';
}

/** Host → web story worker, first: its role and, for an analyser, models/ner.model.gz (gzip) or null. */
export interface StoryWorkerInit {
  kind: 'storyInit';
  role: StoryRole;
  model: ArrayBuffer | null;
}

/** Web story worker → host, once: ready to answer (the model loaded, or why not). Not part of the story protocol. */
export interface StoryWorkerReady {
  kind: 'storyReady';
  role: StoryRole;
  modelMs: number;
  error?: string;
}

export function isStoryWorkerInit(message: unknown): message is StoryWorkerInit {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'storyInit';
}

export function isStoryWorkerReady(message: unknown): message is StoryWorkerReady {
  return typeof message === 'object' && message !== null && (message as { kind?: unknown }).kind === 'storyReady';
}
