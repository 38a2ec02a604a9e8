/**
 * The one merging loop of the refiners: walks candidates in text order and lets `merge` join each one with the
 * next into a single candidate (both are then consumed), else keeps it as it is.
 */
import type { TimexCandidate } from '../types';

export function mergeAdjacent(sorted: readonly TimexCandidate[], merge: (a: TimexCandidate, b: TimexCandidate) => TimexCandidate | null): TimexCandidate[] {
  const out: TimexCandidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    const merged = b ? merge(a, b) : null;
    if (merged) {
      out.push(merged);
      i++;
    } else out.push(a);
  }
  return out;
}
