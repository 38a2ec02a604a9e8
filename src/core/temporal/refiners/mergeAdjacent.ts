/**
 * The loop the joining refiners share: walk the candidates in text order and, where a candidate and the next one
 * join into one expression, keep the joined one instead of both (each candidate joins at most once).
 */
import type { TimexCandidate } from '../types';

/** `join` says what `a` and the following `b` make together, or null when they stay apart. */
export function mergeAdjacent(
  candidates: readonly TimexCandidate[],
  join: (a: TimexCandidate, b: TimexCandidate) => TimexCandidate | null,
): TimexCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: TimexCandidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    const joined = b ? join(a, b) : null;
    if (joined) {
      out.push(joined);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
