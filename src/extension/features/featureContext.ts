/**
 * What a feature's `register()` receives from the composition root (articleLens.ts): the analysis manager (the one
 * source of analyses and status events), the settings, the log and the workspace's state, and the three ways to
 * hook into VS Code that every feature shares, so that all of them are disposed with the extension and fail, and
 * follow the article selector, the same way.
 */
import type * as vscode from 'vscode';
import type { ArticleAnalysisManager } from '../analysis/articleAnalysisManager';
import type { Log } from '../log';
import type { SettingsStore } from '../settings/settingsStore';

export interface FeatureContext {
  readonly manager: ArticleAnalysisManager;
  readonly settings: SettingsStore;
  readonly log: Log;
  /** Remembered per workspace (the highlight switch, the outline's sort order). */
  readonly workspaceState: vscode.Memento;
  /** Keeps a disposable until the extension is deactivated; returns it. */
  own<T extends vscode.Disposable>(disposable: T): T;
  /** Registers a command whose failure is logged and shown (commands/reportingCommand.ts). */
  command(id: string, run: (...args: any[]) => unknown): void;
  /** Registers language-feature providers for article documents, again whenever the article selector changes. */
  articleProviders(register: (selector: vscode.DocumentFilter[]) => vscode.Disposable[]): void;
}
