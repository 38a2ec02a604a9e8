/**
 * Greedy left-to-right BILOU decoding (Ratinov & Roth found it as accurate as Viterbi for NER, and it lets the
 * features see the labels already chosen). Shared by training (with updates) and tagging.
 */
import { HISTORY_KEYS, ROLES, allKeys, historyKeys, type DocFeatures, type WordInfo } from './features';
import type { KeyIndex } from './key-index';
import { ALLOWED, LABEL_COUNT, O, canEnd } from './labels';

export interface WeightTable {
  index: KeyIndex;
  /** rows × LABEL_COUNT. */
  weights: ArrayLike<number>;
  /**
   * Every weight is a whole number (a loaded, int16-quantised model): sums are then exact in any order, so the
   * tagger may add precomputed partial sums (decodeIntegral) and still pick exactly the labels decode would.
   */
  integral?: boolean;
}

/**
 * Rows of each token's static features (keys absent from the model dropped); offsets like DocFeatures. With
 * full, the word-role keys are included (training); without, the decoder adds cached per-word sums instead.
 */
export interface StaticRows {
  offsets: Int32Array;
  rows: Int32Array;
  full: boolean;
}

export type ExtraKeys = (i: number, push: (key: number) => void) => void;

export function staticRows(f: DocFeatures, extra: ExtraKeys | null, index: KeyIndex, full: boolean): StaticRows {
  const n = f.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  let rows = new Int32Array(Math.max(16, f.keys.length * (full ? 3 : 1.5)));
  let count = 0;
  const push = (key: number) => {
    const r = index.get(key);
    if (r < 0) return;
    if (count === rows.length) { const bigger = new Int32Array(rows.length * 2); bigger.set(rows); rows = bigger; }
    rows[count++] = r;
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    if (full) allKeys(f, i, push);
    else for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) push(f.keys[k]);
    if (extra) extra(i, push);
  }
  offsets[n] = count;
  return { offsets, rows: rows.subarray(0, count), full };
}

/** Summed weights of a word's role keys for one model stage, cached on the word. */
function roleSums(word: WordInfo, slot: number, table: WeightTable): Float32Array {
  const cached = word.sums[slot];
  if (cached) return cached;
  const sums = new Float32Array(ROLES * LABEL_COUNT);
  const W = table.weights;
  for (let r = 0; r < ROLES; r++) {
    const keys = word.roles;
    for (let k = keys[r], to = keys[r + 1]; k < to; k++) {
      const row = table.index.get(keys[k]);
      if (row < 0) continue;
      const base = row * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) sums[r * LABEL_COUNT + l] += W[base + l];
    }
  }
  word.sums[slot] = sums;
  return sums;
}

/** Called in training when the prediction at a token is wrong. */
export type Updater = (rows: ArrayLike<number>, count: number, gold: number, predicted: number) => void;

let CONSTRAINED = false;
/** Hard BILOU constraints in greedy decoding (off: measured worse, docs/ner.md); for the training ablation. */
export function setConstrainedDecoding(on: boolean): void {
  CONSTRAINED = on;
}

const historyBuffer = new Uint32Array(HISTORY_KEYS);
let rowBuffer = new Int32Array(4096);
const scores = new Float64Array(LABEL_COUNT);

/**
 * Labels every token of every unit into out. slot names the model stage for the per-word caches (tagging);
 * with gold + update, trains on the way (perceptron; rows must then be full).
 */
