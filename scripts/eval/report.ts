/**
 * What every corpus scorer returns, so `npm run eval` can print one table with Article Lens and its peers side
 * by side. A scorer takes an `Annotator` (ours or a peer's) and never knows which one it is scoring.
 */
import type { Annotator } from '../../src/core/types';

export interface Metric {
  /** e.g. "F1 PER", "relaxed span F1", "speaker accuracy". */
  name: string;
  value: number;
  /** Optional counts behind the figure, for the notes: "tp=…, fp=…, fn=…". */
  detail?: string;
}

export type SectionResult =
  | { corpus: string; metrics: Metric[] }
  | { corpus: string; skipped: string };

export interface ScorerOptions {
  /** Score only the first N documents (quick runs, tests). */
  limit?: number;
}

/** A corpus scorer: one section of the evaluation table for one annotator. */
export type CorpusScorer = (annotator: Annotator, options?: ScorerOptions) => Promise<SectionResult[]>;

/** Precision/recall/F1 from counts; 0 where undefined. */
export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
