/** Tags a segmented document with a model: units, features, stage 1, optional stage 2, spans. */
import type { NameSpan, SegmentedText } from '../document';
import type { DocFeatures } from './features';
import { decode, staticRows, type CodedKeys, type ExtraKeys, type WeightTable } from './decode';
import { canTagJointly, decodeJoint, jointDocRows, jointStaticRows, jointTable } from './joint';
import { ROLES, TEMPLATES } from './features';
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
 * Tokens whose weight rows are built and decoded at a time (whole units, so a chunk may be longer when one unit is).
 * A model stage's rows of a whole 10 MB document took some 120 MB (and as much again while their array grew); a
 * chunk's take a few hundred KB. The features stay document-wide: docCap and stage 2 look across the document.
 */
export const DECODE_CHUNK_TOKENS = 1 << 15;

/** Runs of whole units of about `chunkTokens` tokens: [first unit, one past the last unit). */
function unitChunks(units: [number, number][], chunkTokens: number): [number, number][] {
  const chunks: [number, number][] = [];
  let first = 0;
  for (let u = 0; u < units.length; u++) {
    if (units[u][1] - units[first][0] >= chunkTokens || u === units.length - 1) {
      chunks.push([first, u + 1]);
      first = u + 1;
    }
  }
  return chunks;
}

/**
 * The features of tokens [from, to) as a document of their own (views and short copies, no key is recomputed): what
 * staticRows and decode need to work on one chunk. Every field is listed, without a spread, so that a new per-token
 * field of DocFeatures is a compile error here rather than a whole-document array read at chunk offsets.
 */
function featuresOfRange(f: DocFeatures, from: number, to: number): DocFeatures {
  // The chunk's own keys, with offsets from their start: staticRows sizes its row array from keys.length.
  const keyBase = f.offsets[from];
  const offsets = f.offsets.slice(from, to + 1);
  for (let i = 0; i < offsets.length; i++) offsets[i] -= keyBase;
  return {
    words: f.words.slice(from, to),
    wordsById: f.wordsById,
    offsets,
    keys: f.keys.subarray(keyBase, f.offsets[to]),
    lowerH: f.lowerH.subarray(from, to),
    shapeH: f.shapeH.subarray(from, to),
    docCap: f.docCap.subarray(from, to),
    lowerIndex: f.lowerIndex.subarray(from, to),
    lowerCount: f.lowerCount,
    contextIds: f.contextIds.subarray(from * ROLES, to * ROLES),
    state: f.state.subarray(from, to),
    withStateKeys: f.withStateKeys,
    generation: f.generation,
    wordCount: f.wordCount,
  };
}

/**
 * One model stage over the document into `out`, chunk by chunk: each chunk's rows are built, decoded and dropped
 * before the next. Units are decoded independently and in the same order as in one pass, so the labels (and the
 * decoder's per-word caches) are exactly those of one pass over the whole document.
 */
function decodeInChunks(
  features: DocFeatures, extra: ExtraKeys | null, coded: CodedKeys | null, units: [number, number][], table: WeightTable,
  out: Uint8Array, slot: number, chunkTokens: number,
): void {
  for (const [firstUnit, endUnit] of unitChunks(units, chunkTokens)) {
    const from = units[firstUnit][0], to = units[endUnit - 1][1];
    const part = featuresOfRange(features, from, to);
    // Extra keys are asked for by document token index, the chunk's decoder counts from the chunk's start.
    const partExtra: ExtraKeys | null = extra && ((i, push) => extra(i + from, push));
    const partCoded: CodedKeys | null = coded && { codes: coded.codes.subarray(from, to), size: coded.size, keysOf: coded.keysOf };
    const partUnits = units.slice(firstUnit, endUnit).map(([s, e]): [number, number] => [s - from, e - from]);
    decode(part, staticRows(part, partExtra, table.index, false, partCoded), partUnits, table, out.subarray(from, to), slot);
  }
}

/**
 * Runs the model's stages in order: the optional auxiliary tagger (trained on GMB, its labels become features),
 * stage 1, and the optional stage 2 (which also sees stage 1's labels across the document). `chunkTokens` only
 * bounds memory (tests pass small ones to show the labels do not depend on it).
 */
export function tagLabels(model: NerModel, doc: SegmentedText, upTo = Infinity, chunkTokens = DECODE_CHUNK_TOKENS): Tagged {
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
    // The joint table's document rows serve every stage, so they stay whole-document; the general decoder's rows
    // are per stage and built chunk by chunk.
    if (joint) decodeJoint(features, jointStaticRows(docRows!, extra, joint, coded), units, joint, k, out);
    else decodeInChunks(features, extra, coded, units, table, out, k, chunkTokens);
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
