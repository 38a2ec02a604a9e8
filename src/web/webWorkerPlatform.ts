/**
 * The analysis worker in VS Code for the Web: a nested Web Worker inside the browser's extension host (itself a Web
 * Worker). The host refuses `new Worker(<extension URI>)` ("Creating workers from remote extensions is currently
 * not supported"), so the bundled script is read with workspace.fs and started from a blob URL; the model file is
 * read the same way and handed over (../../../shared/REAL-VSCODE-WEB.md). Reading both through workspace.fs, not
 * fetch, works wherever the extension is installed from: vscode.dev, github.dev, code-server, a VSIX.
 */
import * as vscode from 'vscode';
import { MODEL_FILE } from '../core/ner';
import { READY_MODEL_FILE } from '../core/ner/readyModel';
import type { WorkerInbound, WorkerOutbound } from '../extension/analysis/analysisMessages';
import type { AnalysisHostInfo, AnalysisWorkerPlatform, AnalysisWorkerPort } from '../extension/analysis/analysisWorkerPlatform';
import type { Log } from '../extension/log';
import { isWebWorkerReady, type WorkerInit } from './workerProtocol';

interface WorkerFiles {
  script: string;
  /** The build's ready-to-use model (dist/ner.model.bin) or else the model file (gzip), or null when missing. */
  model: Uint8Array | null;
}

export function webWorkerPlatform(extensionUri: vscode.Uri, log: Log): AnalysisWorkerPlatform {
  const info: AnalysisHostInfo = { kind: 'web-worker' };
  let files: Promise<WorkerFiles> | undefined;

  const readFiles = async (): Promise<WorkerFiles> => {
    const started = Date.now();
    const scriptUri = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'analysisWorker.js');
    const modelUri = vscode.Uri.joinPath(extensionUri, 'models', MODEL_FILE);
    const [script, model] = await Promise.all([
      vscode.workspace.fs.readFile(scriptUri),
      // The ready-to-use file skips the worker's gunzip, parse and indexing (about a second); the .gz is the fallback.
      vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', READY_MODEL_FILE)).then((bytes) => bytes, () =>
        vscode.workspace.fs.readFile(modelUri).then((bytes) => bytes, (error: unknown) => {
          log.warn(`cannot read ${modelUri.toString()} (${String(error)}): names will not be recognised`);
          return null;
        })),
    ]);
    info.filesReadMs = Date.now() - started;
    info.scriptBytes = script.byteLength;
    return { script: new TextDecoder().decode(script), model };
  };

  return {
    info,
    startWorker(events): AnalysisWorkerPort {
      const pending: Array<[WorkerInbound, ArrayBuffer[]]> = [];
      let worker: Worker | undefined;
      let terminated = false;
      const fail = (error: Error) => {
        if (!terminated) events.onFailure(error);
      };
      const start = async () => {
        const { script, model } = await (files ??= readFiles());
        if (terminated) return;
        const url = URL.createObjectURL(new Blob([script], { type: 'application/javascript' }));
        const started = new Worker(url, { name: 'Article Lens analysis' });
        started.onmessage = (event: MessageEvent<unknown>) => {
          const message = event.data;
          if (isWebWorkerReady(message)) {
            URL.revokeObjectURL(url);
            info.modelLoadMs = message.modelMs;
            if (message.error) log.error(`the analysis Web Worker has no name-tagger model: ${message.error}`);
            else log.info(`analysis Web Worker: extension files read in ${info.filesReadMs} ms`);
          }
          // The ready note too: the service logs it as it does the desktop worker's.
          events.onPart(message as WorkerOutbound);
        };
        started.onerror = (event: ErrorEvent) => {
          event.preventDefault();
          fail(new Error(`analysis Web Worker: ${event.message || 'failed to start'}${event.filename ? ` (${event.filename}:${event.lineno})` : ''}`));
        };
        started.onmessageerror = () => fail(new Error('analysis Web Worker: a message could not be deserialised'));
        // Each worker gets its own copy: a transferred buffer is gone from this side.
        const copy = model ? (model.slice().buffer as ArrayBuffer) : null;
        const init: WorkerInit = { kind: 'init', model: copy };
        started.postMessage(init, copy ? [copy] : []);
        for (const [message, transfer] of pending.splice(0)) started.postMessage(message, transfer);
        worker = started;
      };
      start().catch((error: unknown) => {
        files = undefined; // read again on the next attempt
        fail(error instanceof Error ? error : new Error(String(error)));
      });
      return {
        postMessage(message, transfer = []) {
          if (worker) worker.postMessage(message, transfer);
          else pending.push([message, transfer]);
        },
        terminate() {
          terminated = true;
          worker?.terminate();
        },
      };
    },
    loadInProcessAnalyzer() {
      // The browser bundle carries no analyzer of its own (it would double its size): the analysis runs in the worker.
      throw new Error('the analysis Web Worker could not start, and VS Code for the Web has no in-process analysis (see the Article Lens log)');
    },
  };
}
