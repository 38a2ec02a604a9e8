/**
 * Keeps the workspace story index in step with the workspace: on start it loads the cache (ready at once), then
 * scans the articles the settings select in the background — reading each file through `workspace.fs`, analysing
 * it in an analyser worker unless its content hash is already indexed — with a cancellable progress notification;
 * afterwards a FileSystemWatcher and the editor's own analyses keep it current. Off, saying why, in an untrusted
 * workspace (it reads every article on disk) or when `articleLens.index.enabled` is false. The host thread only
 * moves bytes and small messages: the analysis and the index itself live in the story workers.
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager } from '../../analysis/articleAnalysisManager';
import type { ArticleLensConfig, SettingsChange } from '../../settings/settings';
import type { SettingsStore } from '../../settings/settingsStore';
import type { Log } from '../../log';
import { describeError } from '../../log';
import { Disposable } from '../../util/disposable';
import { digestArticle } from '../../../core/story/digest';
import { contentHash } from '../../../core/story/contentHash';
import { articleScope, findArticles, inScope, type ArticleScope } from './articleFiles';
import { StoryCache, type CachedFile } from './storyCache';
import { StoryWorkerCancelled, type StoryWorkers } from './storyWorkers';
import type { StoryQuery, StoryQueryResult, StorySummary } from './storyQueries';

export type StoryIndexState =
  | { kind: 'off'; reason: string }
  | { kind: 'loading' }
  | { kind: 'indexing'; done: number; total: number }
  | { kind: 'ready'; articles: number; skipped: number; truncated: boolean; cancelled: boolean }
  | { kind: 'error'; message: string };

/** Counters for tests and the log: what the last start and scan did. */
export interface StoryIndexCounters {
  loadedFromCache: number;
  analysed: number;
  unchanged: number;
  skipped: number;
  removed: number;
  lastScanMs: number;
  lastLoadMs: number;
}

/** Files read and in flight at once: enough to keep the analysers fed, few enough to bound memory. */
const IN_FLIGHT = 6;
/** Index changes are announced at most this often (the view refreshes on each). */
const CHANGE_THROTTLE_MS = 400;

export class StoryIndexManager extends Disposable {
  private readonly stateChanged = this._register(new vscode.EventEmitter<StoryIndexState>());
  readonly onDidChangeState = this.stateChanged.event;
  private readonly indexChanged = this._register(new vscode.EventEmitter<void>());
  /** The index's content changed (throttled). */
  readonly onDidChangeIndex = this.indexChanged.event;

