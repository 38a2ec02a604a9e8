/**
 * Article Lens's entry point. Activation is thin and synchronous: everything is composed in ArticleLens, and the
 * analysis itself starts only when an article is visible or a provider asks.
 */
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { nodeWorkerPlatform } from './analysis/nodeWorkerPlatform';
import { nodeStoryWorkerPlatform } from './features/story/nodeStoryWorker';
import { ArticleLens, type ArticleLensApi } from './articleLens';
import { createLog } from './log';
import { processStartedAt, wallClock } from './util/wallClock';

export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  const calledAt = Date.now();
  const log = createLog();
  context.subscriptions.push(log);
  // The desktop (Node) entry; the browser's is src/web/extension.ts.
  const dist = path.join(context.extensionUri.fsPath, 'dist');
  const lens = new ArticleLens(context, log, nodeWorkerPlatform(path.join(dist, 'analysisWorker.js')), nodeStoryWorkerPlatform(path.join(dist, 'storyWorker.js')));
  context.subscriptions.push(lens);
  log.info(`Article Lens activated at ${wallClock(calledAt)} in ${Date.now() - calledAt} ms ` +
    `(${calledAt - Math.round(processStartedAt())} ms after the extension host started at ${wallClock(processStartedAt())})`);
  return lens.api;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
