/**
 * Go to Definition (a mention → the entity's first mention), Find All References (every mention) and document
 * highlights (every mention of the entity under the cursor) — the native ways to follow one person through an article.
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager, DocumentAnalysis } from '../../analysis/articleAnalysisManager';
import type { Mention } from '../../../core/types';

async function entityAt(manager: ArticleAnalysisManager, document: vscode.TextDocument, position: vscode.Position) {
  const analysis = await manager.analysisFor(document);
  if (!analysis || analysis.version !== document.version) return undefined;
  const hit = analysis.index.mentionAt(document.offsetAt(position));
  return hit ? { analysis, ...hit } : undefined;
}

function rangeOf(document: vscode.TextDocument, mention: Mention): vscode.Range {
  return new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end));
}

function mentionsOf(analysis: DocumentAnalysis, entityId: string): readonly Mention[] {
  const entity = analysis.index.entity(entityId);
  return entity ? analysis.index.mentionsOf(entity) : [];
}

export class EntityDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly manager: ArticleAnalysisManager) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location | undefined> {
    const hit = await entityAt(this.manager, document, position);
    const first = hit && mentionsOf(hit.analysis, hit.entity.id)[0];
    return first ? new vscode.Location(document.uri, rangeOf(document, first)) : undefined;
  }
}

export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly manager: ArticleAnalysisManager) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
  ): Promise<vscode.Location[]> {
    const hit = await entityAt(this.manager, document, position);
    if (!hit) return [];
    const mentions = mentionsOf(hit.analysis, hit.entity.id);
    // The first mention plays the role of the declaration.
    const shown = context.includeDeclaration ? mentions : mentions.slice(1);
    return shown.map((m) => new vscode.Location(document.uri, rangeOf(document, m)));
  }
}

export class EntityHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly manager: ArticleAnalysisManager) {}

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[]> {
    const hit = await entityAt(this.manager, document, position);
    if (!hit) return [];
    return mentionsOf(hit.analysis, hit.entity.id).map(
      (m) => new vscode.DocumentHighlight(rangeOf(document, m), vscode.DocumentHighlightKind.Text),
    );
  }
}
