/** Keeps one expression where candidates overlap: the longest, then the one found by the earlier parser. */
import type { TimexCandidate, TemporalRefiner } from '../types';

export function resolveOverlaps(parserOrder: readonly string[]): TemporalRefiner {
  // A parser's rank is its first place in the order; parsers not in it (refiners' merges) come last.
  const rankOf = new Map<string, number>();
  parserOrder.forEach((name, i) => { if (!rankOf.has(name)) rankOf.set(name, i); });
  const rank = (c: TimexCandidate) => rankOf.get(c.parser) ?? parserOrder.length;
  return (candidates) => {
    // Ranks looked up once per candidate, not per comparison; the sort is stable, as over the candidates.
    const ranks = candidates.map(rank);
    const byPreference = candidates.map((_, i) => i).sort((i, j) => {
      const a = candidates[i];
      const b = candidates[j];
      return (b.end - b.start) - (a.end - a.start) || ranks[i] - ranks[j] || a.start - b.start;
    });
    const kept: TimexCandidate[] = [];
    // Kept spans never overlap: a character map of them answers "does c overlap a kept span?" in O(length of c).
    let from = Infinity;
    let to = 0;
    for (const c of candidates) {
      if (c.start < from) from = c.start;
      if (c.end > to) to = c.end;
    }
    const covered = new Uint8Array(Math.max(0, to - from));
    for (const i of byPreference) {
      const c = candidates[i];
      if (c.end <= c.start) continue;
      let clash = false;
      for (let x = c.start - from; x < c.end - from && !clash; x++) clash = covered[x] === 1;
      if (clash) continue;
      covered.fill(1, c.start - from, c.end - from);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  };
}
