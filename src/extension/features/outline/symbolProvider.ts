/**
 * Document symbols for the Outline view and breadcrumbs, reshaped from the same outline model the Article Lens tree
 * shows, minus paragraphs (breadcrumbs of paragraph openings would add noise, not navigation).
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager, DocumentAnalysis } from '../../analysis/articleAnalysisManager';
import { buildOutline, type OutlineNode } from './outlineModel';
import { symbolTree, type SymbolNode } from './symbolTree';
import { ENTITY_SYMBOL_KIND } from './entitySymbolKind';

const SYMBOL_KIND: Record<OutlineNode['kind'], vscode.SymbolKind> = {
  group: vscode.SymbolKind.Namespace,
  dateline: vscode.SymbolKind.Constant,
  paragraph: vscode.SymbolKind.String,
  entity: vscode.SymbolKind.Object,
  mention: vscode.SymbolKind.Field,
  date: vscode.SymbolKind.Event,
  speaker: vscode.SymbolKind.Object,
  quote: vscode.SymbolKind.String,
  more: vscode.SymbolKind.Null,
};


export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  /**
   * One symbol tree per analysis: the Outline view, the breadcrumbs and sticky scroll each ask after an edit, and
   * their requests made while the user typed all wait for the same analysis.
   */
  private readonly symbols = new WeakMap<DocumentAnalysis, vscode.DocumentSymbol[]>();

  constructor(private readonly manager: ArticleAnalysisManager) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.manager.analysisFor(document);
    if (!analysis || analysis.version !== document.version) return [];
    let symbols = this.symbols.get(analysis);
    if (!symbols) {
      symbols = this.build(document, analysis);
      this.symbols.set(analysis, symbols);
    }
    return symbols;
  }

  private build(document: vscode.TextDocument, analysis: DocumentAnalysis): vscode.DocumentSymbol[] {
    const outline = buildOutline({ text: analysis.text, annotation: analysis.result.annotation, paragraphs: [] });
    const toSymbol = (node: SymbolNode): vscode.DocumentSymbol => {
      const range = new vscode.Range(document.positionAt(node.span.start), document.positionAt(node.span.end));
      const { kind: rowKind, entityType } = node.node;
      const kind = rowKind === 'entity' && entityType ? ENTITY_SYMBOL_KIND[entityType] : SYMBOL_KIND[rowKind];
      const symbol = new vscode.DocumentSymbol(node.label, node.detail, kind, range, range);
      symbol.children = node.children.map(toSymbol);
      return symbol;
    };
    return symbolTree(outline).map(toSymbol);
  }
}
