/**
 * Composes the extension: configuration, the analysis service and manager, and the surfaces (highlights, hovers,
 * navigation providers, the outline view, the status bar, commands). Owns them all, so deactivation is one dispose.
 */
import * as vscode from 'vscode';
import { AnalysisService } from './analysis/analysisService';
import type { AnalysisHostInfo, AnalysisWorkerPlatform } from './analysis/analysisWorkerPlatform';
import { ArticleAnalysisManager } from './analysis/articleAnalysisManager';
import { registerArticleProviders } from './articleProviders';
import { registerReportingCommand } from './commands/reportingCommand';
import { exportAnnotations, type ExportFormat } from './features/export/exportAnnotations';
import { goToAdjacentMention } from './features/navigation/mentionNavigation';
import { toggleCategories } from './features/highlights/toggleCategory';
import { SettingsStore } from './settings/settingsStore';
import { ActiveArticleContext } from './activeArticleContext';
import { HighlightDecorator } from './features/highlights/highlightDecorator';
import { HighlightVisibility } from './features/highlights/highlightVisibility';
import { StatusBar } from './features/statusBar/statusBar';
import type { Log } from './log';
import type { Annotation } from '../core/types';
import type { DecorationLayer } from '../presentation/decorationPlan';
import type { OutlineNode, OutlineSort } from './features/outline/outlineModel';
import { OutlineView, type OutlineState } from './features/outline/outlineView';
import { ArticleHoverProvider } from './features/hovers/hoverProvider';
import { EntityDefinitionProvider, EntityHighlightProvider, EntityReferenceProvider } from './features/navigation/navigationProviders';
import { ArticleSymbolProvider } from './features/outline/symbolProvider';
import { Disposable } from './util/disposable';
import { onNextTurn } from './util/nextTurn';
import { ArticleMapFeature } from './features/map/articleMapFeature';
import type { MapPanelState } from './features/map/mapPanel';
import { StoryFeature, type StoryApi } from './features/story/storyFeature';
import type { StoryWorkerPlatform } from './features/story/storyWorkerPort';
import { ChecksManager } from './features/checks/checksManager';
import { checkWorkspace } from './features/checks/checkWorkspace';
import { COMMANDS, CONTEXT_KEYS } from './registry/ids';

/** What `activate()` returns: a small read-only window on the extension's state, used by the integration tests. */
export interface ArticleLensApi {
  analysisFor(document: vscode.TextDocument): Promise<{ version: number; annotation: Annotation } | undefined>;
  documentStatus(document: vscode.TextDocument): string;
  outline(): { state: OutlineState; uri: string | undefined; roots: readonly OutlineNode[] };
  statusText(): string | undefined;
  highlightsVisible(): boolean;
  drawnHighlights(editor: vscode.TextEditor): Record<DecorationLayer, number> | undefined;
  usesWorker(): boolean;
  /** Where the analysis runs: a Node worker thread or a Web Worker (VS Code for the Web), and what it measured. */
  analysisHost(): AnalysisHostInfo;
  /** What the Article Map panel shows. */
  mapState(): MapPanelState;
  /** The workspace index; undefined where it is not available (VS Code for the Web, for now). */
  story: StoryApi | undefined;
}

export class ArticleLens extends Disposable {
  readonly api: ArticleLensApi;

  /**
   * `analysisPlatform`: where the analysis worker runs (a Node worker thread, or a Web Worker in the browser);
   * `storyPlatform`: where the workspace index's workers run — a Node worker thread or a nested Web Worker;
   * absent where there is none, and then there is no story index.
   */
  constructor(context: vscode.ExtensionContext, private readonly log: Log, analysisPlatform: AnalysisWorkerPlatform, storyPlatform?: StoryWorkerPlatform) {
    super();
    const configuration = this._register(new SettingsStore());
    const service = this._register(new AnalysisService(analysisPlatform, log));
    const manager = this._register(new ArticleAnalysisManager(service, configuration, log));
    // The worker's bundle and name model take about a second to load: start now, in the background, so the first
    // article's analysis does not wait for them (a no-op when a visible article has already started it).
    onNextTurn(() => service.warmUp()); // warmUp() does nothing once the service is disposed
    const visibility = this._register(new HighlightVisibility(context.workspaceState));
    const decorator = this._register(new HighlightDecorator(manager, configuration, visibility));
    const outline = this._register(new OutlineView(manager, context.workspaceState));
    const checks = this._register(new ChecksManager(manager, configuration, vscode.Uri.joinPath(context.extensionUri, 'docs', 'checks.md')));
    const statusBar = this._register(new StatusBar(manager, visibility, checks));
    this._register(new ActiveArticleContext(manager, configuration));
    const story = storyPlatform ? this._register(new StoryFeature(context, manager, configuration, log, storyPlatform)) : undefined;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.storyAvailable, story !== undefined);
    if (!story) log.info('the story index (workspace symbols, Story view) is not available in this extension host');

