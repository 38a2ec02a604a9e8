/**
 * Article Lens's entry point. Activation is thin and synchronous: everything is composed in ArticleLens, and the
 * analysis itself starts only when an article is visible or a provider asks.
 */
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type * as vscode from 'vscode';
import { nodeWorkerPlatform } from './analysis/nodeWorkerPlatform';
import { ArticleLens, type ArticleLensApi } from './articleLens';
import { createLog } from './log';

export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  const log = createLog();
  context.subscriptions.push(log);
  // The desktop (Node) entry; the browser's is src/web/extension.ts.
  const lens = new ArticleLens(context, log, nodeWorkerPlatform(path.join(context.extensionUri.fsPath, 'dist', 'analysisWorker.js')));
  context.subscriptions.push(lens);
  log.info(`Article Lens activated (${Math.round(performance.now())} ms after the extension host started)`);
  return lens.api;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
