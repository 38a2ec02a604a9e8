/**
 * Fills anaphoric references ("back then", "that day", "the same year") with the latest date written out
 * before them, at the granularity they speak in.
 */
import { parseIsoDate } from '../calendar';
import { shiftPeriod } from '../resolve';
import type { TimexCandidate, TemporalRefiner } from '../types';

const DATED = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/;

export const resolveAnaphora: TemporalRefiner = (candidates, ctx) => {
  let antecedent: TimexCandidate | null = null;
  // Any earlier calendar date, written out or relative ("in March"): what "the following month" counts from.
  let lastDated: TimexCandidate | null = null;
  const out: TimexCandidate[] = [];
  for (const c of candidates) {
    if (c.relativeToAntecedent) {
      // "the following year" after "in 1995" → 1996; with no earlier date, the reference-date reading stays.
      const { unit, shift } = c.relativeToAntecedent;
      const base = lastDated ? DATED.exec(lastDated.value!)![0] : null;
      const anchor = base && (unit === 'Y' || base.length >= 7) ? parseIsoDate(`${base.slice(0, 7).padEnd(7, '-01')}-01`) : null;
      out.push(anchor ? { ...c, value: shiftPeriod(anchor, unit, shift) } : c);
      continue;
    }
    if (c.anaphoric) {
      if (!antecedent) continue; // nothing to point back to: not annotated
      const text = ctx.text.slice(c.start, c.end).toLowerCase();
      const full = DATED.exec(antecedent.value!)![0];
      const value = /\byear\b/.test(text) ? full.slice(0, 4) : /\bmonth\b/.test(text) ? full.slice(0, 7) : full;
      if (/\bday\b/.test(text) && value.length < 10) continue;
      out.push({ ...c, value, anaphoric: false });
      continue;
    }
    // Dates the text states explicitly (not "now", not durations) can be pointed back to.
    if (c.value === null) { out.push(c); continue; }
    if (c.type === 'DATE' && c.anchoring === 'absolute' && DATED.test(c.value) && !c.mod) antecedent = c;
    if ((c.type === 'DATE' || c.type === 'TIME') && DATED.test(c.value)) lastDated = c;
    out.push(c);
  }
  return out;
};
