// PLACEHOLDER until the temporal tagger lands: finds nothing.
import type { Span, TemporalExpression } from '../types';
import type { SegmentedText } from '../document';
export interface TemporalOptions {
  /** YYYY-MM-DD given by the user: wins over anything inferred. */
  referenceDate?: string;
  /** The date written in the dateline ("July 1"), if any: its year may be inferred from the article. */
  datelineDate?: Span | null;
}
export interface TemporalResult {
  referenceDate: string | null;
  expressions: TemporalExpression[];
}
export function analyzeTemporal(_doc: SegmentedText, options: TemporalOptions = {}): TemporalResult {
  return { referenceDate: options.referenceDate ?? null, expressions: [] };
}
