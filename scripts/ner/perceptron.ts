/**
 * Averaged-perceptron training of one tagger stage (Collins 2002; greedy decoding with the model's own previous
 * labels as history, so training sees the mistakes tagging will make). Deterministic: documents are shuffled
 * with a seeded generator.
 */
import type { DocFeatures } from '../../src/core/ner/features';
import { HISTORY_KEYS, allKeys, historyKeys } from '../../src/core/ner/features';
import { KeyIndex } from '../../src/core/ner/key-index';
import { decode, staticRows, type StaticRows, type WeightTable } from '../../src/core/ner/decode';
import { LABEL_COUNT, O } from '../../src/core/ner/labels';

export interface TrainingItem {
  features: DocFeatures;
  units: [number, number][];
  gold: Uint8Array;
  /** Extra per-token keys (stage 2). */
  extra: ((i: number, push: (key: number) => void) => void) | null;
}

/** A small seeded PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainedStage {
  table: WeightTable & { weights: Float32Array };
  keys: Uint32Array;
}

/** constrained: decode with hard BILOU constraints, in training and in the returned table (the --constrained ablation). */
export function trainStage(
  items: TrainingItem[], options: { epochs: number; minCount: number; seed: number; log?: (s: string) => void; constrained?: boolean },
): TrainedStage {
  // 1. Feature index: keys seen at least minCount times (history keys from gold histories).
  const counts = new Map<number, number>();
  const bump = (k: number) => counts.set(k, (counts.get(k) ?? 0) + 1);
  const hist = new Uint32Array(HISTORY_KEYS);
  for (const it of items) {
    const f = it.features;
    const n = it.gold.length;
    for (let i = 0; i < n; i++) {
      allKeys(f, i, bump);
      if (it.extra) it.extra(i, bump);
    }
    for (const [s, e] of it.units) {
      let p1 = O, p2 = O;
      for (let i = s; i < e; i++) {
        historyKeys(hist, p1, p2, f.lowerH[i], f.shapeH[i], f.docCap[i]);
        for (let h = 0; h < HISTORY_KEYS; h++) bump(hist[h]);
        p2 = p1; p1 = it.gold[i];
      }
    }
  }
  const index = new KeyIndex(counts.size);
  const sortedKeys = [...counts.entries()].filter(([, c]) => c >= options.minCount).map(([k]) => k).sort((a, b) => a - b);
  for (const k of sortedKeys) index.add(k);
  counts.clear();
  options.log?.(`  features: ${index.size}`);
  const rows: StaticRows[] = items.map((it) => staticRows(it.features, it.extra, index, true));

  // 2. Epochs of greedy decoding with updates; lazily averaged (w − u/c).
  const size = index.size * LABEL_COUNT;
  const w = new Float64Array(size), u = new Float64Array(size);
  let c = 1;
  const constrained = options.constrained === true;
  const table: WeightTable = { index, weights: w, constrained };
  const update = (r: ArrayLike<number>, count: number, gold: number, pred: number) => {
    for (let k = 0; k < count; k++) {
      const base = r[k] * LABEL_COUNT;
      w[base + gold] += 1; u[base + gold] += c;
      w[base + pred] -= 1; u[base + pred] -= c;
    }
  };
  const order = items.map((_, i) => i);
  const random = rng(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0, tokens = 0;
    for (const d of order) {
      const it = items[d];
      const out = new Uint8Array(it.gold.length);
      // Count c per token: decode calls update only on errors, so advance c by the document's length after.
      decode(it.features, rows[d], it.units, table, out, -1, it.gold, (r, n, g, p) => { errors++; update(r, n, g, p); });
      tokens += it.gold.length;
      c += it.gold.length;
    }
    options.log?.(`  epoch ${epoch + 1}: token error rate ${(errors / tokens).toFixed(4)}`);
  }
  const avg = new Float32Array(size);
  for (let i = 0; i < size; i++) avg[i] = w[i] - u[i] / c;
  return { table: { index, weights: avg, constrained }, keys: index.keysByRow() };
}

/** Drops features whose weights are all near zero (they change no decision), for a smaller model file. */
export function pruneStage(stage: TrainedStage, threshold: number): TrainedStage {
  const n = stage.keys.length;
  const keep: number[] = [];
  for (let r = 0; r < n; r++) {
    let max = 0;
    for (let l = 0; l < LABEL_COUNT; l++) max = Math.max(max, Math.abs(stage.table.weights[r * LABEL_COUNT + l]));
    if (max >= threshold) keep.push(r);
  }
  const keys = new Uint32Array(keep.length);
  const weights = new Float32Array(keep.length * LABEL_COUNT);
  const index = new KeyIndex(keep.length);
  keep.forEach((r, i) => {
    keys[i] = stage.keys[r];
    index.add(keys[i]);
    weights.set(stage.table.weights.subarray(r * LABEL_COUNT, (r + 1) * LABEL_COUNT), i * LABEL_COUNT);
  });
  return { keys, table: { index, weights, constrained: stage.table.constrained } };
}