    this._register(registerArticleProviders(configuration, (selector) => [
      vscode.languages.registerHoverProvider(selector, new ArticleHoverProvider(manager, configuration)),
      vscode.languages.registerDocumentSymbolProvider(selector, new ArticleSymbolProvider(manager), { label: 'Article Lens' }),
      vscode.languages.registerDefinitionProvider(selector, new EntityDefinitionProvider(manager)),
      vscode.languages.registerReferenceProvider(selector, new EntityReferenceProvider(manager)),
      vscode.languages.registerDocumentHighlightProvider(selector, new EntityHighlightProvider(manager)),
    ]));

    const command = (id: string, run: (...args: any[]) => unknown) => this._register(registerReportingCommand(log, id, run));

    command(COMMANDS.toggleHighlights, () => visibility.toggle());
    command(COMMANDS.showHighlights, () => visibility.set(true));
    command(COMMANDS.hideHighlights, () => visibility.set(false));
    command(COMMANDS.chooseCategories, () => toggleCategories(configuration.value));
    command(COMMANDS.reanalyze, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document && manager.isArticle(document)) await manager.reanalyze(document);
    });
    const exportCommand = (format: ExportFormat) => (target?: unknown) =>
      exportAnnotations(manager, format, target instanceof vscode.Uri ? target : undefined);
    command(COMMANDS.exportJson, exportCommand('json'));
    command(COMMANDS.exportMarkdown, exportCommand('markdown'));
    command(COMMANDS.nextMention, () => goToAdjacentMention(manager, 1));
    command(COMMANDS.previousMention, () => goToAdjacentMention(manager, -1));
    command(COMMANDS.revealInOutline, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      await manager.analysisFor(editor.document);
      return (await outline.revealAt(editor))?.id;
    });
    command(COMMANDS.revealSpan, (uri: vscode.Uri, start: number, end: number, version?: number) =>
      this.revealSpan(uri, start, end, version));
    const sortCommand = (sort: OutlineSort) => () => outline.setSort(sort);
    command(COMMANDS.outlineSortByAppearance, sortCommand('appearance'));
    command(COMMANDS.outlineSortByMentions, sortCommand('mentions'));
    command(COMMANDS.outlineSortByName, sortCommand('name'));
    command(COMMANDS.showLog, () => log.show(true));
    const map = this._register(new ArticleMapFeature(manager, context.extensionUri, log, command, story?.index));
    command(COMMANDS.checkWorkspace, () => checkWorkspace(manager, service, configuration, checks));

    this.api = {
      analysisFor: async (document) => {
        const analysis = await manager.analysisFor(document);
        return analysis && { version: analysis.version, annotation: analysis.result.annotation };
      },
      documentStatus: (document) => manager.status(document).kind,
      outline: () => outline.model,
      statusText: () => statusBar.text,
      highlightsVisible: () => visibility.visible,
      drawnHighlights: (editor) => decorator.drawnCounts(editor),
      usesWorker: () => service.usesWorker,
      analysisHost: () => ({ ...service.hostInfo }),
      mapState: () => map.panel.state,
      story: story?.api,
    };
  }

  private async revealSpan(uri: vscode.Uri, start: number, end: number, version?: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(uri);
    if (version !== undefined && document.version !== version) {
      // The outline row is from an older version of the text: its offsets may point elsewhere now. The outline
      // refreshes when the new analysis lands; revealing a stale span would select the wrong words.
      vscode.window.setStatusBarMessage('Article Lens: the article changed; the outline is updating', 3000);
      return;
    }
    const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: true });
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}
