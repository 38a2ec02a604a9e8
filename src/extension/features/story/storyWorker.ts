/**
 * The story workers on the desktop (bundled to dist/storyWorker.js): a Node worker thread whose `workerData.role`
 * picks the job (./storyWorkerHandler.ts does it; see storyProtocol.ts). The browser's twin is src/web/storyWorker.ts.
 */
import * as v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
// The name tagger's model comes through the Node loader, as in every Node entry point.
import '../../../node/installNerModel';
import type { StoryRole, StoryWorkerRequest } from './storyProtocol';
import { storyWorkerHandler } from './storyWorkerHandler';

const role: StoryRole = (workerData as { role?: StoryRole } | undefined)?.role === 'index' ? 'index' : 'analyser';

if (parentPort) {
  const port = parentPort;
  const handle = storyWorkerHandler(role, {
    post: (response, transfer) => port.postMessage(response, transfer),
    heapUsed: () => {
      (globalThis as { gc?: () => void }).gc?.();
      return v8.getHeapStatistics().used_heap_size;
    },
  });
  port.on('message', (message: StoryWorkerRequest) => handle(message));
}
