/**
 * The status bar item: counts for the active article (people, organisations, places, dates, quotations) and a
 * click that toggles highlights. Says plainly when a file is too large to analyse or the analysis failed.
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager } from '../../analysis/articleAnalysisManager';
import { Disposable } from '../../util/disposable';
import type { HighlightVisibility } from '../highlights/highlightVisibility';
import type { Annotation } from '../../../core/types';
import { COMMANDS, STATUS_ITEMS } from '../../registry/ids';
import { CONFIG_SECTION, SETTING } from '../../settings/settings';

export class StatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem(STATUS_ITEMS.analysis, vscode.StatusBarAlignment.Right, 100));

  constructor(
    private readonly manager: ArticleAnalysisManager,
    private readonly visibility: HighlightVisibility,
    /** The editor's checks: how many vague attributions the article has (shown when there are any). */
    private readonly sourcing?: { onDidChange: vscode.Event<vscode.Uri>; vagueAttributions(uri: vscode.Uri): number | undefined },
  ) {
    super();
    this.item.name = 'Article Lens';
    if (sourcing) this._register(sourcing.onDidChange(() => this.update()));
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(manager.onDidChangeStatus(() => this.update()));
    this._register(visibility.onDidChange(() => this.update()));
    this.update();
  }

  /** The text shown, for the extension's test API. */
  get text(): string | undefined {
    return this.item.text || undefined;
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const status = document ? this.manager.status(document) : { kind: 'notArticle' as const };
    const item = this.item;
    item.command = COMMANDS.toggleHighlights;
    item.backgroundColor = undefined;
    switch (status.kind) {
      case 'notArticle':
        item.hide();
        item.text = '';
        return;
      case 'tooLarge': {
        const size = (n: number) => `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
        item.text = '$(warning) Article Lens: file too large';
        item.tooltip = `Not analysed: this document has ${size(status.length)} of text, above the articleLens.maxFileSizeKB limit of ${size(status.limit)}.`;
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        item.command = { command: 'workbench.action.openSettings', title: 'Open Settings', arguments: [`${CONFIG_SECTION}.${SETTING.maxFileSizeKB}`] };
        break;
      }
      case 'error':
        item.text = '$(error) Article Lens: analysis failed';
        item.tooltip = `${status.message}\nSee the Article Lens output channel.`;
        item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        item.command = COMMANDS.showLog;
        break;
      case 'pending': {
        const latest = this.manager.latest(document!);
        item.text = latest ? `$(sync~spin) ${counts(latest.result.annotation)}` : '$(sync~spin) Article Lens: analysing…';
        item.tooltip = 'Article Lens is analysing this article.';
        break;
      }
      case 'ready': {
        const vague = this.sourcing?.vagueAttributions(document!.uri);
        const vagueText = vague ? ` $(unverified) ${vague}` : '';
        const vagueTooltip = vague === undefined ? '' : `\n${vague === 0 ? 'No' : vague} anonymous or vague attribution${vague === 1 ? '' : 's'} ("sources said", "officials say"…).`;
        item.text = `${this.visibility.visible ? '$(eye)' : '$(eye-closed)'} ${counts(status.analysis.result.annotation)}${vagueText}`;
        item.tooltip = `${describe(status.analysis.result.annotation)}${vagueTooltip}\nClick to ${this.visibility.visible ? 'hide' : 'show'} highlights.`;
        break;
      }
    }
    item.show();
  }
}

function tally(annotation: Annotation) {
  const of = (type: string) => annotation.entities.filter((e) => e.type === type).length;
  return {
    people: of('PERSON'),
    organizations: of('ORGANIZATION'),
    places: of('LOCATION'),
    dates: annotation.temporal.length,
    quotes: annotation.quotes.length,
  };
}

function counts(annotation: Annotation): string {
  const t = tally(annotation);
  return `$(person) ${t.people} $(organization) ${t.organizations} $(location) ${t.places} $(calendar) ${t.dates} $(quote) ${t.quotes}`;
}

function describe(annotation: Annotation): string {
  const t = tally(annotation);
  return `Article Lens: ${t.people} people, ${t.organizations} organisations, ${t.places} places, ${t.dates} dates and times, ${t.quotes} quotations.`;
}
