/**
 * Document symbols for the Outline view and breadcrumbs, reshaped from the same outline model the Article Lens tree
 * shows, minus paragraphs (breadcrumbs of paragraph openings would add noise, not navigation).
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager } from '../analysis/articleAnalysisManager';
import { buildOutline, type OutlineNode } from '../outline/outlineModel';
import type { Span } from '../../core/types';

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

/** There are no person or place symbol kinds; these are chosen for distinct icons in the Outline and breadcrumbs. */
const ENTITY_KIND: Record<string, vscode.SymbolKind> = {
  PERSON: vscode.SymbolKind.Class,
  ORGANIZATION: vscode.SymbolKind.Module,
  LOCATION: vscode.SymbolKind.Struct,
  MISC: vscode.SymbolKind.EnumMember,
};

export class ArticleSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly manager: ArticleAnalysisManager) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    const analysis = await this.manager.analysisFor(document);
    if (!analysis || analysis.version !== document.version) return [];
    const outline = buildOutline({ text: analysis.text, annotation: analysis.result.annotation, paragraphs: [] });
    const toSymbol = (node: OutlineNode, depth: number): vscode.DocumentSymbol | undefined => {
      // Mentions stay out of the symbol tree: they are what references and highlights are for.
      const children = depth < 2 && node.kind !== 'entity'
        ? node.children.map((c) => toSymbol(c, depth + 1)).filter((s): s is vscode.DocumentSymbol => !!s)
        : [];
      // A speaker's symbol covers all their quotations, not just the first one its row reveals.
      const span = (node.kind === 'speaker' ? enclosing(children, document) : undefined) ?? node.span ?? enclosing(children, document);
      if (!span) return undefined;
      const range = new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
      const kind = node.kind === 'entity' && node.entityType ? ENTITY_KIND[node.entityType] : SYMBOL_KIND[node.kind];
      const symbol = new vscode.DocumentSymbol(node.label || '(empty)', node.description ?? '', kind, range, range);
      symbol.children = children;
      return symbol;
    };
    return outline.map((n) => toSymbol(n, 0)).filter((s): s is vscode.DocumentSymbol => !!s);
  }
}

/** A group's range covers its children, so the Outline view can follow the cursor into it. */
function enclosing(children: vscode.DocumentSymbol[], document: vscode.TextDocument): Span | undefined {
  if (children.length === 0) return undefined;
  const start = Math.min(...children.map((c) => document.offsetAt(c.range.start)));
  const end = Math.max(...children.map((c) => document.offsetAt(c.range.end)));
  return { start, end };
}
