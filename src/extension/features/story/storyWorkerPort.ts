/**
 * What the story workers need of a platform: a way to start a worker in a role. Node starts a worker thread
 * (nodeStoryWorker.ts), the browser a nested Web Worker (src/web/webStoryWorkerPlatform.ts); a platform without one
 * has no story index. Kept apart so that the pool (storyWorkers.ts) and the feature compile without Node's types.
 */
import type { StoryRole, StoryWorkerRequest, StoryWorkerResponse } from './storyProtocol';

export interface StoryWorkerPort {
  postMessage(message: StoryWorkerRequest, transfer: ArrayBuffer[]): void;
  onMessage(listener: (response: StoryWorkerResponse) => void): void;
  /** An error or an exit: the worker is gone and its pending requests fail. */
  onExit(listener: (error: Error) => void): void;
  terminate(): void;
}

export interface StoryWorkerPlatform {
  start(role: StoryRole): StoryWorkerPort;
  /** How many analysers may run at once. */
  analyserCount: number;
}
