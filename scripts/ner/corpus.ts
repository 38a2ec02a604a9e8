/**
 * Training documents: CoNLL documents turned into text, run through our own segmenter (so training sees the
 * run-time tokens and sentences), with the gold names projected onto those tokens as BILOU labels.
 */
import { segment, type SegmentedText } from '../../src/core/document';
import { documentText, type CaseVariant, type ConllDocument } from '../eval/conll';
import { spansToLabels } from '../../src/core/ner/labels';

export interface LabeledDocument {
  doc: SegmentedText;
  labels: Uint8Array;
}

const TYPE_INDEX: Record<string, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };

export function labeledDocument(
  d: ConllDocument, variant: CaseVariant, stats?: { names: number; misaligned: number }, typeMap?: (t: string) => string | null,
): LabeledDocument {
  const td = documentText(d, variant, typeMap);
  const doc = segment(td.text);
  const byStart = new Map<number, number>(), byEnd = new Map<number, number>();
  doc.tokens.forEach((t, i) => { byStart.set(t.start, i); byEnd.set(t.end, i); });
  const spans: { start: number; end: number; type: number }[] = [];
  for (const g of td.gold) {
    if (stats) stats.names++;
    let s = byStart.get(g.start), e = byEnd.get(g.end);
    if (s === undefined || e === undefined) {
      if (stats) stats.misaligned++;
      // Nearest tokens inside the gold span, so the label still marks the name.
      s = doc.tokens.findIndex((t) => t.end > g.start);
      let last = -1;
      doc.tokens.forEach((t, i) => { if (t.start < g.end) last = i; });
      e = last;
      if (s < 0 || e < s) continue;
    }
    spans.push({ start: s, end: e + 1, type: TYPE_INDEX[g.type] });
  }
  return { doc, labels: spansToLabels(doc.tokens.length, spans) };
}
