/**
 * The glue between documents and analyses: decides when a document is analysed (at once when it becomes visible or
 * a provider asks, debounced while typing), enforces the size limit, and keeps the latest result per document,
 * tagged with the document version it was computed from. Consumers check that version: a result for an older
 * version is never applied to a newer text. The pure work happens in the AnalysisService's worker.
 */
import * as vscode from 'vscode';
import type { ArticleLensConfig, SettingsChange } from '../settings/settings';
import { maxDocumentLength } from '../settings/settings';
import type { SettingsStore } from '../settings/settingsStore';
import { isArticleDocument } from '../articleDocuments';
import { AnnotationIndex } from '../../presentation/annotationIndex';
import { Disposable } from '../util/disposable';
import { describeError, type Log } from '../log';
import { wallClock } from '../util/wallClock';
import { AnalysisCancelled, type AnalysisService } from './analysisService';
import { reanalysisDelay } from './reanalysisDelay';
import { ForegroundActivity } from './foregroundActivity';
import type { AnalysisResult } from './analysisResult';
import type { PackedDecorationPlan } from '../../presentation/decorationPlan';

/** A highlight plan for one version of a document, ahead of its finished analysis. */
export interface EarlyHighlights {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly plan: PackedDecorationPlan;
}

/** One finished analysis of one version of a document. */
export interface DocumentAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** The text that was analysed (outline labels and reports read from it). */
  readonly text: string;
  readonly result: AnalysisResult;
  readonly index: AnnotationIndex;
}

export type DocumentStatus =
  | { kind: 'notArticle' }
  | { kind: 'pending' }
  | { kind: 'ready'; analysis: DocumentAnalysis }
  | { kind: 'tooLarge'; length: number; limit: number }
  | { kind: 'error'; message: string };

/**
 * A document's status as it just changed: what `status(document)` answers at the moment of the event, carried so
 * that listeners need not ask the manager again.
 */
export interface DocumentStatusChange {
  readonly document: vscode.TextDocument;
  readonly uri: vscode.Uri;
  readonly status: DocumentStatus;
}

interface Entry {
  document: vscode.TextDocument;
  /** The latest finished analysis (possibly of an older version: kept so highlights never flicker). */
  analysis?: DocumentAnalysis;
  status: DocumentStatus;
  inflight?: { version: number; promise: Promise<DocumentAnalysis | undefined> };
  debounce?: ReturnType<typeof setTimeout>;
  /** Settles with the debounced run, for providers asking while the user types. */
  debounced?: Deferred<DocumentAnalysis | undefined>;
  /** Whether the log has said how long this document's first highlights took (once per opened document). */
  firstHighlightsLogged?: boolean;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T | Promise<T>): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T | Promise<T>) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

