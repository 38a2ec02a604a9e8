/** Checks of the FORMAT.md span contract shared by the analysis and property tests. */
import * as assert from 'assert';
import type { Annotation } from '../../../src/core/types';

function checkSpan(text: string, span: { start: number; end: number; text?: string }, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start < span.end && span.end <= text.length, `${what}: ${span.start}-${span.end} outside the text (${text.length})`);
  if (span.text !== undefined) assert.strictEqual(span.text, text.slice(span.start, span.end), `${what}: text differs from the slice`);
}

function checkOrdered(spans: { start: number; end: number }[], what: string): void {
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start >= spans[i - 1].start, `${what}: out of order at ${i}`);
}

/** Every span valid and equal to its slice, everything ordered, ids unique, speakers real. */
export function assertValidAnnotation(text: string, a: Annotation): void {
  assert.strictEqual(a.warnings, undefined, `a stage failed: ${a.warnings?.join('; ')}`);
  if (a.dateline) checkSpan(text, a.dateline, 'dateline');
  const ids = new Set<string>();
  for (const e of a.entities) {
    assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
    ids.add(e.id);
    assert.ok(e.mentions.length > 0, `entity ${e.id} without mentions`);
    assert.ok(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'].includes(e.type), `entity ${e.id}: type ${e.type}`);
    e.mentions.forEach((m) => checkSpan(text, m, `mention of ${e.id}`));
    for (let i = 1; i < e.mentions.length; i++) assert.ok(e.mentions[i].start >= e.mentions[i - 1].end, `${e.id}: overlapping or unordered mentions`);
  }
  checkOrdered(a.entities.map((e) => e.mentions[0]), 'entities by first mention');
  a.temporal.forEach((t) => checkSpan(text, t, `temporal ${t.value}`));
  checkOrdered(a.temporal, 'temporal');
  for (const q of a.quotes) {
    checkSpan(text, q, 'quote');
    if (q.speaker !== null) assert.ok(ids.has(q.speaker), `quote speaker ${q.speaker} is not an entity`);
    if (q.speakerMention) checkSpan(text, q.speakerMention, 'speaker mention');
    if (q.cue) checkSpan(text, q.cue, 'cue');
  }
  checkOrdered(a.quotes, 'quotes');
}
