/** Tags a segmented document with a model: units, features, stage 1, optional stage 2, spans. */
import type { NameSpan, SegmentedText } from '../document';
import type { DocFeatures } from './features';
import { decode, staticRows, type CodedKeys, type ExtraKeys } from './decode';
import { canTagJointly, decodeJoint, jointDocRows, jointStaticRows, jointTable } from './joint';
import { TEMPLATES } from './features';
import { mix, mix3 } from './hash';
import { labelsToSpans, TYPES } from './labels';
import { stageRoles, type NerModel } from './model';
import { stage2Keys, stage2TaggingKeys } from './stage2';

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

/** Keys for the other stages from the auxiliary GMB-trained tagger's labels (stacking). */
export function stackKeys(auxiliary: Uint8Array, units: [number, number][]): ExtraKeys {
  const n = auxiliary.length;
  const first = new Uint8Array(n), last = new Uint8Array(n);
  for (const [s, e] of units) if (e > s) { first[s] = 1; last[e - 1] = 1; }
  return (i, push) => {
    const l = auxiliary[i];
    const p = first[i] ? 255 : auxiliary[i - 1];
    const q = last[i] ? 255 : auxiliary[i + 1];
    push(mix(TEMPLATES.stack, l));
    push(mix3(TEMPLATES.stack + 1, l, p));
    push(mix3(TEMPLATES.stack + 2, l, q));
  };
}

function both(a: ExtraKeys | null, b: ExtraKeys | null): ExtraKeys | null {
  if (!a) return b;
  if (!b) return a;
  return (i, push) => { a(i, push); b(i, push); };
}

/**
 * Runs the model's stages in order: the optional auxiliary tagger (trained on GMB, its labels become features),
 * stage 1, and the optional stage 2 (which also sees stage 1's labels across the document).
 */
export function tagLabels(model: NerModel, doc: SegmentedText, upTo = Infinity): Tagged {
  const units = unitsOf(doc);
  // Joint tagging adds per-word sums of the state keys itself; the general decoder needs them among the keys.
  const joint = canTagJointly(model.stages) ? jointTable(model.stages) : null;
  const features = model.extractor.extract(doc.tokens.map((t) => t.text), units, !joint);
  const n = doc.tokens.length;
  const roles = stageRoles(model.header);
  // The document's own keys are the same for every stage: looked up once in the joint table.
  const docRows = joint ? jointDocRows(features, joint) : null;
  let stacked: ExtraKeys | null = null;
  let labels: Uint8Array | null = null;
  for (let k = 0; k < model.stages.length && k < upTo; k++) {
    const table = model.stages[k];
    let extra = roles[k] === 'auxiliary' ? null : stacked;
    let coded: CodedKeys | null = null;
    if (roles[k] === 'stage2' && joint) {
      const keys = stage2TaggingKeys(features, labels!, units);
      extra = both(stacked, keys.extra);
      coded = keys.coded;
    } else if (roles[k] === 'stage2') extra = both(stacked, stage2Keys(features, labels!, units));
    const out = new Uint8Array(n);
    if (joint) decodeJoint(features, jointStaticRows(docRows!, extra, joint, coded), units, joint, k, out);
    else decode(features, staticRows(features, extra, table.index, false), units, table, out, k);
    if (roles[k] === 'auxiliary') stacked = stackKeys(out, units);
    labels = out;
  }
  return { features, units, labels: labels ?? new Uint8Array(n) };
}

export function tagDocument(model: NerModel, doc: SegmentedText): NameSpan[] {
  const { labels, units, features } = tagLabels(model, doc);
  const spans: { start: number; end: number; type: number }[] = [];
  for (const [s, e] of units) {
    for (const sp of labelsToSpans(labels.subarray(s, e))) {
      // A name has at least one letter: a stray "—" or "&" tagged on its own is noise.
      let word = false;
      for (let k = sp.start + s; k < sp.end + s && !word; k++) word = features.words[k].hasLetter;
      if (word) spans.push({ start: sp.start + s, end: sp.end + s, type: sp.type });
    }
  }
  return spans.map(({ start, end, type }) => {
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
