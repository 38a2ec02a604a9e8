/**
 * The unit of work the analysis worker does, and what it sends back: the annotation plus the paragraph spans the
 * outline shows (computed where the text already is, so the extension host never scans a large document).
 */
import type { AnalyzeOptions, Annotation, Span } from '../../core/types';
import { analyzeArticle } from '../../core/analyze';
import { splitParagraphs } from '../../core/text/sentences';

export interface AnalysisResult {
  annotation: Annotation;
  paragraphs: Span[];
  /** Wall-clock time of the analysis, for the log. */
  durationMs: number;
}

export function computeAnalysis(text: string, options: AnalyzeOptions): AnalysisResult {
  const started = Date.now();
  const annotation = analyzeArticle(text, options);
  const paragraphs = splitParagraphs(text)
    .map((p) => ({ start: p.start, end: p.end }))
    .filter((p) => text.slice(p.start, p.end).trim() !== '');
  return { annotation, paragraphs, durationMs: Date.now() - started };
}

/** Messages between the extension host and the worker. */
export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalyzeOptions;
}

export type AnalysisResponse =
  | { id: number; ok: true; result: AnalysisResult }
  | { id: number; ok: false; error: string };
