/**
 * Composes the extension: configuration, the analysis service and manager, and the features (highlights, hovers,
 * navigation, the outline, export, the status bar, checks, the Article Map, the story index), each from its folder
 * under features/. Owns them all, so deactivation is one dispose.
 */
import * as vscode from 'vscode';
import { AnalysisService } from './analysis/analysisService';
import type { AnalysisHostInfo, AnalysisWorkerPlatform } from './analysis/analysisWorkerPlatform';
import { ArticleAnalysisManager } from './analysis/articleAnalysisManager';
import { registerArticleProviders } from './articleProviders';
import { registerReportingCommand } from './commands/reportingCommand';
import { SettingsStore } from './settings/settingsStore';
import { ActiveArticleContext } from './activeArticleContext';
import type { Log } from './log';
import type { Annotation } from '../core/types';
import type { DecorationLayer } from '../presentation/decorationPlan';
import type { FeatureContext } from './features/featureContext';
import { registerHighlights } from './features/highlights/registerHighlights';
import { registerHovers } from './features/hovers/registerHovers';
import { registerNavigation } from './features/navigation/registerNavigation';
import type { OutlineNode } from './features/outline/outlineModel';
import type { OutlineState } from './features/outline/outlineView';
import { registerOutline } from './features/outline/registerOutline';
import { registerStatusBar } from './features/statusBar/registerStatusBar';
import { registerExport } from './features/export/registerExport';
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
  /** A long article's drawn lines and their ranges per layer (highlights/highlightWindow.ts); undefined when drawn whole. */
  highlightWindow(editor: vscode.TextEditor): { first: number; last: number; counts: Record<DecorationLayer, number> } | undefined;
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
    const command = (id: string, run: (...args: any[]) => unknown) => this._register(registerReportingCommand(log, id, run));
    const features: FeatureContext = {
      manager,
      settings: configuration,
      log,
      workspaceState: context.workspaceState,
      own: (disposable) => this._register(disposable),
      command: (id, run) => void command(id, run),
      articleProviders: (register) => void this._register(registerArticleProviders(configuration, register)),
    };
    const { visibility, decorator } = registerHighlights(features);
    registerHovers(features);
    registerNavigation(features);
    const outline = registerOutline(features);
    registerExport(features);
    const checks = this._register(new ChecksManager(manager, configuration, vscode.Uri.joinPath(context.extensionUri, 'docs', 'checks.md')));
    const statusBar = registerStatusBar(features, visibility, checks);
    this._register(new ActiveArticleContext(manager, configuration));
    const story = storyPlatform ? this._register(new StoryFeature(context, manager, configuration, log, storyPlatform)) : undefined;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.storyAvailable, story !== undefined);
    if (!story) log.info('the story index (workspace symbols, Story view) is not available in this extension host');

    command(COMMANDS.reanalyze, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document && manager.isArticle(document)) await manager.reanalyze(document);
    });
    command(COMMANDS.revealSpan, (uri: vscode.Uri, start: number, end: number, version?: number) =>
      this.revealSpan(uri, start, end, version));
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
      highlightWindow: (editor) => decorator.drawnWindow(editor),
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
