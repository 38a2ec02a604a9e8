/**
 * Whether highlights are shown: one switch for all editors, remembered per workspace (workspaceState) and mirrored
 * into the `articleLens.highlightsVisible` context key so menus and keybindings can show the right title.
 */
import * as vscode from 'vscode';
import { Disposable } from '../util/disposable';

const STATE_KEY = 'articleLens.highlightsVisible';
export const HIGHLIGHTS_VISIBLE_CONTEXT = 'articleLens.highlightsVisible';

export class HighlightVisibility extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<boolean>());
  readonly onDidChange = this.changed.event;
  private value: boolean;

  constructor(private readonly state: vscode.Memento) {
    super();
    this.value = state.get<boolean>(STATE_KEY, true);
    void vscode.commands.executeCommand('setContext', HIGHLIGHTS_VISIBLE_CONTEXT, this.value);
  }

  get visible(): boolean {
    return this.value;
  }

  async set(visible: boolean): Promise<void> {
    if (visible === this.value) return;
    this.value = visible;
    await this.state.update(STATE_KEY, visible);
    await vscode.commands.executeCommand('setContext', HIGHLIGHTS_VISIBLE_CONTEXT, visible);
    this.changed.fire(visible);
  }

  toggle(): Promise<void> {
    return this.set(!this.value);
  }
}
