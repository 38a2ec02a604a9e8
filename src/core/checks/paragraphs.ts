/** Finding the paragraph that holds an offset (paragraphs are sorted and disjoint). */
import type { Span } from '../types';
import { lowerBound } from '../text/lowerBound';

/** The index of the paragraph holding `offset`, or of the last paragraph before it; -1 before the first. */
export function paragraphAt(paragraphs: readonly Span[], offset: number): number {
  return lowerBound(paragraphs, (p) => p.start <= offset) - 1;
}
