/** Keeps one expression where candidates overlap: the longest, then the one found by the earlier parser. */
import type { Candidate, TemporalRefiner } from '../types';

export function resolveOverlaps(parserOrder: readonly string[]): TemporalRefiner {
  const rank = (c: Candidate) => { const i = parserOrder.indexOf(c.parser); return i < 0 ? parserOrder.length : i; };
  return (candidates) => {
    const byPreference = [...candidates].sort((a, b) => (b.end - b.start) - (a.end - a.start) || rank(a) - rank(b) || a.start - b.start);
    const kept: Candidate[] = [];
    for (const c of byPreference) {
      if (c.end <= c.start) continue;
      if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  };
}
