/**
 * The Article Lens sidebar: a tree (`articleLens.outline`) of the active article's outline that follows the active
 * editor. Clicking a row selects its span in the editor. When there is nothing to show, the `articleLens.outlineState`
 * context key picks the matching `viewsWelcome` message (not an article, too large, analysing, no editor).
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager, DocumentAnalysis, DocumentStatus } from '../../analysis/articleAnalysisManager';
import { Disposable } from '../../util/disposable';
import { buildOutline, findNodeAt, OUTLINE_SORTS, type OutlineNode, type OutlineSort } from './outlineModel';
import { COMMANDS, CONTEXT_KEYS, STATE_KEYS, VIEWS } from '../../registry/ids';

/** Groups open by default unless long: expanding thousands of rows at once is slow and unreadable. */
const EXPAND_GROUPS_UP_TO = 300;

export type OutlineState = 'noEditor' | 'notArticle' | 'tooLarge' | 'analysing' | 'error' | 'ready';

export class OutlineView extends Disposable implements vscode.TreeDataProvider<OutlineNode> {
  private readonly changed = this._register(new vscode.EventEmitter<OutlineNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<OutlineNode>;
  private roots: OutlineNode[] = [];
  private shown: { document: vscode.TextDocument; analysis: DocumentAnalysis; sort: OutlineSort } | undefined;
  private sortOrder: OutlineSort;
  private state: OutlineState = 'noEditor';

  constructor(
    private readonly manager: ArticleAnalysisManager,
    private readonly memento: vscode.Memento,
  ) {
    super();
    const saved = memento.get<OutlineSort>(STATE_KEYS.outlineSort, 'appearance');
    this.sortOrder = OUTLINE_SORTS.includes(saved) ? saved : 'appearance';
    this.view = this._register(vscode.window.createTreeView(VIEWS.outline, { treeDataProvider: this, showCollapseAll: true }));
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(manager.onDidChangeStatus(({ document, uri, status }) => {
      const active = vscode.window.activeTextEditor?.document;
      // Another opening of the same file (a language change reopens it) has a status of its own: ask for that one.
      if (active?.uri.toString() === uri.toString()) this.update(active === document ? status : undefined);
    }));
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.outlineSort, this.sortOrder);
    this.update();
  }

  get sort(): OutlineSort {
    return this.sortOrder;
  }

  async setSort(sort: OutlineSort): Promise<void> {
    this.sortOrder = sort;
    await this.memento.update(STATE_KEYS.outlineSort, sort);
    await vscode.commands.executeCommand('setContext', CONTEXT_KEYS.outlineSort, sort);
    this.update();
  }

  /** The rows currently shown (for the extension's test API). */
  get model(): { state: OutlineState; uri: string | undefined; roots: readonly OutlineNode[] } {
    return { state: this.state, uri: this.shown?.document.uri.toString(), roots: this.roots };
  }

  /** Selects the row of the span under the editor's cursor, opening the view if needed. */
  async revealAt(editor: vscode.TextEditor): Promise<OutlineNode | undefined> {
    this.update();
    if (!this.shown || this.shown.document !== editor.document) return undefined;
    const node = findNodeAt(this.roots, editor.document.offsetAt(editor.selection.active));
    if (node) await this.view.reveal(node, { select: true, focus: true, expand: true });
    return node;
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    const collapsible =
      node.childCount === 0
        ? vscode.TreeItemCollapsibleState.None
        : node.kind === 'group' && node.id !== 'group:paragraphs' && node.childCount <= EXPAND_GROUPS_UP_TO
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new vscode.ThemeIcon(node.icon);
    item.contextValue = `articleLens.${node.kind}`;
    const document = this.shown?.document;
    if (node.span && document) {
      item.command = {
        command: COMMANDS.revealSpan,
        title: 'Reveal in Editor',
        arguments: [document.uri, node.span.start, node.span.end, this.shown?.analysis.version],
      };
    }
    return item;
  }

  getChildren(node?: OutlineNode): OutlineNode[] {
    return node ? node.children : this.roots;
  }

  getParent(node: OutlineNode): OutlineNode | undefined {
    return node.parent;
  }

  /**
   * Shows the active editor's outline. `activeStatus`: the active document's status, when the manager's event
   * brought it. Never starts an analysis: the manager analyses what is visible, and its event brings the result.
   */
  private update(activeStatus?: DocumentStatus): void {
    const editor = vscode.window.activeTextEditor;
    let state: OutlineState;
    let analysis: DocumentAnalysis | undefined;
    if (!editor) {
      // Focus moved to a non-editor (the view itself, a panel): keep showing the last article.
      state = this.shown ? 'ready' : 'noEditor';
      analysis = this.shown?.analysis;
    } else {
      const status = activeStatus ?? this.manager.status(editor.document);
      analysis = this.manager.latest(editor.document);
      state = status.kind === 'notArticle' ? 'notArticle'
        : status.kind === 'tooLarge' ? 'tooLarge'
        : status.kind === 'error' ? 'error'
        : analysis ? 'ready' : 'analysing';
      if (state !== 'ready') analysis = undefined;
    }
    const document = editor?.document ?? this.shown?.document;
    if (analysis && document) {
      const same = this.shown && this.shown.analysis === analysis && this.shown.sort === this.sortOrder;
      if (!same) {
        this.shown = { document, analysis, sort: this.sortOrder };
        this.roots = buildOutline(
          { text: analysis.text, annotation: analysis.result.annotation, paragraphs: analysis.result.paragraphs },
          this.sortOrder,
        );
        this.changed.fire(undefined);
      }
    } else if (this.shown || this.roots.length > 0) {
      this.shown = undefined;
      this.roots = [];
      this.changed.fire(undefined);
    }
    if (state !== this.state) {
      this.state = state;
      void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.outlineState, state);
    }
    this.view.description = this.shown ? vscode.workspace.asRelativePath(this.shown.document.uri, false) : undefined;
  }
}
