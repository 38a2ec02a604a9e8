/**
 * The Article Map panel (one at a time): a webview beside the editor that draws the active article's timeline and
 * who-said-what. It follows the active article editor and the analysis through the analysis manager's status
 * events; while a newer version is analysed the old pictures stay with an "Updating…" note (no flicker), and they
 * are replaced when the new result lands. When there is nothing to draw it says why. A click in the panel selects
 * the words in the editor, unless the document changed since the pictures were drawn. Exports ask the panel for
 * the picture and write it with workspace.fs (so they work in remote and virtual workspaces too).
 *
 * The panel's scope switch draws the story instead: both pictures across every article of the workspace's story
 * index, optionally filtered on one entity; it follows the index as it changes, and a click opens the article the
 * words are in. The scope and filter live in the page's state, so a window reload restores them (the serializer
 * hands the restored panel back here).
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager, DocumentAnalysis } from '../../analysis/articleAnalysisManager';
import { describeError, type Log } from '../../log';
import { Disposable } from '../../util/disposable';
import { makeNonce, mapHtml } from './mapHtml';
import { parseWebviewMessage, type ExtensionMessage, type MapPicture, type MapScope, type MapView, type PictureFormat, type WebviewMessage } from './mapMessages';
import { buildSpeakerGraph, type SpeakerGraph } from './speakerGraph';
import type { StoryIndexManager } from '../story/storyIndexManager';
import type { StoryMapModel } from './storyMap';
import { StorySnippets } from './storySnippets';
import { workspaceArticleSource } from './workspaceArticleSource';
import { buildTimeline, type TimelineModel } from './timelineModel';
import { WEBVIEW_PANELS } from '../../registry/ids';

export const MAP_VIEW_TYPE = WEBVIEW_PANELS.map;
const EXPORT_TIMEOUT_MS = 30_000;
const FIRST_DRAW_TIMEOUT_MS = 60_000;

const PICTURE_NAMES: Record<MapPicture, string> = { timeline: 'timeline', graph: 'who-said-what' };

interface Drawn {
  uri: vscode.Uri;
  version: number;
  analysis: DocumentAnalysis;
}

/** What the story scope shows now: the articles a click may open. */
interface DrawnStory {
  generation: number;
  articles: ReadonlySet<string>;
}

export type MapPanelState =
  | { kind: 'closed' }
  | { kind: 'empty'; message: string }
  | { kind: 'drawn'; uri: string; version: number; updating: boolean; marks: number; speakers: number; scope: MapScope; filter: string | null; articles?: number };

interface PendingExport {
  resolve(data: string): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class ArticleMapPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelListeners: vscode.Disposable[] = [];
  private ready = false;
  /** The article the panel follows (the last active article editor's document). */
  private tracked: vscode.TextDocument | undefined;
  /** What the panel shows now, and the last message sent (not sent twice). */
  private drawn: Drawn | undefined;
  private lastMessage: string | undefined;
  private readonly models = new WeakMap<DocumentAnalysis, { timeline: TimelineModel; graph: SpeakerGraph }>();
  private readonly pendingExports = new Map<number, PendingExport>();
  private nextRequestId = 1;
  private drawnWaiters: (() => void)[] = [];

  /** The scope and filter the panel shows (the page's saved choice once it has said "ready"). */
  private view: MapView = { scope: 'article', filter: null };
  /** Bumped on every change of the story index: the story's pictures are of one generation. */
  private storyGeneration = 0;
  private drawnStory: DrawnStory | undefined;
  /** The sentences of the story's marks, read from the articles (the index keeps no text). */
  private readonly storySnippets = new StorySnippets(workspaceArticleSource());

