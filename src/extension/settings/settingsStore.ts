/**
 * Holds the current typed configuration and says when it changed. Reacts only to changes that affect the
 * `articleLens` section, so unrelated settings edits cost nothing.
 */
import * as vscode from 'vscode';
import { CONFIG_SECTION, readConfig, type ArticleLensConfig } from './config';
import { Disposable } from './util/disposable';

export class Configuration extends Disposable {
  private current: ArticleLensConfig = readConfig(vscode.workspace.getConfiguration(CONFIG_SECTION));
  private readonly changed = this._register(new vscode.EventEmitter<{ previous: ArticleLensConfig; current: ArticleLensConfig }>());
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(CONFIG_SECTION)) return;
        const previous = this.current;
        this.current = readConfig(vscode.workspace.getConfiguration(CONFIG_SECTION));
        this.changed.fire({ previous, current: this.current });
      }),
    );
  }

  get value(): ArticleLensConfig {
    return this.current;
  }
}
