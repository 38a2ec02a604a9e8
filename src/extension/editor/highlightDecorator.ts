/**
 * Draws the highlights: one decoration type per layer (person, organisation, place, other, date, quotation, quote
 * speaker), coloured from `contributes.colors` so themes can restyle them. Types are rebuilt when the theme or the
 * configuration changes. A result is applied only to an editor showing exactly the analysed version; until a new
 * result arrives the old decorations stay (VS Code moves them with edits), so typing never flickers.
 */
import * as vscode from 'vscode';
import type { Span } from '../../core/types';
import type { ArticleAnalysisManager } from '../analysis/articleAnalysisManager';
import type { Configuration } from '../configuration';
import { categoryColorId, type HighlightCategory } from '../model/categories';
import { DECORATION_LAYERS, planDecorations, type DecorationLayer, type DecorationPlan } from '../model/decorationPlan';
import { Disposable } from '../util/disposable';
import type { HighlightVisibility } from './highlightVisibility';

export class HighlightDecorator extends Disposable {
  private types: Map<DecorationLayer, vscode.TextEditorDecorationType> = new Map();
  /** Plans per analysis, so switching editors does not recompute them. */
  private readonly plans = new WeakMap<object, DecorationPlan>();
  /** What was last drawn in each editor, per layer (read by tests through the extension API). */
  private readonly drawn = new WeakMap<vscode.TextEditor, Record<DecorationLayer, number>>();

  constructor(
    private readonly manager: ArticleAnalysisManager,
    private readonly configuration: Configuration,
    private readonly visibility: HighlightVisibility,
  ) {
    super();
    this.createTypes();
    this._register({ dispose: () => this.disposeTypes() });
    this._register(manager.onDidChangeStatus((uri) => this.refreshEditorsOf(uri)));
    this._register(vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.refresh(e))));
    this._register(visibility.onDidChange(() => this.refreshAll()));
    this._register(configuration.onDidChange(() => this.rebuild()));
    this._register(vscode.window.onDidChangeActiveColorTheme(() => this.rebuild()));
    this.refreshAll();
  }

  /** Number of ranges drawn per layer in an editor (0 everywhere when hidden). */
  drawnCounts(editor: vscode.TextEditor): Record<DecorationLayer, number> | undefined {
    return this.drawn.get(editor);
  }

  private rebuild(): void {
    this.disposeTypes(); // disposing a type removes its decorations from every editor
    this.createTypes();
    this.refreshAll();
  }

  private createTypes(): void {
    const ruler = this.configuration.value.overviewRuler;
    const foreground = (category: HighlightCategory): vscode.DecorationRenderOptions => ({
      color: new vscode.ThemeColor(categoryColorId(category)),
      overviewRulerColor: ruler ? new vscode.ThemeColor(categoryColorId(category)) : undefined,
      overviewRulerLane: ruler ? vscode.OverviewRulerLane.Right : undefined,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    for (const layer of DECORATION_LAYERS) {
      let options: vscode.DecorationRenderOptions;
      if (layer === 'quote') {
        options = {
          backgroundColor: new vscode.ThemeColor('articleLens.quoteBackground'),
          overviewRulerColor: ruler ? new vscode.ThemeColor('articleLens.quoteBackground') : undefined,
          overviewRulerLane: ruler ? vscode.OverviewRulerLane.Left : undefined,
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
    }
  }

  private disposeTypes(): void {
    for (const type of this.types.values()) type.dispose();
    this.types.clear();
  }

  private refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor);
  }

  private refreshEditorsOf(uri: vscode.Uri): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() === uri.toString()) this.refresh(editor);
    }
  }

  private refresh(editor: vscode.TextEditor): void {
    const document = editor.document;
    const status = this.manager.status(document);
    if (status.kind === 'notArticle' || status.kind === 'tooLarge') {
      this.draw(editor, undefined);
      return;
    }
    if (!this.visibility.visible) {
      this.draw(editor, undefined);
      return;
    }
    const analysis = this.manager.current(document);
    if (!analysis) return; // keep what is drawn until the current version's result arrives
    let plan = this.plans.get(analysis);
    if (!plan) {
      plan = planDecorations(analysis.result.annotation);
      this.plans.set(analysis, plan);
    }
    this.draw(editor, plan);
  }

  private draw(editor: vscode.TextEditor, plan: DecorationPlan | undefined): void {
    const enabled = this.configuration.value.highlight;
    const counts = {} as Record<DecorationLayer, number>;
    for (const layer of DECORATION_LAYERS) {
      const category: HighlightCategory = layer === 'quoteSpeaker' ? 'quote' : layer;
      const spans = plan && enabled[category] ? plan[layer] : [];
      const type = this.types.get(layer);
      if (type) editor.setDecorations(type, spans.map((s) => toRange(editor.document, s)));
      counts[layer] = spans.length;
    }
    this.drawn.set(editor, counts);
  }
}

function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
