/**
 * The story across the workspace's articles, composed: the story workers, the index manager, the Story view, the
 * status bar item, Ctrl+T, cross-article references and hovers, and the feature's commands. ArticleLens registers
 * it in one line; `api` is its window for the integration tests.
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager } from '../../analysis/articleAnalysisManager';
import { registerArticleProviders } from '../../articleProviders';
import { registerReportingCommand } from '../../commands/reportingCommand';
import type { SettingsStore } from '../../settings/settingsStore';
import type { Log } from '../../log';
import { Disposable } from '../../util/disposable';
import { STORY_COMMANDS } from './storyCommands';
import { StoryIndexManager, type StoryIndexCounters, type StoryIndexState } from './storyIndexManager';
import { StoryHoverProvider, StoryReferenceProvider, StorySymbolProvider } from './storyProviders';
import { storyCard } from './storyCard';
import type { StoryEntityFacts, StoryEntitySummary, StorySummary } from './storyQueries';
import { StoryStatusBar } from './storyStatusBar';
import type { StoryRow, StorySort } from './storyTree';
import { StoryView } from './storyView';
import { StoryWorkers } from './storyWorkers';
import type { StoryWorkerPlatform } from './storyWorkerPort';

export interface StoryApi {
  state(): StoryIndexState;
  whenIdle(): Promise<void>;
  counters(): StoryIndexCounters;
  summary(): Promise<StorySummary>;
  entities(): Promise<StoryEntitySummary[]>;
  articles(): Promise<string[]>;
  rows(parent?: string): Promise<StoryRow[]>;
  setSort(sort: StorySort): Promise<void>;
  setFilter(filter: string): Promise<void>;
  hoverText(uri: string, offset: number): Promise<string | undefined>;
  statusText(): string;
  /** Drops the in-memory index and starts again as a reopened workspace would: from the cache. */
  reopen(): Promise<void>;
  rebuild(): Promise<void>;
  /** The index worker's heap in bytes: what the index costs in memory (the scale test's figure). */
  indexHeapBytes(): Promise<number>;
}

/** The story index starts at the latest this long after activation, even while the first article is analysed. */
const STORY_START_MAX_WAIT_MS = 5000;

export class StoryFeature extends Disposable {
  readonly api: StoryApi;
  /** The index, for the Article Map's story scope. */
  readonly index: StoryIndexManager;

  constructor(context: vscode.ExtensionContext, articles: ArticleAnalysisManager, configuration: SettingsStore, log: Log, platform: StoryWorkerPlatform) {
    super();
    const workers = this._register(new StoryWorkers(platform, log, articles.foreground));
    const manager = this._register(new StoryIndexManager(context, articles, configuration, workers, log));
    this.index = manager;
    const view = this._register(new StoryView(manager, context.workspaceState, log));
    const statusBar = this._register(new StoryStatusBar(manager));

    this._register(registerArticleProviders(configuration, (selector) => [
      vscode.languages.registerReferenceProvider(selector, new StoryReferenceProvider(articles, manager)),
      vscode.languages.registerHoverProvider(selector, new StoryHoverProvider(articles, manager, configuration)),
    ]));
    this._register(vscode.languages.registerWorkspaceSymbolProvider(new StorySymbolProvider(manager)));

    const command = (id: string, run: (...args: any[]) => unknown) => this._register(registerReportingCommand(log, id, run));
    command(STORY_COMMANDS.rebuildIndex, () => manager.rebuild());
    command(STORY_COMMANDS.filter, () => view.promptFilter());
    command(STORY_COMMANDS.clearFilter, () => view.setFilter(''));
    command(STORY_COMMANDS.sortByMentions, () => view.setSort('mentions'));
    command(STORY_COMMANDS.sortByArticles, () => view.setSort('articles'));
    command(STORY_COMMANDS.sortByName, () => view.setSort('name'));
    command(STORY_COMMANDS.open, (uri: string | vscode.Uri, start: number, end: number) => openAt(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri, start, end));

    // After activation returns and the articles on screen are analysed (at most a few seconds): the first scan,
    // its workers and their model loads must not delay the extension's start nor the first article's highlights.
    let disposed = false;
    this._register({ dispose: () => (disposed = true) });
    const started = articles.whenVisibleAnalysed(STORY_START_MAX_WAIT_MS).then(() => {
      if (!disposed) void manager.start();
    });

    this.api = {
      state: () => manager.state,
      whenIdle: () => started.then(() => manager.whenIdle()),
      counters: () => ({ ...manager.counters }),
      summary: () => manager.summary(),
      entities: () => manager.query<StoryEntitySummary[]>({ kind: 'entities' }),
      articles: () => manager.query<string[]>({ kind: 'articles' }),
      rows: (parent) => view.rows(parent),
      setSort: (sort) => view.setSort(sort),
      setFilter: (filter) => view.setFilter(filter),
      hoverText: async (uri, offset) => {
        const facts = await manager.query<StoryEntityFacts | null>({ kind: 'entityFacts', lookup: { uri, offset } });
        return facts ? storyCard(facts) : undefined;
      },
      statusText: () => statusBar.text,
      reopen: () => manager.start(),
      rebuild: () => manager.rebuild(),
      indexHeapBytes: async () => (await manager.query<{ heapUsed: number }>({ kind: 'heap' })).heapUsed,
    };
  }
}

/** Opens an article with the span selected and in view (the index's offsets are the file's, as VS Code reads it). */
async function openAt(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: true });
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
