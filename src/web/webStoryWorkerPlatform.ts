/**
 * The story workers in VS Code for the Web: nested Web Workers running dist/web/storyWorker.js, started from a blob
 * URL as the analysis worker is (./webWorkerPlatform.ts: the host refuses `new Worker(<extension URI>)`). The
 * script and the model are read once through workspace.fs and handed over; the articles themselves are read by the
 * index manager through workspace.fs too, so the index works on virtual file systems (vscode.dev, github.dev).
 */
import * as vscode from 'vscode';
import { MODEL_FILE } from '../core/ner';
import type { StoryRole, StoryWorkerRequest, StoryWorkerResponse } from '../extension/features/story/storyProtocol';
import type { StoryWorkerPlatform, StoryWorkerPort } from '../extension/features/story/storyWorkerPort';
import type { Log } from '../extension/log';
import { isStoryWorkerReady, type StoryWorkerInit } from './workerProtocol';

interface StoryWorkerFiles {
  script: string;
  model: Uint8Array | null;
}

/** Analysers: one per core the browser reports, at most two, as on the desktop. */
function analyserCount(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined;
  return Math.max(1, Math.min(2, cores || 1));
}

export function webStoryWorkerPlatform(extensionUri: vscode.Uri, log: Log): StoryWorkerPlatform {
  let files: Promise<StoryWorkerFiles> | undefined;
  const readFiles = async (): Promise<StoryWorkerFiles> => {
    const modelUri = vscode.Uri.joinPath(extensionUri, 'models', MODEL_FILE);
    const [script, model] = await Promise.all([
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'storyWorker.js')),
      vscode.workspace.fs.readFile(modelUri).then((bytes) => bytes, (error: unknown) => {
        log.warn(`story workers: cannot read ${modelUri.toString()} (${String(error)}): names will not be recognised`);
        return null;
      }),
    ]);
    return { script: new TextDecoder().decode(script), model };
  };

  return {
    analyserCount: analyserCount(),
    start(role: StoryRole): StoryWorkerPort {
      const messageListeners: Array<(response: StoryWorkerResponse) => void> = [];
      const exitListeners: Array<(error: Error) => void> = [];
      const pending: Array<[StoryWorkerRequest, ArrayBuffer[]]> = [];
      let worker: Worker | undefined;
      let gone = false;
      const exit = (error: Error) => {
        if (gone) return;
        gone = true;
        worker?.terminate();
        for (const listener of exitListeners) listener(error);
      };
      const start = async () => {
        const { script, model } = await (files ??= readFiles());
        if (gone) return;
        const url = URL.createObjectURL(new Blob([script], { type: 'application/javascript' }));
        const started = new Worker(url, { name: `Article Lens story ${role}` });
        started.onmessage = (event: MessageEvent<unknown>) => {
          const message = event.data;
          if (isStoryWorkerReady(message)) {
            URL.revokeObjectURL(url);
            if (message.error) log.error(`story ${role} Web Worker has no name-tagger model: ${message.error}`);
            else log.info(`story ${role} Web Worker ready (model ${role === 'analyser' ? `loaded in ${message.modelMs} ms` : 'not needed'})`);
            return;
          }
          for (const listener of messageListeners) listener(message as StoryWorkerResponse);
        };
        started.onerror = (event: ErrorEvent) => {
          event.preventDefault();
          exit(new Error(`story ${role} Web Worker: ${event.message || 'failed to start'}${event.filename ? ` (${event.filename}:${event.lineno})` : ''}`));
        };
        started.onmessageerror = () => exit(new Error(`story ${role} Web Worker: a message could not be deserialised`));
        // Each analyser gets its own copy of the model: a transferred buffer is gone from this side.
        const copy = role === 'analyser' && model ? (model.slice().buffer as ArrayBuffer) : null;
        const init: StoryWorkerInit = { kind: 'storyInit', role, model: copy };
        started.postMessage(init, copy ? [copy] : []);
        for (const [message, transfer] of pending.splice(0)) started.postMessage(message, transfer);
        worker = started;
      };
      start().catch((error: unknown) => {
        files = undefined; // read again by the next worker
        exit(error instanceof Error ? error : new Error(String(error)));
      });
      return {
        postMessage(message, transfer) {
          if (worker) worker.postMessage(message, transfer);
          else pending.push([message, transfer]);
        },
        onMessage: (listener) => void messageListeners.push(listener),
        onExit: (listener) => void exitListeners.push(listener),
        terminate() {
          // Stopped on purpose: no exit is reported (the Node platform's exit event comes after the pool let go).
          gone = true;
          worker?.terminate();
        },
      };
    },
  };
}
