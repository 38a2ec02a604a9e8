/** Finding the paragraph that holds an offset (paragraphs are sorted and disjoint). */
import type { Span } from '../types';

/** The index of the paragraph holding `offset`, or of the last paragraph before it; -1 before the first. */
export function paragraphAt(paragraphs: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
