/**
 * The story workers of VS Code for the Web (bundled to dist/web/storyWorker.js, an IIFE for a nested Web Worker
 * started from a blob URL by ./webStoryWorkerPlatform.ts): the desktop's story worker job
 * (src/extension/features/story/storyWorkerHandler.ts), with its role and — for an analyser — the name-tagger model
 * handed over first (`StoryWorkerInit`). Requests that arrive while the model loads wait for it, in order.
 */
import type { StoryWorkerRequest } from '../extension/features/story/storyProtocol';
import { storyWorkerHandler } from '../extension/features/story/storyWorkerHandler';
import { installWebNerModel } from './webNerModel';
import { isStoryWorkerInit, type StoryWorkerReady } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;

let handle: ((message: StoryWorkerRequest) => void) | undefined;
let ready: Promise<void> | undefined;

/** Chromium's page-wide heap reading, where there is one; 0 elsewhere (no per-worker figure in a browser). */
function heapUsed(): number {
  return (performance as { memory?: { usedJSHeapSize?: number } }).memory?.usedJSHeapSize ?? 0;
}

self.onmessage = (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (isStoryWorkerInit(message)) {
    handle = storyWorkerHandler(message.role, { post: (response, transfer) => self.postMessage(response, transfer), heapUsed });
    const started = performance.now();
    // The index worker never analyses: it needs no model.
    ready = (message.role === 'analyser' ? installWebNerModel(message.model) : Promise.resolve(undefined)).then((error) => {
      const note: StoryWorkerReady = { kind: 'storyReady', role: message.role, modelMs: Math.round(performance.now() - started), error };
      self.postMessage(note);
    });
    return;
  }
  const request = message as StoryWorkerRequest;
  void (ready ?? Promise.resolve()).then(() => handle?.(request));
};
