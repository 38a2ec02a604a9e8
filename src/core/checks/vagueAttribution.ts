/**
 * Check 5: anonymous or vague attribution — "sources said", "officials say", "according to reports", "it is
 * understood". Information, not a mistake: the count tells an editor how sourced a story is.
 */
import { VAGUE_ATTRIBUTION } from '../lang/en/checkWords';
import type { CheckDefinition, CheckFinding } from './types';

export const vagueAttribution: CheckDefinition = {
  code: 'vague-attribution',
  setting: 'vagueAttribution',
  title: 'Anonymous or vague attribution',
  severity: 'information',
  run({ text, annotation }) {
    // Inside a quotation the words are the speaker's ("Some say, you know, Trump is our man"), not the story's
    // sourcing.
    const quoted = annotation.quotes.filter((q) => q.kind !== 'reported');
    const inQuote = (start: number) => quoted.some((q) => start > q.start && start < q.end);
    const spans: Array<{ start: number; end: number }> = [];
    for (const pattern of VAGUE_ATTRIBUTION) {
      const everywhere = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      for (const m of text.matchAll(everywhere)) if (!inQuote(m.index!)) spans.push({ start: m.index!, end: m.index! + m[0].length });
    }
    // Overlapping matches ("sources familiar with the matter said, speaking on condition of anonymity") are one.
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const findings: CheckFinding[] = [];
    for (const span of spans) {
      const last = findings[findings.length - 1];
      if (last && span.start < last.end) {
        last.end = Math.max(last.end, span.end);
        continue;
      }
      findings.push({
        code: 'vague-attribution',
        severity: 'information',
        start: span.start,
        end: span.end,
        message: '',
        related: [],
      });
    }
    for (const f of findings) {
      f.message = `Vague attribution: "${text.slice(f.start, f.end)}" names no source a reader could check.`;
    }
    return findings;
  },
};
