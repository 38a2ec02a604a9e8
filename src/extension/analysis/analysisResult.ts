/**
 * What the analysis worker sends back for an article (computed by ./computeAnalysis.ts): the annotation, the
 * paragraph spans the outline shows and the packed highlight plan.
 */
import type { Annotation, Span } from '../../core/types';
import type { PackedDecorationPlan } from '../../presentation/decorationPlan';

export interface AnalysisResult {
  annotation: Annotation;
  paragraphs: Span[];
  decorations: PackedDecorationPlan;
  /** Wall-clock time of the analysis, for the log. */
  durationMs: number;
}
