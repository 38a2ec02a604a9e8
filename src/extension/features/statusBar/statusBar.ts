/**
 * The status bar item: counts for the active article (people, organisations, places, dates, quotations) and a
 * click that toggles highlights. Says plainly when a file is too large to analyse or the analysis failed.
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager, DocumentStatus } from '../../analysis/articleAnalysisManager';
import { Disposable } from '../../util/disposable';
import type { HighlightVisibility } from '../highlights/highlightVisibility';
import { statusBarContent, type StatusBarInput } from './statusBarModel';
import { COMMANDS, STATUS_ITEMS } from '../../registry/ids';
import { CONFIG_SECTION, SETTING } from '../../settings/settings';

/** Where the vague-attribution count comes from (the checks feature). */
export interface Sourcing {
  readonly onDidChange: vscode.Event<vscode.Uri>;
  vagueAttributions(uri: vscode.Uri): number | undefined;
}

export class StatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem(STATUS_ITEMS.analysis, vscode.StatusBarAlignment.Right, 100));

  constructor(
    private readonly manager: ArticleAnalysisManager,
    private readonly visibility: HighlightVisibility,
    /** The editor's checks: how many vague attributions the article has (shown when there are any). */
    private readonly sourcing?: Sourcing,
  ) {
    super();
    this.item.name = 'Article Lens';
    if (sourcing) this._register(sourcing.onDidChange(() => this.update()));
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(manager.onDidChangeStatus(({ document, uri, status }) => {
      const active = vscode.window.activeTextEditor?.document;
      // Another opening of the same file (a language change reopens it) has a status of its own: ask for that one.
      if (active?.uri.toString() === uri.toString()) this.update(active === document ? status : undefined);
    }));
    this._register(visibility.onDidChange(() => this.update()));
    this.update();
  }

  /** The text shown, for the extension's test API. */
  get text(): string | undefined {
    return this.item.text || undefined;
  }

  /** `activeStatus`: the active document's status, when the manager's event brought it. */
  private update(activeStatus?: DocumentStatus): void {
    const document = vscode.window.activeTextEditor?.document;
    const status: DocumentStatus = activeStatus ?? (document ? this.manager.status(document) : { kind: 'notArticle' });
    const content = statusBarContent(this.input(status, document));
    const item = this.item;
    if (!content) {
      item.hide();
      item.text = '';
      return;
    }
    item.text = content.text;
    item.tooltip = content.tooltip;
    item.backgroundColor = content.tone ? new vscode.ThemeColor(`statusBarItem.${content.tone}Background`) : undefined;
    item.command = content.action === 'openSizeSetting'
      ? { command: 'workbench.action.openSettings', title: 'Open Settings', arguments: [`${CONFIG_SECTION}.${SETTING.maxFileSizeKB}`] }
      : content.action === 'showLog' ? COMMANDS.showLog : COMMANDS.toggleHighlights;
    item.show();
  }

  private input(status: DocumentStatus, document: vscode.TextDocument | undefined): StatusBarInput {
    switch (status.kind) {
      case 'pending':
        return { kind: 'pending', latest: document && this.manager.latest(document)?.result.annotation };
      case 'ready':
        return {
          kind: 'ready',
          annotation: status.analysis.result.annotation,
          highlightsVisible: this.visibility.visible,
          vagueAttributions: document && this.sourcing?.vagueAttributions(document.uri),
        };
      default:
        return status;
    }
  }
}
