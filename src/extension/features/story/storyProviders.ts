/**
 * The story index in VS Code's native places: workspace symbols (Ctrl+T) for every name across the articles,
 * Find All References extended to the other articles (VS Code merges these with the in-article provider's
 * results), and a hover section "in N other articles" that also says when a name is ambiguous (VS Code stacks it
 * under the article's own card).
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager } from '../../analysis/articleAnalysisManager';
import type { SettingsStore } from '../../settings/settingsStore';
import type { StoryIndexManager } from './storyIndexManager';
import type { EntityLookup, StoryEntityFacts, StoryLocation, StorySymbol } from './storyQueries';
import { storyCard } from './storyCard';
import { ENTITY_SYMBOL_KIND } from '../outline/entitySymbolKind';

/** Ctrl+T shows at most this many (VS Code filters and ranks what it gets). */
const SYMBOL_LIMIT = 1000;


function toLocation(l: StoryLocation): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(l.line, l.character, l.endLine, l.endCharacter));
}

/** The entity under the cursor as the index can find it: by offset, with the article's own name for it as fallback. */
async function lookupAt(articles: ArticleAnalysisManager, document: vscode.TextDocument, position: vscode.Position) {
  const analysis = await articles.analysisFor(document);
  if (!analysis || analysis.version !== document.version) return undefined;
  const offset = document.offsetAt(position);
  const hit = analysis.index.mentionAt(offset);
  if (!hit) return undefined;
  const lookup: EntityLookup = { uri: document.uri.toString(), offset, name: hit.entity.name, type: hit.entity.type };
  return { lookup, hit };
}

export class StorySymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly story: StoryIndexManager) {}

  async provideWorkspaceSymbols(query: string): Promise<vscode.SymbolInformation[]> {
    if (this.story.state.kind === 'off') return [];
    const symbols = await this.story.query<StorySymbol[]>({ kind: 'symbols', query, limit: SYMBOL_LIMIT });
    return symbols.map((s) => new vscode.SymbolInformation(s.name, ENTITY_SYMBOL_KIND[s.type] ?? vscode.SymbolKind.Object, `${s.container}:${s.line + 1}`, toLocation(s)));
  }
}

export class StoryReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly articles: ArticleAnalysisManager,
    private readonly story: StoryIndexManager,
  ) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    if (this.story.state.kind === 'off') return [];
    const at = await lookupAt(this.articles, document, position);
    if (!at) return [];
    // This article's own mentions come from the in-article provider.
    const locations = await this.story.query<StoryLocation[]>({ kind: 'references', lookup: at.lookup, excludeUri: at.lookup.uri });
    return locations.map(toLocation);
  }
}

export class StoryHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly articles: ArticleAnalysisManager,
    private readonly story: StoryIndexManager,
    private readonly configuration: SettingsStore,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.configuration.value.hoversEnabled || this.story.state.kind === 'off') return undefined;
    const at = await lookupAt(this.articles, document, position);
    if (!at) return undefined;
    const facts = await this.story.query<StoryEntityFacts | null>({ kind: 'entityFacts', lookup: at.lookup });
    if (!facts) return undefined;
    const markdown = storyCard(facts);
    if (!markdown) return undefined;
    const card = new vscode.MarkdownString(markdown, false);
    card.isTrusted = false;
    card.supportHtml = false;
    const m = at.hit.mention;
    return new vscode.Hover(card, new vscode.Range(document.positionAt(m.start), document.positionAt(m.end)));
  }
}
