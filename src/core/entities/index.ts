// PLACEHOLDER until entity grouping lands: one entity per name.
import type { Entity } from '../types';
import type { NameSpan, SegmentedText } from '../document';
import type { DatelineParse } from '../dateline';
export function buildEntities(doc: SegmentedText, names: NameSpan[], _dateline: DatelineParse | null): Entity[] {
  return names.map((n, i) => ({
    id: `e${i + 1}`,
    type: n.type,
    name: doc.text.slice(n.start, n.end),
    mentions: [{ start: n.start, end: n.end, text: doc.text.slice(n.start, n.end), kind: 'name' as const }],
  }));
}
