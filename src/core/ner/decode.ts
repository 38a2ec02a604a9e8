/**
 * Greedy left-to-right BILOU decoding (Ratinov & Roth found it as accurate as Viterbi for NER, and it lets the
 * features see the labels already chosen). Shared by training (with updates) and tagging.
 */
import { HISTORY_KEYS, historyKeys, type DocFeatures } from './features';
import type { KeyIndex } from './key-index';
import { ALLOWED, LABEL_COUNT, O, canEnd } from './labels';

export interface WeightTable {
  index: KeyIndex;
  /** rows × LABEL_COUNT. */
  weights: ArrayLike<number>;
}

/** Rows of each token's static features (keys absent from the model dropped); offsets like DocFeatures. */
export interface StaticRows {
  offsets: Int32Array;
  rows: Int32Array;
}

export function staticRows(f: DocFeatures, extra: ((i: number, push: (key: number) => void) => void) | null, index: KeyIndex): StaticRows {
  const n = f.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  const rows: number[] = [];
  const push = (key: number) => {
    const r = index.get(key);
    if (r >= 0) rows.push(r);
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = rows.length;
    for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) push(f.keys[k]);
    if (extra) extra(i, push);
  }
  offsets[n] = rows.length;
  return { offsets, rows: Int32Array.from(rows) };
}

/** Called in training when the prediction at a token is wrong. */
export type Updater = (rows: ArrayLike<number>, count: number, gold: number, predicted: number) => void;

const historyBuffer = new Uint32Array(HISTORY_KEYS);
const rowBuffer = new Int32Array(4096);
const scores = new Float64Array(LABEL_COUNT);

/** Labels every token of every unit into out. With gold + update, trains on the way (perceptron). */
export function decode(
  f: DocFeatures, sr: StaticRows, units: [number, number][], table: WeightTable, out: Uint8Array,
  gold?: Uint8Array, update?: Updater,
): void {
  const W = table.weights;
  for (const [s, e] of units) {
    let prev1 = O, prev2 = O;
    for (let i = s; i < e; i++) {
      // Rows of this token's features: static, then history.
      let count = 0;
      for (let k = sr.offsets[i]; k < sr.offsets[i + 1]; k++) rowBuffer[count++] = sr.rows[k];
      historyKeys(historyBuffer, prev1, prev2, f.lowerH[i], f.shapeH[i], f.docCap[i]);
      for (let h = 0; h < HISTORY_KEYS; h++) {
        const r = table.index.get(historyBuffer[h]);
        if (r >= 0) rowBuffer[count++] = r;
      }
      scores.fill(0);
      for (let k = 0; k < count; k++) {
        const base = rowBuffer[k] * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) scores[l] += W[base + l];
      }
      const last = i === e - 1;
      let best = -1, bestScore = -Infinity;
      const allowedBase = prev1 * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) {
        if (!ALLOWED[allowedBase + l] || (last && !canEnd(l))) continue;
        if (scores[l] > bestScore) { bestScore = scores[l]; best = l; }
      }
      if (gold && update && best !== gold[i]) update(rowBuffer, count, gold[i], best);
      out[i] = best;
      prev2 = prev1;
      prev1 = best;
    }
  }
}
