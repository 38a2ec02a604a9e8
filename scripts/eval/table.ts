/** Plain-text (Markdown) tables for `npm run eval` and `npm run bench`: pasteable into docs as they are. */
import type { Metric, SectionResult } from './report';

/** A Markdown table with columns padded to line up in a terminal. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((r) => /^[-\d.%×x —n/a]*$/.test(r[i] ?? '')));
  const cell = (s: string, i: number) => (numeric[i] ? s.padStart(widths[i]!) : s.padEnd(widths[i]!));
  const line = (r: readonly string[]) => `| ${headers.map((_, i) => cell(r[i] ?? '', i)).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? '-'.repeat(w + 1) + ':' : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export const percent = (v: number) => `${(v * 100).toFixed(1)}`;

/** Results of one annotator: its sections, in scorer order. */
export interface AnnotatorResults {
  annotator: string;
  sections: SectionResult[];
}

/**
 * One row per (corpus, metric) seen for any annotator, one column per annotator (— where an annotator has no
 * figure, e.g. its run failed). Skipped sections go to the notes, once per corpus.
 */
export function comparisonTable(results: readonly AnnotatorResults[]): { table: string; notes: string[] } {
  const rowKeys: { corpus: string; metric: string }[] = [];
  const seen = new Set<string>();
  const values = new Map<string, Metric>();
  const notes: string[] = [];
  const skippedSeen = new Set<string>();
  for (const r of results) {
    for (const s of r.sections) {
      if ('skipped' in s) {
        const note = `${s.corpus}: ${s.skipped}`;
        if (!skippedSeen.has(note)) {
          skippedSeen.add(note);
          notes.push(`skipped ${r.annotator === results[0]?.annotator ? '' : `(${r.annotator}) `}${note}`);
        }
        continue;
      }
      for (const m of s.metrics) {
        const key = `${s.corpus}\u0000${m.name}`;
        if (!seen.has(key)) {
          seen.add(key);
          rowKeys.push({ corpus: s.corpus, metric: m.name });
        }
        values.set(`${key}\u0000${r.annotator}`, m);
      }
    }
  }
  const rows = rowKeys.map(({ corpus, metric }, i) => [
    i > 0 && rowKeys[i - 1]!.corpus === corpus ? '' : corpus,
    metric,
    ...results.map((r) => {
      const m = values.get(`${corpus}\u0000${metric}\u0000${r.annotator}`);
      return m ? percent(m.value) : '—';
    }),
  ]);
  return { table: markdownTable(['corpus', 'metric', ...results.map((r) => r.annotator)], rows), notes };
}
