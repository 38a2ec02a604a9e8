/**
 * Draws the highlights: one decoration type per layer (person, organisation, place, other, date, quotation, quote
 * speaker), coloured from `contributes.colors` so themes can restyle them. Types are rebuilt when the theme or the
 * configuration changes. A result is applied only to an editor showing exactly the analysed version; until a new
 * result arrives the old decorations stay (VS Code moves them with edits), so typing never flickers. A long
 * article's text highlights are drawn around the visible lines only, following the scroll (highlightWindow.ts).
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager, DocumentStatus, DocumentStatusChange, EarlyHighlights } from '../../analysis/articleAnalysisManager';
import type { SettingsStore } from '../../settings/settingsStore';
import { categoryColorId, type HighlightCategory } from '../../../presentation/categories';
import { DECORATION_LAYERS, type DecorationLayer, type PackedDecorationPlan } from '../../../presentation/decorationPlan';
import { rulerMarks } from './rulerMarks';
import { convertPairsInSlices, nextTurn } from './slicedConversion';
import { Disposable } from '../../util/disposable';
import type { HighlightVisibility } from './highlightVisibility';
import { needsNewWindow, rangesInWindow, windowAround, WINDOWED_DRAW_ABOVE, type LineWindow } from './highlightWindow';

export class HighlightDecorator extends Disposable {
  private types: Map<DecorationLayer, vscode.TextEditorDecorationType> = new Map();
  /**
   * The overview ruler's marks, apart from the text highlights: whole-line ranges merged to what the ruler can show
   * (model/rulerMarks.ts). With the ruler colour on the text highlights themselves, VS Code walks every one of a
   * long article's hundred thousand highlights to repaint the ruler after each keystroke.
   */
  private rulerTypes: Map<DecorationLayer, vscode.TextEditorDecorationType> = new Map();
  /** What was last drawn in each editor, per layer (read by tests through the extension API). */
  private readonly drawn = new WeakMap<vscode.TextEditor, Record<DecorationLayer, number>>();
  /** Bumped on every draw, so a sliced draw still converting notices a newer one and stops. */
  private readonly drawGeneration = new WeakMap<vscode.TextEditor, number>();
  /**
   * The plan last drawn (or being drawn) in each editor: the finished analysis brings the same plan object its early
   * highlights did, and converting and re-sending a long article's hundred thousand ranges again would cost the
   * editor a visible pause for nothing. Cleared when the decoration types are rebuilt.
   */
  private drawnPlan = new WeakMap<vscode.TextEditor, PackedDecorationPlan>();
  /**
   * A long article's highlights (highlightWindow.ts): every range converted, the document version they are of, and
   * the lines drawn now. Absent for an article drawn whole.
   */
  private windowed = new WeakMap<vscode.TextEditor, { version: number; ranges: Map<DecorationLayer, vscode.Range[]>; window: LineWindow }>();

  constructor(
    private readonly manager: ArticleAnalysisManager,
    private readonly configuration: SettingsStore,
    private readonly visibility: HighlightVisibility,
  ) {
    super();
    this.createTypes();
    this._register({ dispose: () => this.disposeTypes() });
    this._register(manager.onDidChangeStatus((change) => this.refreshEditorsOf(change)));
    this._register(manager.onDidReceiveHighlights((early) => this.drawEarly(early)));
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.refresh(e))));
    this._register(visibility.onDidChange(() => this.refreshAll()));
    this._register(configuration.onDidChange(() => this.rebuild()));
    this._register(vscode.window.onDidChangeActiveColorTheme(() => this.rebuild()));
    this._register(vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => this.followScroll(textEditor)));
    this.refreshAll();
  }

  /** Number of ranges drawn per layer in an editor, the whole article's (0 everywhere when hidden). */
  drawnCounts(editor: vscode.TextEditor): Record<DecorationLayer, number> | undefined {
    return this.drawn.get(editor);
  }

  /** For a long article, the lines whose text highlights are drawn now and how many per layer; else undefined. */
  drawnWindow(editor: vscode.TextEditor): { first: number; last: number; counts: Record<DecorationLayer, number> } | undefined {
    const held = this.windowed.get(editor);
    if (!held) return undefined;
    const counts = {} as Record<DecorationLayer, number>;
    for (const layer of DECORATION_LAYERS) counts[layer] = rangesInWindow(held.ranges.get(layer) ?? [], held.window).length;
    return { ...held.window, counts };
  }

  /**
   * New types are created and drawn before the old ones are disposed (disposing a type removes its decorations from
   * every editor), so a theme or settings change never shows the article without its highlights in between.
   */
  private rebuild(): void {
    const previous = [...this.types.values(), ...this.rulerTypes.values()];
    this.types = new Map();
    this.rulerTypes = new Map();
    this.drawnPlan = new WeakMap();
    this.windowed = new WeakMap();
    this.createTypes();
    this.refreshAll();
    for (const type of previous) type.dispose();
  }

  private createTypes(): void {
    const ruler = this.configuration.value.overviewRuler;
    const foreground = (category: HighlightCategory): vscode.DecorationRenderOptions => ({
      color: new vscode.ThemeColor(categoryColorId(category)),
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    for (const layer of DECORATION_LAYERS) {
      let options: vscode.DecorationRenderOptions;
      if (layer === 'quote') {
        options = {
          backgroundColor: new vscode.ThemeColor('articleLens.quoteBackground'),
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        };
      } else if (layer === 'quoteSpeaker') {
        options = {
          borderStyle: 'none none solid none',
          borderWidth: '0 0 1px 0',
          borderColor: new vscode.ThemeColor('articleLens.quoteSpeakerUnderline'),
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        };
      } else {
        options = foreground(layer);
      }
      this.types.set(layer, vscode.window.createTextEditorDecorationType(options));
      if (ruler && layer !== 'quoteSpeaker') {
        const color = new vscode.ThemeColor(layer === 'quote' ? 'articleLens.quoteBackground' : categoryColorId(layer));
        this.rulerTypes.set(layer, vscode.window.createTextEditorDecorationType({
          overviewRulerColor: color,
          overviewRulerLane: layer === 'quote' ? vscode.OverviewRulerLane.Left : vscode.OverviewRulerLane.Right,
          isWholeLine: true,
          rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
        }));
      }
    }
  }

  private disposeTypes(): void {
    for (const type of [...this.types.values(), ...this.rulerTypes.values()]) type.dispose();
    this.types.clear();
    this.rulerTypes.clear();
  }

  private refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  private refreshEditorsOf({ document, status }: DocumentStatusChange): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) this.refresh(editor, status);
    }
  }

  private drawEarly({ uri, version, plan }: EarlyHighlights): void {
    if (!this.visibility.visible) return;
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === uri.toString() && editor.document.version === version) this.draw(editor, plan);
    }
  }

  /** `status`: the editor's document's, when an event brought it. */
  private refresh(editor: vscode.TextEditor, status: DocumentStatus = this.manager.status(editor.document)): void {
    const document = editor.document;
    if (status.kind === 'notArticle' || status.kind === 'tooLarge') {
      this.draw(editor, undefined);
      return;
    }
    if (!this.visibility.visible) {
      this.draw(editor, undefined);
      return;
    }
    const analysis = status.kind === 'ready' && status.analysis.version === document.version ? status.analysis : undefined;
    if (!analysis) return; // keep what is drawn until the current version's result arrives
    // The plan was computed and packed by the analysis worker.
    this.draw(editor, analysis.result.decorations);
  }

  private draw(editor: vscode.TextEditor, plan: PackedDecorationPlan | undefined): void {
    if (plan && this.drawnPlan.get(editor) === plan) return;
    if (plan) this.drawnPlan.set(editor, plan);
    else this.drawnPlan.delete(editor);
    const generation = (this.drawGeneration.get(editor) ?? 0) + 1;
    this.drawGeneration.set(editor, generation);
    const enabled = this.configuration.value.highlight;
    const spansOf = (layer: DecorationLayer) => {
      const category: HighlightCategory = layer === 'quoteSpeaker' ? 'quote' : layer;
      return plan && enabled[category] ? plan[layer] : EMPTY;
    };
    const total = DECORATION_LAYERS.reduce((n, layer) => n + spansOf(layer).length / 2, 0);
    if (total <= SYNCHRONOUS_DRAW_LIMIT) {
      const ranges = new Map(DECORATION_LAYERS.map((layer) => [layer, toRanges(editor.document, spansOf(layer))]));
      this.apply(editor, ranges);
      return;
    }
    // A huge article: convert in slices, then draw every layer at once (the old highlights stay until then).
    void (async () => {
      const ranges = new Map<DecorationLayer, vscode.Range[]>();
      const document = editor.document;
      const options = {
        sliceSize: RANGES_PER_SLICE,
        isCancelled: () => this.drawGeneration.get(editor) !== generation || document.isClosed,
        yieldTurn: nextTurn,
      };
      for (const layer of DECORATION_LAYERS) {
        const converted = await convertPairsInSlices(spansOf(layer), (start, end) =>
          new vscode.Range(document.positionAt(start), document.positionAt(end)), options);
        if (!converted) return;
        ranges.set(layer, converted);
        await nextTurn();
      }
      if (!options.isCancelled()) this.apply(editor, ranges);
    })();
  }

  private apply(editor: vscode.TextEditor, ranges: Map<DecorationLayer, vscode.Range[]>): void {
    const counts = {} as Record<DecorationLayer, number>;
    let total = 0;
    for (const layer of DECORATION_LAYERS) total += ranges.get(layer)?.length ?? 0;
    const window = total > WINDOWED_DRAW_ABOVE ? windowAround(visibleLines(editor), editor.document.lineCount) : undefined;
    if (window) this.windowed.set(editor, { version: editor.document.version, ranges, window });
    else this.windowed.delete(editor);
    for (const layer of DECORATION_LAYERS) {
      const type = this.types.get(layer);
      const layerRanges = ranges.get(layer) ?? [];
      if (type) editor.setDecorations(type, window ? rangesInWindow(layerRanges, window) : layerRanges);
      counts[layer] = layerRanges.length;
      const rulerType = this.rulerTypes.get(layer);
      if (rulerType) {
        const marks = rulerMarks(lineSpans(layerRanges), editor.document.lineCount);
        editor.setDecorations(rulerType, marks.map(([first, last]) => new vscode.Range(first, 0, last, 0)));
      }
    }
    this.drawn.set(editor, counts);
  }

  /**
   * A long article scrolled near the edge of its drawn lines: draw the lines around the visible ones instead. Only
   * while the ranges are of the text shown; after an edit the new analysis draws (VS Code moves what is drawn).
   */
  private followScroll(editor: vscode.TextEditor): void {
    const held = this.windowed.get(editor);
    if (!held || held.version !== editor.document.version) return;
    const lineCount = editor.document.lineCount;
    if (!needsNewWindow(held.window, visibleLines(editor), lineCount)) return;
    held.window = windowAround(visibleLines(editor), lineCount);
    for (const layer of DECORATION_LAYERS) {
      const type = this.types.get(layer);
      if (type) editor.setDecorations(type, rangesInWindow(held.ranges.get(layer) ?? [], held.window));
    }
  }
}

function visibleLines(editor: vscode.TextEditor): LineWindow[] {
  return editor.visibleRanges.map((r) => ({ first: r.start.line, last: r.end.line }));
}

/** Up to this many ranges are converted and drawn at once (a news article has a few hundred). */
const SYNCHRONOUS_DRAW_LIMIT = 20_000;
/** Ranges converted per turn of the event loop in a sliced draw: a few milliseconds of `positionAt`. */
const RANGES_PER_SLICE = 10_000;

const EMPTY = new Uint32Array(0);

function* lineSpans(ranges: readonly vscode.Range[]): Generator<readonly [number, number]> {
  for (const range of ranges) yield [range.start.line, range.end.line];
}

function toRanges(document: vscode.TextDocument, packed: Uint32Array): vscode.Range[] {
  const ranges = new Array<vscode.Range>(packed.length / 2);
  for (let i = 0; i < ranges.length; i++) {
    ranges[i] = new vscode.Range(document.positionAt(packed[2 * i]), document.positionAt(packed[2 * i + 1]));
  }
  return ranges;
}
