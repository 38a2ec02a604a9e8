/** The story workers as Node worker threads running dist/storyWorker.js (the desktop extension host). */
import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StoryRole, StoryWorkerResponse } from './storyProtocol';
import type { StoryWorkerPlatform, StoryWorkerPort } from './storyWorkerPort';

/** Analysers: one per core, at most two (the main analysis worker and the host need a share too). */
function analyserCount(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(2, cores));
}

export function nodeStoryWorkerPlatform(workerPath: string): StoryWorkerPlatform {
  return {
    analyserCount: analyserCount(),
    start(role: StoryRole): StoryWorkerPort {
      const worker = new Worker(workerPath, { workerData: { role } });
      // Never keep the extension host alive for an idle worker.
      worker.unref();
      return {
        postMessage: (message, transfer) => worker.postMessage(message, transfer),
        onMessage: (listener) => worker.on('message', (response: StoryWorkerResponse) => listener(response)),
        onExit: (listener) => {
          worker.on('error', (error: Error) => listener(error));
          worker.on('exit', (code: number) => listener(new Error(`story worker exited with code ${code}`)));
        },
        terminate: () => void worker.terminate(),
      };
    },
  };
}
