/**
 * Answers "what is at this offset?" over one Annotation: the entity mention, quotation or date under the cursor,
 * and an entity's mentions in document order. Built once per analysis result; lookups are binary searches. Pure.
 */
import type { Annotation, Entity, Mention, Quote, Span, TemporalExpression } from '../core/types';
import { lowerBound } from '../core/text/lowerBound';

export interface MentionHit {
  entity: Entity;
  mention: Mention;
}

export class AnnotationIndex {
  private readonly entitiesById = new Map<string, Entity>();
  private readonly sortedMentionsById = new Map<string, Mention[]>();
  // Orders are built on first use: a huge article's outline needs none of them, and a hover pays only for the
  // ones it reads.
  private sortedQuotes: Quote[] | undefined;
  private sortedTemporal: TemporalExpression[] | undefined;

  constructor(readonly annotation: Annotation) {
    for (const entity of annotation.entities) this.entitiesById.set(entity.id, entity);
  }

  private get quotes(): Quote[] {
    return (this.sortedQuotes ??= [...this.annotation.quotes].sort(bySpan));
  }

  private get temporal(): TemporalExpression[] {
    return (this.sortedTemporal ??= [...this.annotation.temporal].sort(bySpan));
  }

  entity(id: string | null | undefined): Entity | undefined {
    return id ? this.entitiesById.get(id) : undefined;
  }

  /** An entity's mentions in document order. */
  mentionsOf(entity: Entity): readonly Mention[] {
    let sorted = this.sortedMentionsById.get(entity.id);
    if (!sorted) {
      // Usually already in order, which makes this sort linear.
      sorted = [...entity.mentions].sort(bySpan);
      this.sortedMentionsById.set(entity.id, sorted);
    }
    return sorted;
  }

  firstMention(entity: Entity): Mention | undefined {
    const sorted = this.sortedMentionsById.get(entity.id);
    if (sorted) return sorted[0];
    // One pass, no copy: sorting outlines by first appearance must not sort every entity's mentions.
    let first: Mention | undefined;
    for (const m of entity.mentions) if (!first || bySpan(m, first) < 0) first = m;
    return first;
  }

  /**
   * The mention containing `offset` (a cursor right after the last character counts, as in VS Code's word ranges).
   * When mentions nest ("the French leader" around "French"), the innermost wins.
   */
  mentionAt(offset: number): MentionHit | undefined {
    // Per entity rather than over one document-wide list: no million-element merge on the first hover, and an
    // article's entities number in the hundreds or thousands, each searched in logarithmic time.
    let best: MentionHit | undefined;
    for (const entity of this.annotation.entities) {
      const mention = innermost(this.mentionsOf(entity), offset, (m) => m);
      if (mention && (!best || mention.end - mention.start < best.mention.end - best.mention.start)) {
        best = { entity, mention };
      }
    }
    return best;
  }

  quoteAt(offset: number): Quote | undefined {
    return innermost(this.quotes, offset, (q) => q);
  }

  temporalAt(offset: number): TemporalExpression | undefined {
    return innermost(this.temporal, offset, (t) => t);
  }

  /** Quotes attributed to an entity, in document order. */
  quotesBy(entity: Entity): Quote[] {
    return this.quotes.filter((q) => q.speaker === entity.id);
  }
}

function bySpan(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Among items sorted by start, the shortest one whose span contains `offset` (inclusive end). Scans left from the
 * last item starting at or before `offset`; spans in news annotations are short and nest shallowly, so the scan
 * stops early in practice (it stops once no earlier span could reach `offset`, judged by the longest span seen).
 */
function innermost<T>(items: readonly T[], offset: number, spanOf: (item: T) => Span): T | undefined {
  const lo = lowerBound(items, (item) => spanOf(item).start <= offset);
  let best: T | undefined;
  for (let i = lo - 1; i >= 0; i--) {
    const span = spanOf(items[i]);
    if (span.end >= offset) {
      if (!best || span.end - span.start < spanOf(best).end - spanOf(best).start) best = items[i];
    } else if (offset - span.start > MAX_SCAN_BACK) {
      break;
    }
  }
  return best;
}

/** A quotation may span paragraphs; no annotation span is longer than this many code units in practice. */
const MAX_SCAN_BACK = 20000;
