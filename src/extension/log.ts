/** The "Article Lens" log channel: every error ends up here, never swallowed. */
import * as vscode from 'vscode';

export type Log = vscode.LogOutputChannel;

export function createLog(): Log {
  return vscode.window.createOutputChannel('Article Lens', { log: true });
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.stack ?? error.message : String(error);
}