export function decode(
  f: DocFeatures, sr: StaticRows, units: [number, number][], table: WeightTable, out: Uint8Array, slot: number,
  gold?: Uint8Array, update?: Updater,
): void {
  if (table.integral && !update && !sr.full && !CONSTRAINED) { decodeIntegral(f, sr, units, table, out, slot); return; }
  const W = table.weights;
  for (const [s, e] of units) {
    let prev1 = O, prev2 = O;
    for (let i = s; i < e; i++) {
      // Rows of this token's features: static (copied only when training needs them for the update), then history.
      const from = sr.offsets[i], to = sr.offsets[i + 1];
      if (to - from + HISTORY_KEYS > rowBuffer.length) rowBuffer = new Int32Array((to - from + HISTORY_KEYS) * 2);
      let count = 0;
      if (update) for (let k = from; k < to; k++) rowBuffer[count++] = sr.rows[k];
      historyKeys(historyBuffer, prev1, prev2, f.lowerH[i], f.shapeH[i], f.docCap[i]);
      for (let h = 0; h < HISTORY_KEYS; h++) {
        const r = table.index.get(historyBuffer[h]);
        if (r >= 0) rowBuffer[count++] = r;
      }
      scores.fill(0);
      if (!sr.full) {
        for (let r = 0; r < ROLES; r++) {
          const sums = roleSums(f.context[i * ROLES + r], slot, table);
          const base = r * LABEL_COUNT;
          for (let l = 0; l < LABEL_COUNT; l++) scores[l] += sums[base + l];
        }
      }
      if (!update) {
        const rows = sr.rows;
        for (let k = from; k < to; k++) {
          const base = rows[k] * LABEL_COUNT;
          for (let l = 0; l < LABEL_COUNT; l++) scores[l] += W[base + l];
        }
      }
      for (let k = 0; k < count; k++) {
        const base = rowBuffer[k] * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) scores[l] += W[base + l];
      }
      let best = -1, bestScore = -Infinity;
      if (CONSTRAINED) {
        const last = i === e - 1;
        const allowedBase = prev1 * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) {
          if (!ALLOWED[allowedBase + l] || (last && !canEnd(l))) continue;
          if (scores[l] > bestScore) { bestScore = scores[l]; best = l; }
        }
      } else {
        // Unconstrained: a wrong B cannot force a long run of I's; labelsToSpans repairs ill-formed sequences.
        for (let l = 0; l < LABEL_COUNT; l++) if (scores[l] > bestScore) { bestScore = scores[l]; best = l; }
      }
      if (gold && update && best !== gold[i]) update(rowBuffer, count, gold[i], best);
      out[i] = best;
      prev2 = prev1;
      prev1 = best;
    }
  }
}

/**
 * The history features' weights, looked up once per model stage instead of hashed per token: (prev1, prev2) and
 * (prev1, docCap) as summed score vectors, (prev1, shape) as rows per shape; (prev1, word) rows live on the word.
 */
interface HistoryCache {
  /** [(prev1 · LABEL_COUNT + prev2) · LABEL_COUNT + l]: weights of prev1 and prev1+prev2. */
  pairs: Float64Array;
  /** [(prev1 · DOC_CAPS + docCap) · LABEL_COUNT + l]. */
  docCaps: Float64Array;
  /** shape hash → row of (prev1, shape) per prev1, -2 until looked up. */
  shapes: Map<number, Int32Array>;
  /** The word numbering (DocFeatures.generation) the per-word arrays below are filled for. */
  generation: number;
  /** [id · ROLES · LABEL_COUNT + r · LABEL_COUNT + l]: summed role weights of word id, valid where filled[id]. */
  sums: Float32Array;
  filled: Uint8Array;
  /** [id · LABEL_COUNT + prev1]: row of (prev1, word id), -2 until looked up. */
  wordRows: Int32Array;
}
const SUMS = ROLES * LABEL_COUNT;
const DOC_CAPS = 5;
const historyCaches = new WeakMap<WeightTable, HistoryCache>();

function addRow(into: Float64Array, at: number, W: ArrayLike<number>, row: number): void {
  if (row < 0) return;
  const base = row * LABEL_COUNT;
  for (let l = 0; l < LABEL_COUNT; l++) into[at + l] += W[base + l];
}

function historyCache(table: WeightTable): HistoryCache {
  let cache = historyCaches.get(table);
  if (cache) return cache;
  const W = table.weights;
  const pairs = new Float64Array(LABEL_COUNT * LABEL_COUNT * LABEL_COUNT);
  const docCaps = new Float64Array(LABEL_COUNT * DOC_CAPS * LABEL_COUNT);
  for (let p1 = 0; p1 < LABEL_COUNT; p1++) {
    for (let p2 = 0; p2 < LABEL_COUNT; p2++) {
      historyKeys(historyBuffer, p1, p2, 0, 0, 0);
      const at = (p1 * LABEL_COUNT + p2) * LABEL_COUNT;
      addRow(pairs, at, W, table.index.get(historyBuffer[0]));
      addRow(pairs, at, W, table.index.get(historyBuffer[1]));
    }
    for (let d = 0; d < DOC_CAPS; d++) {
      historyKeys(historyBuffer, p1, 0, 0, 0, d);
      addRow(docCaps, (p1 * DOC_CAPS + d) * LABEL_COUNT, W, table.index.get(historyBuffer[4]));
    }
  }
  cache = { pairs, docCaps, shapes: new Map(), generation: -1, sums: new Float32Array(0), filled: new Uint8Array(0), wordRows: new Int32Array(0) };
  historyCaches.set(table, cache);
  return cache;
}

