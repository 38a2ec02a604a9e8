/**
 * Hover cards for entity mentions, dates and quotations. The Markdown comes from the pure builders in
 * model/hoverCards.ts; here it is wrapped as untrusted (no command links, no HTML).
 */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager } from '../../analysis/articleAnalysisManager';
import type { SettingsStore } from '../../settings/settingsStore';
import { entityCard, quoteCard, temporalCard, type HoverContext } from './hoverCards';
import type { Span } from '../../../core/types';

export class ArticleHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly manager: ArticleAnalysisManager,
    private readonly configuration: SettingsStore,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!this.configuration.value.hoversEnabled) return undefined;
    const analysis = await this.manager.analysisFor(document);
    if (!analysis || analysis.version !== document.version) return undefined;
    const offset = document.offsetAt(position);
    const { index } = analysis;
    const context: HoverContext = { index, lineNumberAt: (o) => document.positionAt(o).line + 1 };

    const cards: string[] = [];
    const spans: Span[] = [];
    const mention = index.mentionAt(offset);
    if (mention) {
      cards.push(entityCard(mention.entity, context));
      spans.push(mention.mention);
    }
    const temporal = index.temporalAt(offset);
    if (temporal) {
      cards.push(temporalCard(temporal, analysis.result.annotation.referenceDate));
      spans.push(temporal);
    }
    const quote = index.quoteAt(offset);
    if (quote) {
      cards.push(quoteCard(quote, context));
      spans.push(quote);
    }
    if (cards.length === 0) return undefined;
    const contents = cards.map((card) => {
      const markdown = new vscode.MarkdownString(card, false);
      markdown.isTrusted = false;
      markdown.supportHtml = false;
      return markdown;
    });
    // The hover range is the innermost thing under the mouse (a name inside a quote, not the whole quote).
    const span = spans.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    return new vscode.Hover(contents, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
  }
}
