/**
 * Composes the extension: configuration, the analysis service and manager, and the surfaces (highlights, hovers,
 * navigation providers, the outline view, the status bar, commands). Owns them all, so deactivation is one dispose.
 */
import * as vscode from 'vscode';
import { AnalysisService } from './analysis/analysisService';
import type { AnalysisHostInfo, AnalysisWorkerPlatform } from './analysis/analysisWorkerPlatform';
import { ArticleAnalysisManager } from './analysis/articleAnalysisManager';
import { articleSelector } from './articleDocuments';
import { exportAnnotations, type ExportFormat } from './commands/exportAnnotations';
import { goToAdjacentMention } from './commands/mentionNavigation';
import { toggleCategories } from './commands/toggleCategory';
import { Configuration } from './configuration';
import { ActiveArticleContext } from './editor/activeArticleContext';
import { HighlightDecorator } from './editor/highlightDecorator';
import { HighlightVisibility } from './editor/highlightVisibility';
import { StatusBar, TOGGLE_HIGHLIGHTS_COMMAND } from './editor/statusBar';
import { describeError, type Log } from './log';
import type { Annotation } from '../core/types';
import type { DecorationLayer } from './model/decorationPlan';
import type { OutlineNode, OutlineSort } from './outline/outlineModel';
import { OutlineView, REVEAL_SPAN_COMMAND, type OutlineState } from './outline/outlineView';
import { ArticleHoverProvider } from './providers/hoverProvider';
import { EntityDefinitionProvider, EntityHighlightProvider, EntityReferenceProvider } from './providers/navigationProviders';
import { ArticleSymbolProvider } from './providers/symbolProvider';
import { Disposable } from './util/disposable';
import { onNextTurn } from './util/nextTurn';
import { ArticleMapFeature } from './features/map/articleMapFeature';
import type { MapPanelState } from './features/map/mapPanel';
import { StoryFeature, type StoryApi } from './features/story/storyFeature';
import type { StoryWorkerPlatform } from './features/story/storyWorkerPort';
import { ChecksManager } from './features/checks/checksManager';
import { CHECK_WORKSPACE_COMMAND, checkWorkspace } from './features/checks/checkWorkspace';

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
  private providerRegistrations: vscode.Disposable | undefined;

  /**
   * `analysisPlatform`: where the analysis worker runs (a Node worker thread, or a Web Worker in the browser);
   * `storyPlatform`: where the workspace index's workers run — a Node worker thread or a nested Web Worker;
   * absent where there is none, and then there is no story index.
   */
  constructor(context: vscode.ExtensionContext, private readonly log: Log, analysisPlatform: AnalysisWorkerPlatform, storyPlatform?: StoryWorkerPlatform) {
    super();
    const configuration = this._register(new Configuration());
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
    void vscode.commands.executeCommand('setContext', 'articleLens.storyAvailable', story !== undefined);
    if (!story) log.info('the story index (workspace symbols, Story view) is not available in this extension host');

    this.registerProviders(manager, configuration);
    this._register(configuration.onDidChange(({ previous, current }) => {
      if (previous.languages.join() !== current.languages.join() || previous.filePatterns.join() !== current.filePatterns.join()) {
        this.registerProviders(manager, configuration);
      }
    }));
    this._register({ dispose: () => this.providerRegistrations?.dispose() });

    const command = (id: string, run: (...args: any[]) => unknown) =>
      this._register(vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await run(...args);
        } catch (error) {
          log.error(`command ${id} failed: ${describeError(error)}`);
          void vscode.window.showErrorMessage(`Article Lens: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        }
      }));

    command(TOGGLE_HIGHLIGHTS_COMMAND, () => visibility.toggle());
    command('articleLens.showHighlights', () => visibility.set(true));
    command('articleLens.hideHighlights', () => visibility.set(false));
    command('articleLens.toggleCategory', () => toggleCategories(configuration.value));
    command('articleLens.reanalyze', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document && manager.isArticle(document)) await manager.reanalyze(document);
    });
    const exportCommand = (format: ExportFormat) => (target?: unknown) =>
      exportAnnotations(manager, format, target instanceof vscode.Uri ? target : undefined);
    command('articleLens.exportJson', exportCommand('json'));
    command('articleLens.exportMarkdown', exportCommand('markdown'));
    command('articleLens.nextMention', () => goToAdjacentMention(manager, 1));
    command('articleLens.previousMention', () => goToAdjacentMention(manager, -1));
    command('articleLens.revealInOutline', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      await manager.analysisFor(editor.document);
      return (await outline.revealAt(editor))?.id;
    });
    command(REVEAL_SPAN_COMMAND, (uri: vscode.Uri, start: number, end: number, version?: number) =>
      this.revealSpan(uri, start, end, version));
    const sortCommand = (sort: OutlineSort) => () => outline.setSort(sort);
    command('articleLens.outline.sortByAppearance', sortCommand('appearance'));
    command('articleLens.outline.sortByMentions', sortCommand('mentions'));
    command('articleLens.outline.sortByName', sortCommand('name'));
    command('articleLens.showLog', () => log.show(true));
    const map = this._register(new ArticleMapFeature(manager, context.extensionUri, log, command));
    command(CHECK_WORKSPACE_COMMAND, () => checkWorkspace(manager, service, configuration, checks));

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

  private registerProviders(manager: ArticleAnalysisManager, configuration: Configuration): void {
    this.providerRegistrations?.dispose();
    const selector = articleSelector(configuration.value);
    this.providerRegistrations = vscode.Disposable.from(
      vscode.languages.registerHoverProvider(selector, new ArticleHoverProvider(manager, configuration)),
      vscode.languages.registerDocumentSymbolProvider(selector, new ArticleSymbolProvider(manager), { label: 'Article Lens' }),
      vscode.languages.registerDefinitionProvider(selector, new EntityDefinitionProvider(manager)),
      vscode.languages.registerReferenceProvider(selector, new EntityReferenceProvider(manager)),
      vscode.languages.registerDocumentHighlightProvider(selector, new EntityHighlightProvider(manager)),
    );
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
