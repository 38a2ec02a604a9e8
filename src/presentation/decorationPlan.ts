/**
 * Which spans each highlight draws, as plain data. Names and dates are foreground colours, quotations a background,
 * so a name inside a quote shows both; the speaker mention of a quote is additionally underlined. Pronoun mentions
 * are not highlighted (colouring every "he" is noise); they still count as references. Pure.
 */
import type { Annotation, Span } from '../core/types';
import { categoryOfEntityType, HIGHLIGHT_CATEGORIES, type HighlightCategory } from './categories';

export type DecorationLayer = HighlightCategory | 'quoteSpeaker';
export const DECORATION_LAYERS: readonly DecorationLayer[] = [...HIGHLIGHT_CATEGORIES, 'quoteSpeaker'];

export type DecorationPlan = Record<DecorationLayer, Span[]>;

export function planDecorations(annotation: Annotation): DecorationPlan {
  const plan = emptyPlan();
  for (const entity of annotation.entities) {
    const target = plan[categoryOfEntityType(entity.type)];
    for (const mention of entity.mentions) {
      if (mention.kind !== 'pronoun') target.push({ start: mention.start, end: mention.end });
    }
  }
  for (const t of annotation.temporal) plan.date.push({ start: t.start, end: t.end });
  // One speaker mention often attributes several statements ("X said A, adding that B"): underline it once.
  const underlined = new Set<string>();
  for (const q of annotation.quotes) {
    plan.quote.push({ start: q.start, end: q.end });
    const m = q.speakerMention;
    if (m && !underlined.has(`${m.start}:${m.end}`)) {
      underlined.add(`${m.start}:${m.end}`);
      plan.quoteSpeaker.push({ start: m.start, end: m.end });
    }
  }
  for (const layer of DECORATION_LAYERS) plan[layer].sort((a, b) => a.start - b.start || a.end - b.end);
  return plan;
}

export function emptyPlan(): DecorationPlan {
  return { person: [], organization: [], location: [], misc: [], date: [], quote: [], quoteSpeaker: [] };
}

/**
 * A plan packed as [start0, end0, start1, end1, ...] per layer: typed arrays cross from the worker without a copy
 * (transferred), so drawing the highlights of a huge article costs the extension host no deserialisation.
 */
export type PackedDecorationPlan = Record<DecorationLayer, Uint32Array>;

export function packDecorationPlan(plan: DecorationPlan): PackedDecorationPlan {
  const packed = {} as PackedDecorationPlan;
  for (const layer of DECORATION_LAYERS) {
    const spans = plan[layer];
    const array = new Uint32Array(spans.length * 2);
    spans.forEach((s, i) => {
      array[2 * i] = s.start;
      array[2 * i + 1] = s.end;
    });
    packed[layer] = array;
  }
  return packed;
}