export class ArticleAnalysisManager extends Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly changed = this._register(new vscode.EventEmitter<DocumentStatusChange>());
  /** Fires with the new status when a document's status changes (analysis started, finished, failed, too large). */
  readonly onDidChangeStatus = this.changed.event;
  private readonly early = this._register(new vscode.EventEmitter<EarlyHighlights>());
  /**
   * Fires with the highlights of an analysis still under way: a long article's opening, then the whole plan as
   * soon as it arrives (before the outline's and hovers' data). The finished analysis carries the same plan.
   */
  readonly onDidReceiveHighlights = this.early.event;

  constructor(
    private readonly service: AnalysisService,
    private readonly configuration: SettingsStore,
    private readonly log: Log,
  ) {
    super();
    this.foreground = new ForegroundActivity(service);
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => this.analyzeVisible(editors)));
    this._register(vscode.workspace.onDidChangeTextDocument((event) => this.onDidChangeDocument(event)));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)));
    // Changing a document's language re-opens it: it may stop (or start) being an article.
    this._register(vscode.workspace.onDidOpenTextDocument((document) => this.onDidReopen(document)));
    this._register(configuration.onDidChange((change) => this.onDidChangeConfig(change)));
    this._register({ dispose: () => this.entries.forEach((e) => e.debounce && clearTimeout(e.debounce)) });
    this.analyzeVisible(vscode.window.visibleTextEditors);
  }

  /** The open articles' analyses and the typing into them, for background work to yield to (see StoryWorkers). */
  readonly foreground: ForegroundActivity;

  private get config(): ArticleLensConfig {
    return this.configuration.value;
  }

  isArticle(document: vscode.TextDocument): boolean {
    return isArticleDocument(document, this.config);
  }

  status(document: vscode.TextDocument): DocumentStatus {
    if (!this.isArticle(document)) return { kind: 'notArticle' };
    return this.entries.get(key(document))?.status ?? { kind: 'pending' };
  }

  /** The analysis of exactly this version of the document, if one is finished. */
  current(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const analysis = this.entries.get(key(document))?.analysis;
    return analysis && analysis.version === document.version ? analysis : undefined;
  }

  /** The latest finished analysis, even of an older version (for views that may lag a keystroke). */
  latest(document: vscode.TextDocument): DocumentAnalysis | undefined {
    return this.entries.get(key(document))?.analysis;
  }

  /**
   * The analysis of the document's current version, analysing now if needed. Resolves undefined when the document
   * is not an article, is too large, changed meanwhile, or the analysis failed (the failure is logged).
   */
  async analysisFor(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    if (!this.isArticle(document)) return undefined;
    const ready = this.current(document);
    if (ready) return ready;
    const entry = this.entries.get(key(document));
    if (entry?.status.kind === 'tooLarge' && document.getText().length > maxDocumentLength(this.config)) return undefined;
    if (entry?.inflight && entry.inflight.version === document.version) return entry.inflight.promise;
    // While the user types, hover/highlight/symbol requests wait for the debounced run instead of starting one per
    // keystroke (each would supersede the last, and none would finish on a large article).
    if (entry?.debounce && entry.debounced) return entry.debounced.promise;
    return this.run(document);
  }

  /**
   * Resolves once each article on screen now has its analysis (or failed, or is not analysed), or after
   * `maxWaitMs`. Background work (the story index reads and analyses the whole workspace) waits for it, so that on
   * a two-core machine it does not compete with the first article's highlights.
   */
  whenVisibleAnalysed(maxWaitMs: number): Promise<void> {
    const running = vscode.window.visibleTextEditors
      .map((editor) => this.entries.get(key(editor.document))?.inflight?.promise)
      .filter((promise): promise is Promise<DocumentAnalysis | undefined> => promise !== undefined);
    if (running.length === 0) return Promise.resolve();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cap = new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)));
    return Promise.race([Promise.all(running).then(() => undefined), cap]).finally(() => clearTimeout(timer));
  }

  /** Forgets the document's results and analyses it again now. */
  reanalyze(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    const entry = this.entries.get(key(document));
    if (entry) {
      entry.analysis = undefined;
      entry.inflight = undefined;
    }
    return this.run(document);
  }

  private analyzeVisible(editors: readonly vscode.TextEditor[]): void {
    for (const editor of editors) {
      const document = editor.document;
      if (!this.isArticle(document) || this.current(document)) continue;
      const entry = this.entries.get(key(document));
      if (entry?.inflight?.version === document.version) continue;
      if (entry?.status.kind === 'tooLarge') continue;
      void this.run(document);
    }
  }

  private onDidChangeDocument(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    if (event.contentChanges.length === 0 || !this.isArticle(document)) return;
    this.foreground.noteEdit();
    const entry = this.entries.get(key(document));
    const visible = vscode.window.visibleTextEditors.some((e) => e.document === document);
    if (!entry && !visible) return; // never asked for and not on screen: analyse lazily when asked
    const target = entry ?? this.entryFor(document);
    if (target.inflight && target.inflight.version !== document.version) {
      // Its result is of an older text and would never be drawn: stop it now rather than let it compete with the
      // typing for the next seconds (a long article's analysis takes that long; its waiters get undefined, as
      // they would for a stale result).
      target.inflight = undefined;
      this.service.cancel(key(document));
    }
    if (target.debounce) clearTimeout(target.debounce);
    target.debounced ??= deferred();
    target.debounce = setTimeout(() => {
      target.debounce = undefined;
      if (!document.isClosed) void this.run(document);
    }, reanalysisDelay(this.config.debounceMs, target.analysis?.result.durationMs));
  }

  private onDidReopen(document: vscode.TextDocument): void {
    if (!this.isArticle(document)) {
      // The close that preceded this open already dropped the entry; views must still hear that the document
      // (now in another language) is no longer an article.
      if (this.entries.has(key(document))) this.forget(document);
      else this.notify(document);
    } else if (this.isArticle(document)) this.analyzeVisible(vscode.window.visibleTextEditors.filter((e) => e.document === document));
  }

  private onDidChangeConfig(change: SettingsChange): void {
    if (!change.changed('referenceDate', 'maxFileSizeKB', 'languages', 'filePatterns')) return;
    for (const entry of [...this.entries.values()]) {
      const document = entry.document;
      if (!this.isArticle(document)) {
        this.forget(document);
        continue;
      }
      // Results may differ now (another reference date, another size limit). Highlights stay drawn until the new
      // result lands; only what is on screen re-runs now, the rest when next asked for.
      entry.analysis = undefined;
      entry.inflight = undefined;
      entry.status = { kind: 'pending' };
      this.notify(document);
    }
    this.analyzeVisible(vscode.window.visibleTextEditors);
  }

  private entryFor(document: vscode.TextDocument): Entry {
    let entry = this.entries.get(key(document));
    if (!entry) {
      entry = { document, status: { kind: 'pending' } };
      this.entries.set(key(document), entry);
    }
    return entry;
  }

  private run(document: vscode.TextDocument): Promise<DocumentAnalysis | undefined> {
    const entry = this.entryFor(document);
    if (entry.debounce) {
      clearTimeout(entry.debounce);
      entry.debounce = undefined;
    }
    const waiting = entry.debounced;
    entry.debounced = undefined;
    const version = document.version;
    const text = document.getText();
    const limit = maxDocumentLength(this.config);
    if (text.length > limit) {
      this.service.cancel(key(document));
      entry.analysis = undefined;
      entry.inflight = undefined;
      entry.status = { kind: 'tooLarge', length: text.length, limit };
      this.notify(document);
      waiting?.resolve(undefined);
      return Promise.resolve(undefined);
    }
    const options = this.config.referenceDate ? { referenceDate: this.config.referenceDate } : {};
    const requestedAt = Date.now();
    const hooks = {
      // Only while nothing is drawn for the document: a preview of the opening would otherwise replace the whole
      // article's (slightly older) highlights until the new result lands.
      preview: !entry.analysis,
      onHighlights: (plan: PackedDecorationPlan, _complete: boolean, analysisMs?: number) => {
        if (document.isClosed || document.version !== version || this.entries.get(key(document)) !== entry) return;
        this.early.fire({ uri: document.uri, version, plan });
        if (!entry.firstHighlightsLogged) {
          // How long a reader waited for the first colours, from the host's side (the UI timing test reads it).
          entry.firstHighlightsLogged = true;
          const now = Date.now();
          this.log.info(`first highlights of ${document.uri.toString(true)} at ${wallClock(now)}: ` +
            `${now - requestedAt} ms after they were asked for at ${wallClock(requestedAt)}` +
            (analysisMs === undefined ? '' : ` (the analysis itself ${analysisMs} ms)`));
        }
      },
    };
    const promise = this.service.analyze(key(document), text, options, hooks).then(
      (result): DocumentAnalysis | undefined => {
        if (document.isClosed || document.version !== version || this.entries.get(key(document)) !== entry) {
          return undefined; // stale: a newer run is (or will be) scheduled by the change that made it stale
        }
        let index: AnnotationIndex | undefined;
        const analysis: DocumentAnalysis = {
          uri: document.uri,
          version,
          text,
          result,
          // Built on the first hover or navigation, not when the result lands (highlights do not need it).
          get index() {
            return (index ??= new AnnotationIndex(result.annotation));
          },
        };
        entry.analysis = analysis;
        entry.inflight = undefined;
        entry.status = { kind: 'ready', analysis };
        this.log.debug(`analysed ${document.uri.toString(true)} v${version} in ${result.durationMs} ms`);
        // A stage that failed left its part of the result empty: say which, so a missing highlight has a reason.
        for (const warning of result.annotation.warnings ?? []) {
          this.log.warn(`analysis of ${document.uri.toString(true)} v${version}: ${warning}`);
        }
        this.notify(document);
        return analysis;
      },
      (error: unknown): undefined => {
        if (error instanceof AnalysisCancelled) return undefined;
        if (entry.inflight?.promise === promise) entry.inflight = undefined;
        this.log.error(`analysis of ${document.uri.toString(true)} failed: ${describeError(error)}`);
        entry.status = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
        this.notify(document);
        return undefined;
      },
    );
    entry.inflight = { version, promise };
    waiting?.resolve(promise);
    if (entry.status.kind !== 'pending') {
      entry.status = { kind: 'pending' };
      this.notify(document);
    }
    return promise;
  }

  private notify(document: vscode.TextDocument): void {
    this.changed.fire({ document, uri: document.uri, status: this.status(document) });
  }

  private forget(document: vscode.TextDocument): void {
    const entry = this.entries.get(key(document));
    if (!entry) return;
    if (entry.debounce) clearTimeout(entry.debounce);
    entry.debounced?.resolve(undefined);
    this.entries.delete(key(document));
    this.service.cancel(key(document));
    this.notify(document);
  }
}

function key(document: vscode.TextDocument): string {
  return document.uri.toString();
}
