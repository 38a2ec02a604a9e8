/**
 * The document symbols (Outline view, breadcrumbs) as plain data, reshaped from the outline model: no paragraphs
 * (breadcrumbs of paragraph openings would add noise), no mentions (references and highlights are for those), and
 * no "… N more" rows (a symbol needs a range, and one covering the rest would swallow the cursor in the Outline
 * view's follow mode; the group's detail gives the full count instead). Lists are as capped as the outline's. Pure:
 * the provider only turns spans into ranges.
 */
import type { Span } from '../../../core/types';
import { enclosingSpan } from './enclosingSpan';
import type { OutlineNode } from './outlineModel';

export interface SymbolNode {
  readonly label: string;
  readonly detail: string;
  readonly node: OutlineNode;
  /** What the symbol covers: its row's span, or for a group (and a speaker, over all their quotations) its children's. */
  readonly span: Span;
  readonly children: readonly SymbolNode[];
}

/** Depth below which children become symbols (groups → entities, speakers → quotations). */
const MAX_DEPTH = 2;

export function symbolTree(outline: readonly OutlineNode[]): SymbolNode[] {
  return collect(outline, 0);
}

function collect(nodes: readonly OutlineNode[], depth: number): SymbolNode[] {
  const symbols: SymbolNode[] = [];
  for (const node of nodes) {
    const symbol = toSymbol(node, depth);
    if (symbol) symbols.push(symbol);
  }
  return symbols;
}

function toSymbol(node: OutlineNode, depth: number): SymbolNode | undefined {
  if (node.kind === 'paragraph' || node.kind === 'more' || node.id === 'group:paragraphs') return undefined;
  const children = depth < MAX_DEPTH && node.kind !== 'entity' ? collect(node.children, depth + 1) : [];
  const covered = enclosingSpan(children.map((c) => c.span));
  // A speaker's symbol covers all their quotations, not just the first one its row reveals.
  const span = (node.kind === 'speaker' ? covered : undefined) ?? node.span ?? covered;
  if (!span) return undefined;
  return { label: node.label || '(empty)', detail: node.description ?? '', node, span, children };
}
