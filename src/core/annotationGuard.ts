/**
 * The last line of defence of the FORMAT.md contract: whatever a stage returned, every span in the annotation is
 * inside the text, `text === documentText.slice(start, end)`, spans are in document order, a quote's speaker is
 * an entity of this document, ids are unique, a temporal value is TIMEX3 or null. Stages are expected to get this
 * right already; this keeps one stage's bug from reaching a reader or an export as an invalid span or value.
 */
import { isTimexValue } from './temporal/timexGrammar';
import type { Annotation, Dateline, Entity, Mention, Quote, Span, TemporalExpression, TextSpan } from './types';

function validSpan(text: string, s: Span | null | undefined): s is Span {
  return (
    !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length
  );
}

function withText<T extends TextSpan>(text: string, s: T): T {
  const slice = text.slice(s.start, s.end);
  return s.text === slice ? s : { ...s, text: slice };
}

const byPosition = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

function guardEntities(text: string, entities: readonly Entity[]): Entity[] {
  const ids = new Set<string>();
  const out: Entity[] = [];
  for (const entity of entities) {
    const mentions: Mention[] = [];
    for (const m of entity.mentions.filter((m) => validSpan(text, m)).sort(byPosition)) {
      const last = mentions[mentions.length - 1];
      if (last && m.start < last.end) continue;
      mentions.push(withText(text, m));
    }
    if (mentions.length === 0) continue;
    let id = String(entity.id || entity.type.toLowerCase());
    for (let n = 2; ids.has(id); n++) id = `${entity.id}-${n}`;
    ids.add(id);
    out.push({ ...entity, id, mentions });
  }
  return out.sort((a, b) => byPosition(a.mentions[0], b.mentions[0]));
}

/** A value outside the TIMEX3 grammar (a stage bug: the temporal stage writes none) is dropped, the span kept. */
function guardValue(t: TemporalExpression): TemporalExpression {
  return t.value === null || isTimexValue(t.value) ? t : { ...t, value: null };
}

function guardTemporal(text: string, expressions: readonly TemporalExpression[]): TemporalExpression[] {
  return expressions.filter((t) => validSpan(text, t)).map((t) => guardValue(withText(text, t))).sort(byPosition);
}

function guardQuotes(text: string, quotes: readonly Quote[], entities: readonly Entity[]): Quote[] {
  const ids = new Set(entities.map((e) => e.id));
  return quotes
    .filter((q) => validSpan(text, q))
    .map((q) => {
      // A duplicated id (a stage bug) stays with the first entity that had it.
      const speaker = q.speaker;
      return {
        ...withText(text, q),
        speaker: speaker !== null && ids.has(speaker) ? speaker : null,
        speakerMention: validSpan(text, q.speakerMention) ? { start: q.speakerMention.start, end: q.speakerMention.end } : null,
        cue: validSpan(text, q.cue) ? withText(text, q.cue) : null,
      };
    })
    .sort(byPosition);
}

function guardDateline(text: string, dateline: Dateline | null): Dateline | null {
  return dateline && validSpan(text, dateline) ? dateline : null;
}

export function guardAnnotation(text: string, annotation: Annotation): Annotation {
  const entities = guardEntities(text, annotation.entities);
  return {
    ...annotation,
    dateline: guardDateline(text, annotation.dateline),
    entities,
    temporal: guardTemporal(text, annotation.temporal),
    quotes: guardQuotes(text, annotation.quotes, entities),
  };
}