  constructor(
    private readonly manager: ArticleAnalysisManager,
    private readonly extensionUri: vscode.Uri,
    private readonly log: Log,
    private readonly story?: StoryIndexManager,
  ) {
    super();
    if (story) {
      const onStoryChange = () => {
        this.storyGeneration++;
        if (this.panel && this.view.scope === 'story') this.refresh();
      };
      this._register(story.onDidChangeIndex(onStoryChange));
      // The state changes on every file while indexing: only a change of kind (indexing → ready …) is news here.
      let stateKind = story.state.kind;
      this._register(story.onDidChangeState((state) => {
        if (state.kind === stateKind) return;
        stateKind = state.kind;
        onStoryChange();
      }));
    }
    this._register(vscode.window.onDidChangeActiveTextEditor((editor) => {
      // No active editor means the focus went to a panel (this one, say): keep following the last article.
      if (editor && this.panel) this.follow(editor.document);
    }));
    this._register(manager.onDidChangeStatus(({ uri }) => {
      if (this.panel && this.tracked?.uri.toString() === uri.toString()) this.refresh();
    }));
    this._register(vscode.workspace.onDidCloseTextDocument((document) => {
      if (this.panel && document === this.tracked) {
        this.tracked = undefined;
        this.refresh();
      }
    }));
    this._register({ dispose: () => this.closePanel() });
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** What the panel was last sent (for the extension's test API). */
  get state(): MapPanelState {
    return this.panel ? this.shownState : { kind: 'closed' };
  }

  private shownState: MapPanelState = { kind: 'closed' };

  /** Opens the panel beside the editor (or brings it forward), on the given picture. */
  show(picture?: MapPicture): void {
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      this.open();
    }
    const editor = vscode.window.activeTextEditor;
    if (editor) this.follow(editor.document);
    if (picture) {
      this.requestedPicture = picture;
      if (this.post({ type: 'showPicture', picture })) this.requestedPicture = undefined;
    }
  }

  /** A picture asked for before the page was ready: shown as soon as it is. */
  private requestedPicture: MapPicture | undefined;

  /**
   * Exports a picture of the article the panel shows, to `target` or a file the user picks. Opens the panel first
   * if needed. Resolves the written file, or undefined when the user cancelled or there was nothing to export.
   */
  async exportPicture(picture: MapPicture, format: PictureFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (!this.panel) this.show(picture);
    await this.whenDrawn();
    const drawn = this.view.scope === 'story' && this.drawnStory ? { uri: this.storyTarget() } : this.drawn;
    if (!drawn) {
      void vscode.window.showInformationMessage('Article Lens: open an article to export its pictures.');
      return undefined;
    }
    const uri = target ?? (await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(drawn.uri, picture, format),
      filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
      saveLabel: 'Export',
      title: `Export the ${picture === 'timeline' ? 'Timeline' : 'Who Said What picture'} as ${format.toUpperCase()}`,
    }));
    if (!uri) return undefined;
    const data = await this.requestPicture(picture, format);
    const bytes = format === 'svg'
      ? new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${data}\n`)
      : base64Bytes(data.slice(data.indexOf(',') + 1));
    await vscode.workspace.fs.writeFile(uri, bytes);
    this.log.info(`exported the ${picture} of ${drawn.uri.toString(true)} to ${uri.toString(true)} (${bytes.length} bytes)`);
    if (!target) vscode.window.setStatusBarMessage(`Article Lens: exported ${vscode.workspace.asRelativePath(uri, false)}`, 5000);
    return uri;
  }

  /** The export's default file for the story: in the first workspace folder. */
  private storyTarget(): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file('/');
    return vscode.Uri.joinPath(folder, 'story.txt');
  }

  private webviewOptions(): vscode.WebviewOptions {
    const roots = [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')];
    return { enableScripts: true, localResourceRoots: roots };
  }

  private open(): void {
    // No retainContextWhenHidden: a hidden panel is rebuilt from the last model when shown again (it asks with
    // "ready"), which costs a redraw of a few milliseconds and keeps no page alive in the background.
    const panel = vscode.window.createWebviewPanel(
      MAP_VIEW_TYPE,
      'Article Map',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { ...this.webviewOptions(), enableFindWidget: true },
    );
    this.adopt(panel);
  }

  /**
   * A panel VS Code kept across a window reload (the serializer's): it gets a fresh page, which restores its scope
   * and filter from its own saved state and sends them with "ready". A second restored panel replaces the first.
   */
  restore(panel: vscode.WebviewPanel): void {
    if (this.panel) this.closePanel();
    panel.webview.options = this.webviewOptions();
    this.adopt(panel);
  }

  private adopt(panel: vscode.WebviewPanel): void {
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'article-lens.svg');
    const webview = panel.webview;
    webview.html = mapHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce((n) => globalThis.crypto.getRandomValues(new Uint8Array(n))),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'map.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'map.css')).toString(),
    });
    this.panel = panel;
    this.ready = false;
    this.lastMessage = undefined;
    this.panelListeners = [
      webview.onDidReceiveMessage((raw: unknown) => {
        const message = parseWebviewMessage(raw);
        if (!message) {
          this.log.warn(`Article Map: ignored a malformed message from the panel: ${JSON.stringify(raw)?.slice(0, 200)}`);
          return;
        }
        void this.onMessage(message);
      }),
      panel.onDidChangeViewState(() => {
        // Shown again after being hidden: the page was rebuilt and will say "ready".
        if (!panel.visible) this.ready = false;
      }),
      panel.onDidDispose(() => this.closePanel()),
    ];
    const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => this.manager.isArticle(e.document));
    this.tracked = editor && this.manager.isArticle(editor.document) ? editor.document : undefined;
  }

  private closePanel(): void {
    const panel = this.panel;
    this.panel = undefined;
    this.ready = false;
    this.drawn = undefined;
    this.drawnStory = undefined;
    this.lastMessage = undefined;
    for (const listener of this.panelListeners) listener.dispose();
    this.panelListeners = [];
    for (const [id, pending] of this.pendingExports) {
      clearTimeout(pending.timer);
      pending.reject(new Error('the Article Map was closed'));
      this.pendingExports.delete(id);
    }
    this.resolveDrawnWaiters();
    panel?.dispose();
  }

  private async onMessage(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.lastMessage = undefined;
        if (message.view) this.view = this.story ? message.view : { scope: 'article', filter: null };
        this.refresh();
        if (this.requestedPicture && this.post({ type: 'showPicture', picture: this.requestedPicture })) this.requestedPicture = undefined;
        return;
      case 'setView':
        this.view = message.view;
        this.refresh();
        return;
      case 'reveal':
        if (message.uri !== undefined) await this.revealInStory(message.uri, message.span);
        else await this.reveal(message.version, message.span);
        return;
      case 'requestExport':
        try {
          await this.exportPicture(message.picture, message.format);
        } catch (error) {
          this.log.error(`Article Map export failed: ${describeError(error)}`);
          void vscode.window.showErrorMessage(`Article Lens: the export failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        return;
      case 'exported':
      case 'exportFailed': {
        const pending = this.pendingExports.get(message.requestId);
        if (!pending) return;
        this.pendingExports.delete(message.requestId);
        clearTimeout(pending.timer);
        if (message.type === 'exported') pending.resolve(message.data);
        else pending.reject(new Error(message.message));
        return;
      }
    }
  }

  private follow(document: vscode.TextDocument): void {
    if (document.uri.scheme === 'output') return; // the Output panel's text is not an editor the reader chose
    this.tracked = this.manager.isArticle(document) ? document : undefined;
    if (!this.tracked) this.notArticle = document;
    this.refresh();
  }

  /** The last non-article document that became active, to name it in the message. */
  private notArticle: vscode.TextDocument | undefined;

  /** Sends the panel what it should show for the tracked document now. */
  private refresh(): void {
    if (!this.panel) return;
    if (this.view.scope === 'story') {
      void this.refreshStory();
      return;
    }
    this.drawnStory = undefined;
    const document = this.tracked;
    if (!document || document.isClosed) {
      const name = this.notArticle && !this.notArticle.isClosed ? vscode.workspace.asRelativePath(this.notArticle.uri, false) : undefined;
      this.showEmpty(name
        ? `${name} is not treated as an article, so there is nothing to draw. Article Lens reads the languages in the articleLens.languages setting and the files matching articleLens.filePatterns.`
        : 'Open a news article (a plain-text or Markdown file) to draw its timeline and who said what.');
      return;
    }
    const status = this.manager.status(document);
    switch (status.kind) {
      case 'notArticle':
        this.showEmpty('This file is not treated as an article, so there is nothing to draw.');
        return;
      case 'tooLarge':
        this.showEmpty('This file is too large to analyse (see the articleLens.maxFileSizeKB setting), so there is nothing to draw.');
        return;
      case 'error':
        this.showEmpty(`The analysis of this article failed, so there is nothing to draw: ${status.message}`);
        return;
      case 'ready':
        this.render(document, status.analysis, false);
        return;
      case 'pending': {
        const latest = this.manager.latest(document);
        if (latest) this.render(document, latest, true);
        else this.showEmpty('Analysing the article…');
        // The manager analyses visible editors by itself; this covers an article that is not on screen.
        void this.manager.analysisFor(document);
        return;
      }
    }
  }

  /** Asks the index for the story's pictures and sends them, unless the index changed again meanwhile. */
  private async refreshStory(): Promise<void> {
    const story = this.story;
    if (!story) {
      this.showEmpty('The story across the workspace\'s articles is not available in this window, so there is nothing to draw.');
      return;
    }
    const state = story.state;
    if (state.kind === 'off') {
      this.showEmpty(`The story index is off (${state.reason}), so there is no story to draw.`);
      return;
    }
    if (state.kind === 'error') {
      this.showEmpty(`The story index failed, so there is no story to draw: ${state.message}`);
      return;
    }
    const generation = this.storyGeneration;
    const filter = this.view.filter;
    const key = `story#${generation}#${filter}`;
    if (this.ready && this.lastMessage === key) return;
    let model: StoryMapModel | null;
    try {
      model = await story.query<StoryMapModel | null>({ kind: 'map', entity: filter });
      if (model && model.articles > 0) {
        const started = Date.now();
        const { filled, articles } = await this.storySnippets.fill(model);
        this.log.debug(`Article Map: ${filled} sentences of the story's marks from ${articles} articles in ${Date.now() - started} ms`);
      }
    } catch (error) {
      this.log.warn(`Article Map: the story query failed: ${describeError(error)}`);
      model = null;
    }
    // Superseded while the index answered: a newer refresh is on its way.
    if (!this.panel || this.view.scope !== 'story' || this.view.filter !== filter || generation !== this.storyGeneration) return;
    if (!model || model.articles === 0) {
      this.showEmpty(state.kind === 'ready'
        ? 'No article of this workspace is indexed yet, so there is no story to draw. Article Lens indexes the files matching articleLens.filePatterns.'
        : 'Indexing the workspace\'s articles…');
      return;
    }
    const articles = new Set<string>();
    const { marks, durations, recurrences, undated } = model.timeline;
    for (const mark of [...marks, ...durations, ...recurrences, ...undated]) if (mark.uri) articles.add(mark.uri);
    for (const date of model.timeline.articleDates ?? []) for (const uri of date.uris) articles.add(uri);
    for (const node of model.graph.speakers) for (const span of node.spans) if (span.uri) articles.add(span.uri);
    const updating = state.kind !== 'ready';
    const title = `Story: ${model.articles} article${model.articles === 1 ? '' : 's'}${model.filter ? `, about ${model.filter.name}` : ''}`;
    const sent = this.post({
      type: 'render', uri: 'story', version: generation, title, timeline: model.timeline, graph: model.graph, updating, scope: 'story',
      story: { articles: model.articles, entities: model.entities, filter: model.filter },
    });
    if (sent) {
      this.drawn = undefined;
      this.drawnStory = { generation, articles };
      this.lastMessage = key;
      this.shownState = {
        kind: 'drawn', uri: 'story', version: generation, updating, marks: model.timeline.marks.length, speakers: model.graph.speakers.length,
        scope: 'story', filter: model.filter?.key ?? null, articles: model.articles,
      };
      this.resolveDrawnWaiters();
    }
  }

  private render(document: vscode.TextDocument, analysis: DocumentAnalysis, updating: boolean): void {
    let models = this.models.get(analysis);
    if (!models) {
      const started = Date.now();
      models = {
        timeline: buildTimeline(analysis.result.annotation, analysis.text),
        graph: buildSpeakerGraph(analysis.result.annotation, analysis.text),
      };
      this.models.set(analysis, models);
      this.log.debug(`Article Map: models of ${document.uri.toString(true)} v${analysis.version} in ${Date.now() - started} ms`);
    }
    this.drawn = { uri: document.uri, version: analysis.version, analysis };
    const key = `${document.uri.toString()}#${analysis.version}#${updating}`;
    if (this.ready && this.lastMessage === key) return;
    const title = document.isUntitled ? document.uri.path : vscode.workspace.asRelativePath(document.uri, false);
    if (this.post({ type: 'render', uri: document.uri.toString(), version: analysis.version, title, ...models, updating, scope: 'article' })) {
      this.lastMessage = key;
      this.shownState = {
        kind: 'drawn', uri: document.uri.toString(), version: analysis.version, updating,
        marks: models.timeline.marks.length, speakers: models.graph.speakers.length, scope: 'article', filter: null,
      };
      this.resolveDrawnWaiters();
    }
  }

  private showEmpty(message: string): void {
    this.drawn = undefined;
    const key = `empty#${message}`;
    if (this.ready && this.lastMessage === key) return;
    if (this.post({ type: 'empty', message })) {
      this.lastMessage = key;
      this.shownState = { kind: 'empty', message };
      this.resolveDrawnWaiters();
    }
  }

  /** Posts if the page is ready to listen; false if not (it asks for the state with "ready" when it is). */
  private post(message: ExtensionMessage): boolean {
    if (!this.panel || !this.ready) return false;
    void this.panel.webview.postMessage(message);
    return true;
  }

  private whenDrawn(): Promise<void> {
    if (this.ready && this.lastMessage) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, FIRST_DRAW_TIMEOUT_MS);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.drawnWaiters.push(done);
    });
  }

  private resolveDrawnWaiters(): void {
    const waiters = this.drawnWaiters;
    this.drawnWaiters = [];
    for (const done of waiters) done();
  }

  private requestPicture(picture: MapPicture, format: PictureFormat): Promise<string> {
    const requestId = this.nextRequestId++;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingExports.delete(requestId);
        reject(new Error('the Article Map did not answer in time'));
      }, EXPORT_TIMEOUT_MS);
      this.pendingExports.set(requestId, { resolve, reject, timer });
      if (!this.post({ type: 'export', requestId, picture, format })) {
        clearTimeout(timer);
        this.pendingExports.delete(requestId);
        reject(new Error('the Article Map is not open'));
      }
    });
  }

  /** A click on the story's pictures: opens the article (if it is one the pictures are of) at the words. */
  private async revealInStory(uri: string, span: { start: number; end: number }): Promise<void> {
    const drawn = this.drawnStory;
    if (!drawn || !drawn.articles.has(uri)) {
      this.log.warn(`Article Map: ignored a click on an article the story's pictures do not show: ${uri.slice(0, 200)}`);
      return;
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri, true));
    await this.select(document, span);
  }

  private async reveal(version: number, span: { start: number; end: number }): Promise<void> {
    const drawn = this.drawn;
    const document = drawn && vscode.workspace.textDocuments.find((d) => d.uri.toString() === drawn.uri.toString());
    if (!drawn || !document || document.version !== version || drawn.version !== version) {
      // The pictures are of an older text: its offsets may point at other words now. The new pictures are coming.
      vscode.window.setStatusBarMessage('Article Lens: the article changed; the map is updating', 3000);
      return;
    }
    await this.select(document, span);
  }

  /** Selects the span (clamped to the text) in an editor beside the panel, focused, and scrolls it into view. */
  private async select(document: vscode.TextDocument, span: { start: number; end: number }): Promise<void> {
    const length = document.getText().length;
    const start = Math.min(span.start, length);
    const end = Math.min(Math.max(span.end, start), length);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const column = visible?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: false, preview: false });
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

function defaultTarget(document: vscode.Uri, picture: MapPicture, format: PictureFormat): vscode.Uri | undefined {
  if (document.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, `article.${PICTURE_NAMES[picture]}.${format}`) : undefined;
  }
  return document.with({ path: `${document.path.replace(/\.[^./]*$/, '')}.${PICTURE_NAMES[picture]}.${format}` });
}

/** Decodes base64 with the platform's `atob` (Node 16+ and browsers alike: this file also runs in VS Code for the Web). */
function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
