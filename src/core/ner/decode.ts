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
   * tagger may add precomputed partial sums (joint.ts) and still pick exactly the labels decode would.
   */
  integral?: boolean;
  /**
   * Hard BILOU constraints in greedy decoding (off: measured worse, docs/ner.md): the training ablation's
   * --constrained sets it on the tables it trains, so their scores are decoded as they were trained.
   */
  constrained?: boolean;
}

/**
 * Rows of each token's static features (keys absent from the model dropped); offsets like DocFeatures. With
 * full, the word-role keys are included (training); without, the decoder adds cached per-word sums instead.
 */
export interface StaticRows {
  offsets: Int32Array;
  rows: Int32Array;
  full: boolean;
  /** Keys added from per-code sums instead (tagging with partial sums only). */
  coded: CodedKeys | null;
}

export type ExtraKeys = (i: number, push: (key: number) => void) => void;

/**
 * Extra keys that depend only on a small per-token code (stage 2's label keys): a decoder with partial sums adds
 * each code's summed weights, looked up once per model stage, instead of rows per token.
 */
export interface CodedKeys {
  /** Each token's code, below size. */
  codes: Uint16Array;
  size: number;
  /** Fills out with a code's keys (always the same function for one model stage). */
  keysOf: (out: Uint32Array, code: number) => void;
}

export function staticRows(f: DocFeatures, extra: ExtraKeys | null, index: KeyIndex, full: boolean, coded: CodedKeys | null = null): StaticRows {
  if (!full) return taggingRows(f, extra, index, coded);
  if (coded) throw new Error('coded keys are for tagging only');
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
  return { offsets, rows: rows.subarray(0, count), full, coded: null };
}

/** A token's extra keys, gathered before their rows are looked up (reused across tokens and calls). */
let extraKeys = new Uint32Array(64);
let extraCount = 0;
const pushExtra = (key: number): void => {
  if (extraCount === extraKeys.length) { const bigger = new Uint32Array(extraKeys.length * 2); bigger.set(extraKeys); extraKeys = bigger; }
  extraKeys[extraCount++] = key;
};

/**
 * staticRows without the word-role keys (tagging): the same rows in the same order, but the row array and its
 * count stay locals of this loop instead of being captured by a push callback called once per key.
 */
function taggingRows(f: DocFeatures, extra: ExtraKeys | null, index: KeyIndex, coded: CodedKeys | null): StaticRows {
  const n = f.offsets.length - 1;
  const keys = f.keys, keyOffsets = f.offsets;
  const offsets = new Int32Array(n + 1);
  let rows = new Int32Array(Math.max(16, keys.length * 1.5));
  let count = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    // Room for every key of this token (the model's own keys, then any extra ones), grown before the loops.
    extraCount = 0;
    if (extra) extra(i, pushExtra);
    const need = count + keyOffsets[i + 1] - keyOffsets[i] + extraCount;
    if (need > rows.length) { const bigger = new Int32Array(Math.max(need, rows.length * 2)); bigger.set(rows.subarray(0, count)); rows = bigger; }
    for (let k = keyOffsets[i], to = keyOffsets[i + 1]; k < to; k++) {
      const r = index.get(keys[k]);
      if (r >= 0) rows[count++] = r;
    }
    for (let k = 0; k < extraCount; k++) {
      const r = index.get(extraKeys[k]);
      if (r >= 0) rows[count++] = r;
    }
  }
  offsets[n] = count;
  return { offsets, rows: rows.subarray(0, count), full: false, coded };
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
  if (!f.withStateKeys || sr.coded) throw new Error('features without state keys and coded keys need joint tagging (./joint)');
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
          const sums = roleSums(f.wordsById[f.contextIds[i * ROLES + r]], slot, table);
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
      if (table.constrained) {
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
