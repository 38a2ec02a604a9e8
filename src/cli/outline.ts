/**
 * The outline a reader scans after the article: dateline; people, organisations, places and other names with
 * their roles and mention counts; the timeline in chronological order; quotations grouped by speaker.
 */
import type { Annotation, Entity, TemporalExpression } from '../core/types';
import { ENTITY_TYPES, ENTITY_TYPE_WORDS } from '../presentation/categories';
import { chronological } from '../presentation/timeline';
import { CODES, type Style } from './style';
import { terminalSafe } from './safeText';

/** Text of the article on one line, safe for a terminal (safeText.ts). */
function oneLine(text: string, max = 160): string {
  const flat = terminalSafe(text.replace(/\s+/g, ' ').trim());
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function entityLine(e: Entity, style: Style): string {
  const count = e.mentions.length;
  const details = [e.role, e.country ? `→ ${e.country}` : undefined].filter(Boolean).map((d) => oneLine(d!)).join(', ');
  const name = oneLine(e.name);
  const forms = [...new Set(e.mentions.map((m) => oneLine(m.text, 40)))].filter((f) => f !== name);
  const also = forms.length ? style.paint(`  also: ${forms.slice(0, 6).join('; ')}${forms.length > 6 ? '; …' : ''}`, CODES.dim) : '';
  return `  ${style.paint(name, CODES[e.type])}${details ? ` (${details})` : ''} — ${count} mention${count === 1 ? '' : 's'}${also}`;
}

export function outline(annotation: Annotation, style: Style): string {
  const lines: string[] = [];
  const heading = (title: string) => lines.push('', style.paint(title, CODES.heading));
  if (annotation.dateline) {
    const d = annotation.dateline;
    heading('Dateline');
    lines.push(`  ${[d.place, d.date].filter(Boolean).map((p) => oneLine(p!)).join(', ')}${d.agency ? ` (${oneLine(d.agency)})` : ''}`);
  }
  if (annotation.referenceDate) lines.push(`  reference date: ${annotation.referenceDate}`);
  for (const type of ENTITY_TYPES) {
    const title = ENTITY_TYPE_WORDS[type].plural;
    const entities = annotation.entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    if (entities.length === 0) continue;
    heading(title);
    for (const e of entities) lines.push(entityLine(e, style));
  }
  if (annotation.temporal.length > 0) {
    heading('Timeline');
    // One line per value, in the order of the value's first expression on the shared timeline (the outline view's).
    const byValue = new Map<string | null, TemporalExpression[]>();
    for (const t of chronological(annotation.temporal)) {
      const group = byValue.get(t.value);
      if (group) group.push(t);
      else byValue.set(t.value, [t]);
    }
    for (const group of byValue.values()) {
      const t = group[0];
      const texts = [...new Set(group.map((g) => oneLine(g.text, 50)))].join('; ');
      lines.push(`  ${style.paint(oneLine(t.value ?? '(no value)').padEnd(12), CODES.temporal)} ${t.type.padEnd(8)} ${texts}${t.mod ? ` (${oneLine(t.mod)})` : ''}`);
    }
  }
  if (annotation.quotes.length > 0) {
    heading('Quotes');
    const nameOf = new Map(annotation.entities.map((e) => [e.id, e.name]));
    const bySpeaker = new Map<string, typeof annotation.quotes>();
    for (const q of annotation.quotes) {
      const who = q.speaker ? nameOf.get(q.speaker) ?? q.speaker : '(speaker not found)';
      bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), q]);
    }
    for (const [who, quotes] of bySpeaker) {
      lines.push(`  ${style.paint(oneLine(who), CODES.heading)}`);
      for (const q of quotes) lines.push(`    ${q.kind.padEnd(8)} ${style.paint(oneLine(q.text), CODES.quote)}${q.cue ? style.paint(`  (${oneLine(q.cue.text)})`, CODES.dim) : ''}`);
    }
  }
  if (annotation.warnings?.length) {
    heading('Warnings');
    for (const w of annotation.warnings) lines.push(`  ${terminalSafe(w)}`);
  }
  return lines.join('\n');
}
