/**
 * The `articleLens.isArticle` context key: true when the active editor shows an article (per the languages and file
 * patterns settings), so editor menus, palette entries and the keybinding appear only where they work.
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager } from './analysis/articleAnalysisManager';
import type { SettingsStore } from './settings/settingsStore';
import { Disposable } from './util/disposable';
import { CONTEXT_KEYS } from './registry/ids';

export class ActiveArticleContext extends Disposable {
  private value: boolean | undefined;

  constructor(private readonly manager: ArticleAnalysisManager, configuration: SettingsStore) {
    super();
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(configuration.onDidChange(() => this.update()));
    // A language mode change (plaintext → json) re-opens the document under the new language.
    this._register(vscode.workspace.onDidOpenTextDocument(() => this.update()));
    this.update();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const value = !!document && this.manager.isArticle(document);
    if (value === this.value) return;
    this.value = value;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.isArticle, value);
  }
}
