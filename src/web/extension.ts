/**
 * Article Lens's browser entry (package.json `browser`: VS Code for the Web, vscode.dev, github.dev, a browser-based
 * VS Code): the same extension as the desktop's src/extension/extension.ts, with the analysis in a nested Web
 * Worker instead of a Node worker thread. Bundled for the browser: no Node built-in may reach it (a unit test
 * reads the bundle's metafile).
 */
import type * as vscode from 'vscode';
import { ArticleLens, type ArticleLensApi } from '../extension/articleLens';
import { createLog } from '../extension/log';
import { webStoryWorkerPlatform } from './webStoryWorkerPlatform';
import { webWorkerPlatform } from './webWorkerPlatform';

export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  const log = createLog();
  context.subscriptions.push(log);
  const lens = new ArticleLens(context, log, webWorkerPlatform(context.extensionUri, log), webStoryWorkerPlatform(context.extensionUri, log));
  context.subscriptions.push(lens);
  log.info('Article Lens activated (web worker extension host)');
  return lens.api;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
