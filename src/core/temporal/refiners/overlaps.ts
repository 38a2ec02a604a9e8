/** Keeps one expression where candidates overlap: the longest, then the one found by the earlier parser. */
import type { Candidate, TemporalRefiner } from '../types';

export function resolveOverlaps(parserOrder: readonly string[]): TemporalRefiner {
  const rank = (c: Candidate) => { const i = parserOrder.indexOf(c.parser); return i < 0 ? parserOrder.length : i; };
  return (candidates) => {
    const byPreference = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
    const kept: Candidate[] = [];
    // Kept spans never overlap: a character map of them answers "does c overlap a kept span?" in O(length of c).
    const covered = new Set<number>();
    for (const c of byPreference) {
      if (c.end <= c.start) continue;
      let clash = false;
      for (let x = c.start; x < c.end && !clash; x++) clash = covered.has(x);
      if (clash) continue;
      for (let x = c.start; x < c.end; x++) covered.add(x);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  };
}
