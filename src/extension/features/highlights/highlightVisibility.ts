/**
 * Whether highlights are shown: one switch for all editors, remembered per workspace (workspaceState) and mirrored
 * into the `articleLens.highlightsVisible` context key so menus and keybindings can show the right title.
 */
import * as vscode from 'vscode';
import { Disposable } from '../../util/disposable';
import { CONTEXT_KEYS, STATE_KEYS } from '../../registry/ids';

export class HighlightVisibility extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<boolean>());
  readonly onDidChange = this.changed.event;
  private value: boolean;

  constructor(private readonly state: vscode.Memento) {
    super();
    this.value = state.get<boolean>(STATE_KEYS.highlightsVisible, true);
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.highlightsVisible, this.value);
  }

  get visible(): boolean {
    return this.value;
  }

  async set(visible: boolean): Promise<void> {
    if (visible === this.value) return;
    this.value = visible;
    await this.state.update(STATE_KEYS.highlightsVisible, visible);
    await vscode.commands.executeCommand('setContext', CONTEXT_KEYS.highlightsVisible, visible);
    this.changed.fire(visible);
  }

  toggle(): Promise<void> {
    return this.set(!this.value);
  }
}
