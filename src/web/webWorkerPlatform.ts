/**
 * The analysis worker in VS Code for the Web: a nested Web Worker inside the browser's extension host (itself a Web
 * Worker). The host refuses `new Worker(<extension URI>)` ("Creating workers from remote extensions is currently
 * not supported"), so the bundled script is read with workspace.fs and started from a blob URL; the model file is
 * read the same way and handed over (../../../shared/REAL-VSCODE-WEB.md). Reading both through workspace.fs, not
 * fetch, works wherever the extension is installed from: vscode.dev, github.dev, code-server, a VSIX.
 */
import * as vscode from 'vscode';
import { MODEL_FILE } from '../core/ner';
import type { AnalysisPart, WorkerInbound } from '../extension/analysis/analysisMessages';
import type { AnalysisHostInfo, AnalysisWorkerPlatform, AnalysisWorkerPort } from '../extension/analysis/analysisWorkerPlatform';
import type { Log } from '../extension/log';
import { isWorkerReady, type WorkerInit } from './workerProtocol';

interface WorkerFiles {
  script: string;
  /** The model file (gzip), or null when missing. */
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
      vscode.workspace.fs.readFile(modelUri).then((bytes) => bytes, (error: unknown) => {
        log.warn(`cannot read ${modelUri.toString()} (${String(error)}): names will not be recognised`);
        return null;
      }),
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
          if (isWorkerReady(message)) {
            URL.revokeObjectURL(url);
            info.modelLoadMs = message.modelLoadMs;
            if (message.error) log.error(`the analysis worker has no name-tagger model: ${message.error}`);
            else log.info(`analysis Web Worker ready: model loaded in ${message.modelLoadMs.toFixed(0)} ms (files read in ${info.filesReadMs} ms)`);
            return;
          }
          events.onPart(message as AnalysisPart);
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
