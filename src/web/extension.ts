/**
 * Article Lens's browser entry (package.json `browser`: VS Code for the Web, vscode.dev, github.dev, a browser-based
 * VS Code): the same extension as the desktop's src/extension/extension.ts, with the analysis in a nested Web
 * Worker instead of a Node worker thread. Bundled for the browser: no Node built-in may reach it (a unit test
 * reads the bundle's metafile).
 */
import type * as vscode from 'vscode';
import { ArticleLens, type ArticleLensApi } from '../extension/articleLens';
import { createLog } from '../extension/log';
import { processStartedAt, wallClock } from '../extension/util/wallClock';
import { webStoryWorkerPlatform } from './webStoryWorkerPlatform';
import { webWorkerPlatform } from './webWorkerPlatform';

export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  const calledAt = Date.now();
  const log = createLog();
  context.subscriptions.push(log);
  const lens = new ArticleLens(context, log, webWorkerPlatform(context.extensionUri, log), webStoryWorkerPlatform(context.extensionUri, log));
  context.subscriptions.push(lens);
  log.info(`Article Lens activated at ${wallClock(calledAt)} in ${Date.now() - calledAt} ms ` +
    `(web worker extension host, started at ${wallClock(processStartedAt())})`);
  return lens.api;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
