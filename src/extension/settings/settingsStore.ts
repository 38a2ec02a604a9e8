/**
 * Holds the current typed settings and says when they changed. Reacts only to changes that affect the
 * `articleLens` section, so unrelated settings edits cost nothing; listeners ask the change which of the typed
 * settings differ (`change.changed('languages', 'filePatterns')`) rather than comparing values themselves.
 */
import * as vscode from 'vscode';
import { CONFIG_SECTION, readConfig, settingsChange, type ArticleLensConfig, type SettingsChange } from './settings';
import { Disposable } from '../util/disposable';

export class SettingsStore extends Disposable {
  private current: ArticleLensConfig = readConfig(vscode.workspace.getConfiguration(CONFIG_SECTION));
  private readonly changed = this._register(new vscode.EventEmitter<SettingsChange>());
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this._register(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration(CONFIG_SECTION)) return;
        const previous = this.current;
        this.current = readConfig(vscode.workspace.getConfiguration(CONFIG_SECTION));
        this.changed.fire(settingsChange(previous, this.current));
      }),
    );
  }

  get value(): ArticleLensConfig {
    return this.current;
  }
}
