/** The story index's status bar item: indexing progress, the article count when ready, and why it is off. */
import * as vscode from 'vscode';
import { Disposable } from '../../util/disposable';
import { STORY_COMMANDS } from './storyCommands';
import type { StoryIndexManager, StoryIndexState } from './storyIndexManager';
import { COMMANDS, STATUS_ITEMS } from '../../registry/ids';

export class StoryStatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem(STATUS_ITEMS.storyIndex, vscode.StatusBarAlignment.Right, 99));

  constructor(manager: StoryIndexManager) {
    super();
    this.item.name = 'Article Lens: story index';
    this._register(manager.onDidChangeState((state) => this.update(state)));
    this.update(manager.state);
  }

  get text(): string {
    return this.item.text;
  }

  private update(state: StoryIndexState): void {
    const item = this.item;
    item.command = STORY_COMMANDS.showView;
    switch (state.kind) {
      case 'off':
        item.text = '$(library) Story index off';
        item.tooltip = state.reason;
        break;
      case 'loading':
        item.text = '$(sync~spin) Story: loading';
        item.tooltip = 'Loading the story index from its cache';
        break;
      case 'indexing':
        item.text = `$(sync~spin) Story: ${state.done}/${state.total}`;
        item.tooltip = 'Indexing the workspace’s articles in the background';
        break;
      case 'ready':
        item.text = `$(library) ${state.articles} article${state.articles === 1 ? '' : 's'}`;
        item.tooltip = [
          `Story index: ${state.articles} articles`,
          state.skipped ? `${state.skipped} skipped (too large or not text)` : undefined,
          state.truncated ? 'limited by articleLens.index.maxFiles' : undefined,
          state.cancelled ? 'indexing was cancelled: run “Rebuild Story Index” to finish' : undefined,
        ].filter(Boolean).join('\n');
        break;
      case 'error':
        item.text = '$(error) Story index';
        item.tooltip = state.message;
        item.command = COMMANDS.showLog;
        break;
    }
    item.show();
  }
}