/** Makes the cache's per-word arrays valid for f's word numbering and large enough for its ids. */
function fitWords(cache: HistoryCache, f: DocFeatures): void {
  if (cache.generation !== f.generation) {
    cache.generation = f.generation;
    cache.filled.fill(0);
    cache.wordRows.fill(-2);
  }
  const have = cache.filled.length;
  if (f.wordCount <= have) return;
  const size = Math.max(f.wordCount, have * 2, 1024);
  const sums = new Float32Array(size * SUMS);
  sums.set(cache.sums);
  const filled = new Uint8Array(size);
  filled.set(cache.filled);
  const wordRows = new Int32Array(size * LABEL_COUNT).fill(-2);
  wordRows.set(cache.wordRows);
  cache.sums = sums;
  cache.filled = filled;
  cache.wordRows = wordRows;
}

/** roleSums into the cache's flat array (same sums, same float32 accumulation). */
function fillSums(cache: HistoryCache, word: WordInfo, table: WeightTable): void {
  const sums = cache.sums;
  const at = word.id * SUMS;
  const W = table.weights;
  const keys = word.roles;
  for (let r = 0; r < ROLES; r++) {
    for (let k = keys[r], to = keys[r + 1]; k < to; k++) {
      const row = table.index.get(keys[k]);
      if (row < 0) continue;
      const base = row * LABEL_COUNT;
      const into = at + r * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) sums[into + l] += W[base + l];
    }
  }
  cache.filled[word.id] = 1;
}

function unknownRows(): Int32Array {
  return new Int32Array(LABEL_COUNT).fill(-2);
}

/** decode for tagging with integral weights: the same labels, from cached partial sums. */
function decodeIntegral(f: DocFeatures, sr: StaticRows, units: [number, number][], table: WeightTable, out: Uint8Array, slot: number): void {
  const W = table.weights;
  const index = table.index;
  const cache = historyCache(table);
  const pairs = cache.pairs, docCaps = cache.docCaps;
  const rows = sr.rows, offsets = sr.offsets;
  fitWords(cache, f);
  const sums = cache.sums, filled = cache.filled, wordRows = cache.wordRows, ids = f.contextIds;
  for (const [s, e] of units) {
    let prev1 = O, prev2 = O;
    for (let i = s; i < e; i++) {
      scores.fill(0);
      for (let r = 0; r < ROLES; r++) {
        const id = ids[i * ROLES + r];
        if (!filled[id]) {
          // A recycled id may hold an older word's sums: start from zero.
          sums.fill(0, id * SUMS, (id + 1) * SUMS);
          fillSums(cache, f.context[i * ROLES + r], table);
        }
        const base = id * SUMS + r * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) scores[l] += sums[base + l];
      }
      for (let k = offsets[i], to = offsets[i + 1]; k < to; k++) {
        const base = rows[k] * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) scores[l] += W[base + l];
      }
      const pairBase = (prev1 * LABEL_COUNT + prev2) * LABEL_COUNT;
      const capBase = (prev1 * DOC_CAPS + f.docCap[i]) * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) scores[l] += pairs[pairBase + l] + docCaps[capBase + l];
      const word = f.words[i];
      const wordAt = word.id * LABEL_COUNT + prev1;
      let wr = wordRows[wordAt];
      if (wr === -2) {
        historyKeys(historyBuffer, prev1, prev2, word.lowerH, word.shapeH, 0);
        wordRows[wordAt] = wr = index.get(historyBuffer[2]);
      }
      if (wr >= 0) { const base = wr * LABEL_COUNT; for (let l = 0; l < LABEL_COUNT; l++) scores[l] += W[base + l]; }
      let shapeRows = cache.shapes.get(word.shapeH);
      if (!shapeRows) cache.shapes.set(word.shapeH, shapeRows = unknownRows());
      let sr2 = shapeRows[prev1];
      if (sr2 === -2) {
        historyKeys(historyBuffer, prev1, prev2, word.lowerH, word.shapeH, 0);
        shapeRows[prev1] = sr2 = index.get(historyBuffer[3]);
      }
      if (sr2 >= 0) { const base = sr2 * LABEL_COUNT; for (let l = 0; l < LABEL_COUNT; l++) scores[l] += W[base + l]; }
      let best = -1, bestScore = -Infinity;
      for (let l = 0; l < LABEL_COUNT; l++) if (scores[l] > bestScore) { bestScore = scores[l]; best = l; }
      out[i] = best;
      prev2 = prev1;
      prev1 = best;
    }
  }
}
