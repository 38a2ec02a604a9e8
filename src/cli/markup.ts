/**
 * The article text with its annotations marked inline. In colour, marks are colours (names by type, dates
 * underlined, quotations in italics); without colour they are brackets: [Emmanuel Macron|PER],
 * {July 1|2025-07-01}, and ⟦quotation⟧→speaker. Nested marks nest; the text itself is never altered, except that
 * its control characters are shown as `\xHH` (safeText.ts) so that it cannot drive the terminal.
 */
import type { Annotation } from '../core/types';
import { CODES, type Style } from './style';
import { terminalSafe } from './safeText';
import { ENTITY_TYPE_WORDS } from '../presentation/categories';

interface Mark {
  start: number;
  end: number;
  open: string;
  close: string;
  codes: string;
}

function marksOf(annotation: Annotation): Mark[] {
  const marks: Mark[] = [];
  const nameOf = new Map(annotation.entities.map((e) => [e.id, e.name]));
  for (const q of annotation.quotes) {
    const who = terminalSafe(q.speaker ? nameOf.get(q.speaker) ?? q.speaker : '?');
    marks.push({ start: q.start, end: q.end, open: '⟦', close: `⟧→${who}`, codes: CODES.quote });
  }
  for (const e of annotation.entities) {
    for (const m of e.mentions) {
      const nominal = m.kind === 'nominal' || m.kind === 'pronoun';
      const { tag: typeTag } = ENTITY_TYPE_WORDS[e.type];
      const tag = nominal ? `${typeTag}=${terminalSafe(e.name)}` : typeTag;
      marks.push({ start: m.start, end: m.end, open: '[', close: `|${tag}]`, codes: nominal ? CODES.nominal : CODES[e.type] });
    }
  }
  for (const t of annotation.temporal) marks.push({ start: t.start, end: t.end, open: '{', close: `|${terminalSafe(t.value ?? '(no value)')}}`, codes: CODES.temporal });
  return marks;
}

export function markup(text: string, annotation: Annotation, style: Style): string {
  const marks = marksOf(annotation).sort((a, b) => a.start - b.start || b.end - a.end);
  const boundaries = new Set<number>([0, text.length]);
  for (const m of marks) boundaries.add(m.start).add(m.end);
  const points = [...boundaries].sort((a, b) => a - b);
  const opensAt = new Map<number, Mark[]>();
  for (const m of marks) {
    const list = opensAt.get(m.start);
    if (list) list.push(m);
    else opensAt.set(m.start, [m]);
  }
  const active: Mark[] = [];
  let out = '';
  for (let k = 0; k < points.length; k++) {
    const at = points[k];
    // Close what ends here, innermost first.
    for (let i = active.length - 1; i >= 0; i--) {
      if (active[i].end <= at) {
        if (!style.color) out += active[i].close;
        active.splice(i, 1);
      }
    }
    for (const m of opensAt.get(at) ?? []) {
      if (!style.color) out += m.open;
      active.push(m);
    }
    const next = points[k + 1];
    if (next === undefined) break;
    const piece = terminalSafe(text.slice(at, next), text.charAt(next));
    if (!style.color || active.length === 0) {
      out += piece;
    } else {
      // The innermost mark decides the colour; an enclosing quotation adds italics. Per line, so a reset
      // never spills into the next line of the terminal.
      const codes = [...new Set(active.map((m) => m.codes))].join(';');
      out += piece.split(/(\r?\n)/).map((part, i) => (i % 2 === 1 ? part : style.paint(part, codes))).join('');
    }
  }
  return out;
}
