/** Tags a segmented document with a model: units, features, stage 1, optional stage 2, spans. */
import type { NameSpan, SegmentedText } from '../document';
import type { DocFeatures } from './features';
import { decode, staticRows } from './decode';
import { labelsToSpans, TYPES } from './labels';
import type { NerModel } from './model';
import { stage2Keys } from './stage2';

/** Tagging units: the document's sentences, with any token outside a sentence given a unit of its own. */
export function unitsOf(doc: SegmentedText): [number, number][] {
  const units: [number, number][] = [];
  let next = 0;
  for (const s of doc.sentences) {
    if (s.tokenStart > next) units.push([next, s.tokenStart]);
    if (s.tokenEnd > s.tokenStart) units.push([s.tokenStart, s.tokenEnd]);
    next = Math.max(next, s.tokenEnd);
  }
  if (next < doc.tokens.length) units.push([next, doc.tokens.length]);
  return units;
}

export interface Tagged {
  features: DocFeatures;
  units: [number, number][];
  labels: Uint8Array;
}

export function tagLabels(model: NerModel, doc: SegmentedText): Tagged {
  const units = unitsOf(doc);
  const features = model.extractor.extract(doc.tokens.map((t) => t.text), units);
  const n = doc.tokens.length;
  let labels = new Uint8Array(n);
  decode(features, staticRows(features, null, model.stages[0].index), units, model.stages[0], labels);
  if (model.stages.length > 1) {
    const extra = stage2Keys(features, labels, units);
    const second = new Uint8Array(n);
    decode(features, staticRows(features, extra, model.stages[1].index), units, model.stages[1], second);
    labels = second;
  }
  return { features, units, labels };
}

export function tagDocument(model: NerModel, doc: SegmentedText): NameSpan[] {
  const { labels } = tagLabels(model, doc);
  return labelsToSpans(labels).map(({ start, end, type }) => {
    const first = doc.tokens[start], last = doc.tokens[end - 1];
    return {
      start: first.start,
      end: last.end,
      type: TYPES[type],
      tokenStart: start,
      tokenEnd: end,
    };
  });
}
