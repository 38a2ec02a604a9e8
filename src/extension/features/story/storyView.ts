/**
 * The "Story" tree view (beside the article outline): rows come level by level from the index worker
 * (storyTree.ts), so a workspace of thousands of articles costs the host only the rows on screen. Sorting and a
 * filter are remembered per workspace; the tree's own find (Ctrl+F / typing) works on the rows shown.
 */
import * as vscode from 'vscode';
import { Disposable } from '../../util/disposable';
import type { Log } from '../../log';
import { STORY_COMMANDS, STORY_FILTERED_CONTEXT, STORY_SORT_CONTEXT, STORY_STATE_CONTEXT, STORY_VIEW_ID } from './storyCommands';
import type { StoryIndexManager, StoryIndexState } from './storyIndexManager';
import { STORY_SORTS, type StoryRow, type StorySort } from './storyTree';
import { STATE_KEYS } from '../../registry/ids';

const SORT_KEY = STATE_KEYS.storySort;
const FILTER_KEY = STATE_KEYS.storyFilter;

export class StoryView extends Disposable implements vscode.TreeDataProvider<StoryRow> {
  private readonly changed = this._register(new vscode.EventEmitter<StoryRow | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<StoryRow>;
  private sortOrder: StorySort;
  private filterText: string;
  /** The rows last handed to VS Code, by parent id ('' for the roots): for the test API. */
  private readonly shown = new Map<string, StoryRow[]>();

  constructor(
    private readonly manager: StoryIndexManager,
    private readonly memento: vscode.Memento,
    private readonly log: Log,
  ) {
    super();
    const saved = memento.get<StorySort>(SORT_KEY, 'mentions');
    this.sortOrder = STORY_SORTS.includes(saved) ? saved : 'mentions';
    this.filterText = memento.get<string>(FILTER_KEY, '');
    this.view = this._register(vscode.window.createTreeView(STORY_VIEW_ID, { treeDataProvider: this, showCollapseAll: true }));
    this._register(manager.onDidChangeIndex(() => this.refresh()));
    this._register(manager.onDidChangeState((state) => this.onState(state)));
    void vscode.commands.executeCommand('setContext', STORY_SORT_CONTEXT, this.sortOrder);
    void vscode.commands.executeCommand('setContext', STORY_FILTERED_CONTEXT, this.filterText !== '');
    this.onState(manager.state);
  }

  get sort(): StorySort {
    return this.sortOrder;
  }

  get filter(): string {
    return this.filterText;
  }

  async setSort(sort: StorySort): Promise<void> {
    this.sortOrder = sort;
    await this.memento.update(SORT_KEY, sort);
    await vscode.commands.executeCommand('setContext', STORY_SORT_CONTEXT, sort);
    this.refresh();
  }

  async setFilter(filter: string): Promise<void> {
    this.filterText = filter.trim();
    await this.memento.update(FILTER_KEY, this.filterText);
    await vscode.commands.executeCommand('setContext', STORY_FILTERED_CONTEXT, this.filterText !== '');
    this.refresh();
  }

  /** Asks for a filter in an input box (empty clears it). */
  async promptFilter(): Promise<void> {
    const value = await vscode.window.showInputBox({
      title: 'Filter the Story view',
      prompt: 'Names (loosely: the letters in order), dates or values; empty shows everything',
      value: this.filterText,
      placeHolder: 'e.g. macron, 2025-07',
    });
    if (value !== undefined) await this.setFilter(value);
  }

  /** What the view shows, as plain rows, for the extension's test API (expanding as asked). */
  async rows(parent?: string): Promise<StoryRow[]> {
    return this.rowsUnder(parent);
  }

  getTreeItem(row: StoryRow): vscode.TreeItem {
    const state = !row.hasChildren
      ? vscode.TreeItemCollapsibleState.None
      : row.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(row.label, state);
    item.id = row.id;
    item.description = row.description;
    item.tooltip = row.tooltip;
    item.iconPath = new vscode.ThemeIcon(row.icon);
    item.contextValue = `articleLens.story.${row.id.split('\u0001')[0]}`;
    if (row.reveal) {
      item.command = { command: STORY_COMMANDS.open, title: 'Open', arguments: [row.reveal.uri, row.reveal.start, row.reveal.end] };
    }
    return item;
  }

  async getChildren(row?: StoryRow): Promise<StoryRow[]> {
    try {
      const rows = await this.rowsUnder(row?.id);
      this.shown.set(row?.id ?? '', rows);
      return rows;
    } catch (error) {
      this.log.error(`story view: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }

  private rowsUnder(parent: string | undefined): Promise<StoryRow[]> {
    return this.manager.query<StoryRow[]>({ kind: 'children', parent, sort: this.sortOrder, filter: this.filterText });
  }

  private refresh(): void {
    this.changed.fire(undefined);
  }

  private onState(state: StoryIndexState): void {
    void vscode.commands.executeCommand('setContext', STORY_STATE_CONTEXT, state.kind);
    const filter = this.filterText ? ` · filter "${this.filterText}"` : '';
    switch (state.kind) {
      case 'off':
        this.view.description = 'off';
        this.view.message = state.reason;
        break;
      case 'loading':
        this.view.description = 'loading…';
        this.view.message = undefined;
        break;
      case 'indexing':
        this.view.description = `indexing ${state.done}/${state.total}${filter}`;
        this.view.message = undefined;
        break;
      case 'ready':
        this.view.description = `${state.articles} article${state.articles === 1 ? '' : 's'}${filter}`;
        this.view.message = state.articles === 0
          ? 'No articles found: the index covers files in articleLens.languages (by extension) and articleLens.filePatterns.'
          : state.truncated ? 'More articles than articleLens.index.maxFiles: only the first ones are indexed.' : undefined;
        break;
      case 'error':
        this.view.description = 'error';
        this.view.message = `The story index failed: ${state.message}`;
        break;
    }
  }
}
