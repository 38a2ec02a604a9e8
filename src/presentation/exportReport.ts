/**
 * What the export command writes: the annotation as FORMAT.md JSON, or a Markdown report for people. Pure.
 * The JSON holds the document's text only inside spans (`text` fields), exactly as the CLI writes it.
 */
import type { Annotation, Entity } from '../core/types';
import { AnnotationIndex } from './annotationIndex';
import { ENTITY_TYPES, ENTITY_TYPE_WORDS } from './categories';
import { LineIndex } from './lineIndex';
import { chronological } from './timeline';
import { formatCalendarValue } from './dateDistance';
import { firstWords } from './markdownText';

export function annotationToJson(annotation: Annotation, file?: string): string {
  const withFile: Annotation = file === undefined ? annotation : { file, ...annotation };
  return JSON.stringify(withFile, null, 2) + '\n';
}

/** Markdown text from the document is escaped for tables and emphasis but kept readable. */
function md(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export function annotationToMarkdown(annotation: Annotation, text: string, title: string): string {
  const index = new AnnotationIndex(annotation);
  const lines = new LineIndex(text);
  const out: string[] = [`# Article Lens report: ${md(title)}`, ''];
  if (annotation.dateline) {
    const d = annotation.dateline;
    out.push(`Dateline: ${md([d.place, d.date, d.agency].filter(Boolean).join(' · '))}`, '');
  }
  if (annotation.referenceDate) out.push(`Reference date: ${annotation.referenceDate}`, '');

  for (const type of ENTITY_TYPES) {
    const entities = annotation.entities.filter((e) => e.type === type);
    if (entities.length === 0) continue;
    out.push(`## ${ENTITY_TYPE_WORDS[type].plural} (${entities.length})`, '', '| Name | Mentions | First line | Also called |', '|---|---|---|---|');
    const first = (e: Entity) => index.firstMention(e)?.start ?? 0;
    for (const e of [...entities].sort((a, b) => first(a) - first(b))) {
      const names = e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text.replace(/\s+/g, ' '));
      const others = [...new Set(names)].filter((n) => n !== e.name);
      out.push(`| ${md(e.name)}${e.role ? ` (${md(e.role)})` : ''} | ${e.mentions.length} | ${lines.lineNumberAt(first(e))} | ${others.map(md).join(', ')} |`);
    }
    out.push('');
  }

  if (annotation.temporal.length > 0) {
    out.push(`## Timeline (${annotation.temporal.length})`, '', '| Expression | Value | Line |', '|---|---|---|');
    for (const t of chronological(annotation.temporal)) {
      const readable = formatCalendarValue(t.value ?? '');
      out.push(`| ${md(t.text)} | ${md(t.value ?? '—')}${readable ? ` (${readable})` : ''} | ${lines.lineNumberAt(t.start)} |`);
    }
    out.push('');
  }

  if (annotation.quotes.length > 0) {
    out.push(`## Quotations (${annotation.quotes.length})`, '');
    for (const q of [...annotation.quotes].sort((a, b) => a.start - b.start)) {
      const speaker = index.entity(q.speaker)?.name ?? 'unattributed';
      out.push(`- **${md(speaker)}**${q.cue ? ` (${md(q.cue.text)})` : ''}, ${q.kind}, line ${lines.lineNumberAt(q.start)}: ${md(firstWords(q.text, 20))}`);
    }
    out.push('');
  }
  return out.join('\n');
}