  private current: StoryIndexState = { kind: 'loading' };
  /** What the index holds from disk: file → hash, mtime, size. */
  private readonly files = new Map<string, CachedFile>();
  /** Files whose entry in the index is an open editor's unsaved text. */
  private readonly fromEditor = new Set<string>();
  private cache: StoryCache | undefined;
  private scope: ArticleScope | undefined;
  private watchers: vscode.Disposable | undefined;
  private scanCancel: vscode.CancellationTokenSource | undefined;
  /** The previous cache's last writes: a restart reads the manifest only after them. */
  private flushing: Promise<void> = Promise.resolve();
  private running: Promise<void> = Promise.resolve();
  private readonly updates = new Map<string, { uri: vscode.Uri; force: boolean }>();
  private updating = false;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private started = false;
  readonly counters: StoryIndexCounters = { loadedFromCache: 0, analysed: 0, unchanged: 0, skipped: 0, removed: 0, lastScanMs: 0, lastLoadMs: 0 };

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly articles: ArticleAnalysisManager,
    private readonly configuration: SettingsStore,
    private readonly workers: StoryWorkers,
    private readonly log: Log,
  ) {
    super();
    this._register({ dispose: () => this.stop() });
    this._register(workers.onDidLoseIndex(() => void this.restart('the index worker stopped')));
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => void this.restart('workspace trusted')));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.restart('workspace folders changed')));
    this._register(configuration.onDidChange((change) => this.onDidChangeConfig(change)));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude')) void this.restart('excludes changed');
    }));
    this._register(articles.onDidChangeStatus(({ uri }) => this.onDidAnalyseOpenDocument(uri)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.onDidCloseDocument(document)));
    // Reverted or saved: the editor's text is the disk's again (a close may come minutes later, or never).
    this._register(vscode.workspace.onDidChangeTextDocument((e) => {
      if (!e.document.isDirty) this.onDidCloseDocument(e.document);
    }));
  }

  get state(): StoryIndexState {
    return this.current;
  }

  private get config(): ArticleLensConfig {
    return this.configuration.value;
  }

  /** Loads the cache and scans; safe to call again (restarts). */
  start(): Promise<void> {
    this.started = true;
    return this.restart('start');
  }

  /** Forgets the cache and the index and analyses every article again. */
  rebuild(): Promise<void> {
    return this.enqueueRun(async () => {
      this.stop();
      await this.cache?.clear();
      await this.resetIndex();
      await this.begin(true);
    });
  }

  /** Resolves when the current load, scan and queued updates are done (for tests and the rebuild command). */
  async whenIdle(): Promise<void> {
    for (;;) {
      const running = this.running;
      await running;
      while (this.updating || this.updates.size > 0) await new Promise((r) => setTimeout(r, 50));
      if (running === this.running) return;
    }
  }

  query<T extends StoryQueryResult>(query: StoryQuery): Promise<T> {
    return this.workers.query<T>(query);
  }

  /** Whether the index holds this document (so its own references and hovers come from the index too). */
  holds(uri: vscode.Uri): boolean {
    return this.files.has(uri.toString()) || this.fromEditor.has(uri.toString());
  }

  private restart(why: string): Promise<void> {
    if (!this.started) return Promise.resolve();
    this.log.debug(`story index: (re)starting: ${why}`);
    return this.enqueueRun(async () => {
      this.stop();
      await this.resetIndex();
      await this.begin(false);
    });
  }

  private enqueueRun(run: () => Promise<void>): Promise<void> {
    this.scanCancel?.cancel();
    this.workers.cancelQueued();
    const next = this.running.then(run, run).catch((error: unknown) => {
      if (error instanceof StoryWorkerCancelled) return;
      this.log.error(`story index: ${describeError(error)}`);
      this.setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    });
    this.running = next;
    return next;
  }

  private offReason(): string | undefined {
    if (!this.config.index.enabled) return 'articleLens.index.enabled is off.';
    if (!vscode.workspace.isTrusted) {
      return 'Restricted Mode: the story index reads every article in the workspace from disk, so it waits until you trust this workspace. The open article is still analysed.';
    }
    if (!vscode.workspace.workspaceFolders?.length) return 'No folder is open: the story index covers the articles of a workspace folder.';
    return undefined;
  }

  private async begin(force: boolean): Promise<void> {
    const reason = this.offReason();
    if (reason) {
      this.setState({ kind: 'off', reason });
      return;
    }
    const storage = this.context.storageUri ?? this.context.globalStorageUri;
    const options = this.analysisOptions();
    const version = (this.context.extension?.packageJSON as { version?: string } | undefined)?.version ?? '0';
    await this.flushing;
    this.cache = new StoryCache(vscode.Uri.joinPath(storage, 'story-index'), StoryCache.stampFor(version, JSON.stringify(options)));
    this.scope = articleScope(this.config);
    this.watch(this.scope);
    if (!force) await this.loadCache();
    await this.scan(force);
  }

  private analysisOptions(): { referenceDate?: string } {
    return this.config.referenceDate ? { referenceDate: this.config.referenceDate } : {};
  }

  private async loadCache(): Promise<void> {
    const cache = this.cache!;
    this.setState({ kind: 'loading' });
    const started = Date.now();
    const manifest = await cache.readManifest();
    let loaded = 0;
    const entries = [...manifest];
    await forEachLimited(entries, IN_FLIGHT * 2, async ([uri, file]) => {
      const bytes = await cache.readDigest(file.hash);
      if (!bytes || !(await this.workers.load(uri, bytes))) return;
      this.files.set(uri, file);
      loaded++;
      this.announceChange();
    });
    this.counters.loadedFromCache = loaded;
    this.counters.lastLoadMs = Date.now() - started;
    if (loaded > 0) this.log.info(`story index: ${loaded} articles from the cache in ${this.counters.lastLoadMs} ms`);
  }

  private async scan(force: boolean): Promise<void> {
    const started = Date.now();
    const cancel = (this.scanCancel = new vscode.CancellationTokenSource());
    const found = await findArticles(this.scope!, this.config.index.maxFiles, cancel.token);
    const present = new Set(found.uris.map((u) => u.toString()));
    const gone = [...this.files.keys()].filter((uri) => !present.has(uri));
    await this.removeFiles(gone);
    const counters = this.counters;
    counters.analysed = 0;
    counters.unchanged = 0;
    counters.skipped = 0;
    let done = 0;
    const total = found.uris.length;
    const stale = found.uris.filter((uri) => force || !this.files.has(uri.toString()));
    // Files the cache holds are checked quietly; a notification only when there is real work to wait for.
    const work = async (progress?: vscode.Progress<{ message?: string; increment?: number }>) => {
      this.setState({ kind: 'indexing', done, total });
      let lastReport = 0;
      let reported = 0;
      await forEachLimited(found.uris, IN_FLIGHT, async (uri) => {
        if (cancel.token.isCancellationRequested) return;
        await this.indexFile(uri, force);
        done++;
        const now = Date.now();
        if (now - lastReport > 250 || done === total) {
          lastReport = now;
          this.setState({ kind: 'indexing', done, total });
          progress?.report({ message: `${done} of ${total} articles`, increment: (100 * (done - reported)) / total });
          reported = done;
        }
      }, cancel.token);
    };
    if (stale.length > 20) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Article Lens: indexing the workspace’s articles', cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => {
            cancel.cancel();
            this.workers.cancelQueued();
          });
          return work(progress);
        },
      );
    } else {
      await work();
    }
    counters.lastScanMs = Date.now() - started;
    const cancelled = cancel.token.isCancellationRequested;
    if (this.scanCancel === cancel) this.scanCancel = undefined;
    cancel.dispose();
    this.cache?.scheduleManifest(this.files);
    if (!cancelled) void this.cache?.prune(new Set([...this.files.values()].map((f) => f.hash)));
    this.log.info(
      `story index: ${this.files.size} articles (${counters.analysed} analysed, ${counters.unchanged} unchanged, ` +
        `${counters.skipped} skipped) in ${counters.lastScanMs} ms${cancelled ? ', cancelled' : ''}${found.truncated ? `, limited to ${this.config.index.maxFiles} files` : ''}`,
    );
    this.setState({ kind: 'ready', articles: this.files.size + this.editorOnlyCount(), skipped: counters.skipped, truncated: found.truncated, cancelled });
    this.announceChange();
  }

  private editorOnlyCount(): number {
    let n = 0;
    for (const uri of this.fromEditor) if (!this.files.has(uri)) n++;
    return n;
  }

  /** Brings one file's entry up to date from disk. */
  private async indexFile(uri: vscode.Uri, force: boolean): Promise<void> {
    const key = uri.toString();
    if (this.fromEditor.has(key)) return; // the open editor's text is newer than the disk's
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      await this.removeFiles([key]);
      return;
    }
    if (stat.type & vscode.FileType.Directory) return;
    if (stat.size > this.config.index.maxFileSizeKB * 1024) {
      this.counters.skipped++;
      await this.removeFiles([key]);
      return;
    }
    const known = this.files.get(key);
    if (!force && known && known.mtime === stat.mtime && known.size === stat.size) return;
    const bytes = await vscode.workspace.fs.readFile(uri);
    const response = await this.workers.analyse(key, bytes, force ? undefined : known?.hash, this.analysisOptions());
    switch (response.kind) {
      case 'unchanged':
        this.files.set(key, { hash: response.hash, mtime: stat.mtime, size: stat.size });
        this.counters.unchanged++;
        break;
      case 'digest': {
        this.counters.analysed++;
        const copy = response.bytes.slice();
        void this.cache?.writeDigest(response.hash, copy);
        if (await this.workers.load(key, response.bytes)) {
          this.files.set(key, { hash: response.hash, mtime: stat.mtime, size: stat.size });
          this.announceChange();
        }
        break;
      }
      case 'skipped':
        this.counters.skipped++;
        this.log.debug(`story index: skipped ${uri.toString(true)}: ${response.reason}`);
        await this.removeFiles([key]);
        break;
      case 'error':
        this.counters.skipped++;
        break;
    }
    this.cache?.scheduleManifest(this.files);
  }

  private async removeFiles(uris: string[]): Promise<void> {
    const held = uris.filter((u) => this.files.has(u) || this.fromEditor.has(u));
    if (held.length === 0) return;
    for (const u of held) {
      this.files.delete(u);
      this.fromEditor.delete(u);
    }
    this.counters.removed += held.length;
    await this.workers.remove(held);
    this.cache?.scheduleManifest(this.files);
    this.announceChange();
  }

  private watch(scope: ArticleScope): void {
    this.watchers?.dispose();
    const disposables: vscode.Disposable[] = [];
    for (const include of scope.includes) {
      const watcher = vscode.workspace.createFileSystemWatcher(include);
      disposables.push(
        watcher,
        watcher.onDidCreate((uri) => this.queueUpdate(uri, false)),
        watcher.onDidChange((uri) => this.queueUpdate(uri, false)),
        watcher.onDidDelete((uri) => this.onDidDelete(uri)),
      );
    }
    // VS Code's recursive watcher (@parcel/watcher's inotify backend on Linux) adds a watch on a new folder only
    // after it reports the folder, so files written into a folder right after making it are never reported
    // (parcel-bundler/watcher#243): a new folder is searched for articles once instead.
    const folders = vscode.workspace.createFileSystemWatcher('**', false, true, true);
    disposables.push(folders, folders.onDidCreate((uri) => void this.scanNewFolder(uri, scope)));
    this.watchers = vscode.Disposable.from(...disposables);
  }

  /** Queues the articles already in a folder just created (a file, or a folder out of scope, is left alone). */
  private async scanNewFolder(uri: vscode.Uri, scope: ArticleScope): Promise<void> {
    if (scope.includeSet.matches(vscode.workspace.asRelativePath(uri, false))) return;
    let type: vscode.FileType;
    try {
      type = (await vscode.workspace.fs.stat(uri)).type;
    } catch {
      return; // gone again
    }
    if (!(type & vscode.FileType.Directory) || this.scope !== scope) return;
    for (const include of scope.includes) {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, include), scope.excludeGlob, this.config.index.maxFiles);
      for (const file of found) this.queueUpdate(file, false);
    }
  }

  private onDidDelete(uri: vscode.Uri): void {
    const key = uri.toString();
    // A deleted folder takes its articles with it.
    const under = [...this.files.keys()].filter((u) => u === key || u.startsWith(`${key}/`));
    this.updates.delete(key);
    void this.removeFiles(under.length > 0 ? under : [key]);
  }

  private queueUpdate(uri: vscode.Uri, force: boolean): void {
    if (!this.scope || this.current.kind === 'off' || !inScope(uri, this.scope)) return;
    const key = uri.toString();
    const queued = this.updates.get(key);
    this.updates.set(key, { uri, force: force || (queued?.force ?? false) });
    void this.drainUpdates();
  }

  private async drainUpdates(): Promise<void> {
    if (this.updating) return;
    this.updating = true;
    try {
      // After the scan (which would index these anyway) — and never two passes over one file at once.
      await this.running;
      while (this.updates.size > 0) {
        const batch = [...this.updates.values()];
        this.updates.clear();
        await forEachLimited(batch, IN_FLIGHT, async ({ uri, force }) => {
          try {
            await this.indexFile(uri, force);
          } catch (error) {
            if (!(error instanceof StoryWorkerCancelled)) this.log.error(`story index: ${uri.toString(true)}: ${describeError(error)}`);
          }
        });
      }
      if (this.current.kind === 'ready') this.setState({ ...this.current, articles: this.files.size + this.editorOnlyCount() });
    } finally {
      this.updating = false;
    }
  }

  /** An open article was analysed: if it is in the workspace's scope, its entry follows the editor's text. */
  private onDidAnalyseOpenDocument(uri: vscode.Uri): void {
    if (!this.scope || this.current.kind === 'off') return;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!document || !document.isDirty) return;
    if (!inScope(uri, this.scope)) return;
    const analysis = this.articles.current(document);
    if (!analysis || analysis.text.length > this.config.index.maxFileSizeKB * 1024) return;
    const key = uri.toString();
    // The digest is small (names, spans, lines); making it here costs well under a millisecond for an article.
    const digest = digestArticle(key, analysis.text, analysis.result.annotation);
    const bytes = new TextEncoder().encode(JSON.stringify(digest));
    this.fromEditor.add(key);
    void this.workers.load(key, bytes).then((ok) => {
      if (ok) this.announceChange();
    });
    this.log.debug(`story index: ${uri.toString(true)} follows the editor (hash ${contentHash(analysis.text)})`);
  }

  /** A document closed: if the index held its unsaved text, the disk's version takes over again. */
  private onDidCloseDocument(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.fromEditor.delete(key)) return;
    this.files.delete(key);
    this.queueUpdate(document.uri, true);
  }

  private onDidChangeConfig(change: SettingsChange): void {
    if (change.changed('index', 'referenceDate', 'languages', 'filePatterns')) void this.restart('settings changed');
  }

  private async resetIndex(): Promise<void> {
    this.files.clear();
    this.fromEditor.clear();
    this.updates.clear();
    await this.workers.clear();
    this.announceChange();
  }

  private stop(): void {
    this.scanCancel?.cancel();
    this.scanCancel = undefined;
    this.workers.cancelQueued();
    this.watchers?.dispose();
    this.watchers = undefined;
    if (this.cache) this.flushing = this.cache.flush();
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = undefined;
  }

  private setState(state: StoryIndexState): void {
    this.current = state;
    this.stateChanged.fire(state);
  }

  private announceChange(): void {
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.indexChanged.fire();
    }, CHANGE_THROTTLE_MS);
  }

  summary(): Promise<StorySummary> {
    return this.query<StorySummary>({ kind: 'summary' });
  }
}

/** Runs `task` over the items with at most `limit` at once, in order of start. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>, token?: vscode.CancellationToken): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length && !token?.isCancellationRequested) {
      const item = items[next++];
      try {
        await task(item);
      } catch (error) {
        if (error instanceof StoryWorkerCancelled) return;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
