/**
 * The work the analysis worker does for one article (the desktop worker thread, the web Web Worker, or the
 * in-process fallback): the annotation, the paragraph spans the outline shows and the packed highlight plan, all
 * computed where the text already is so the extension host never scans a large document. No `vscode`, no Node.
 */
import type { AnalyzeOptions } from '../../core/types';
import { analyzeArticle } from '../../core/analyze';
import { splitParagraphs } from '../../core/text/sentences';
import { packDecorationPlan, planDecorations, type PackedDecorationPlan } from '../../presentation/decorationPlan';
import type { AnalysisResult } from './analysisResult';

/** The highlight plan alone (for the preview of a long text's opening). */
export function computeHighlights(text: string, options: AnalyzeOptions): PackedDecorationPlan {
  return packDecorationPlan(planDecorations(analyzeArticle(text, options)));
}

export function computeAnalysis(text: string, options: AnalyzeOptions): AnalysisResult {
  const started = Date.now();
  const annotation = analyzeArticle(text, options);
  const paragraphs = splitParagraphs(text)
    .map((p) => ({ start: p.start, end: p.end }))
    .filter((p) => text.slice(p.start, p.end).trim() !== '');
  const decorations = packDecorationPlan(planDecorations(annotation));
  return { annotation, paragraphs, decorations, durationMs: Date.now() - started };
}
