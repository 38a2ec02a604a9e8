/**
 * Word clusters learned from unlabelled news text, a cheap stand-in for Brown clusters: each lower-cased word is
 * described by PPMI-weighted counts of its neighbours (±1, ±2 among the most frequent words), randomly projected
 * to a dense vector, and clustered by spherical k-means at two granularities (coarse and fine). Words in the same
 * cluster occur in similar contexts (surnames, towns, clubs, companies, months ...), so the tagger generalises
 * from names it saw in training to names it did not.
 *
 * Text: CoNLL-2003 eng.train (tokens only), the first 90% of GMB, PolNeAR train articles, TempEval-3 TimeML
 * documents. Never the CoNLL dev set or the GMB held-out sentences.
 */
import * as fs from 'fs';
import * as path from 'path';
import { tokenize } from '../../src/core/text/tokenize';
import { corpusDir } from '../eval/paths';
import { readConll } from '../eval/conll';
import { readGmb, gmbFile, splitGmb } from '../eval/gmb';
import { rng } from './perceptron';
import { RESOURCE_DIR } from './resources';

const VOCABULARY = 50_000;
const MIN_COUNT = 2;
const CONTEXT_WORDS = 600;
const POSITIONS = [-2, -1, 1, 2];
const DIMENSIONS = 96;
const COARSE = 100;
const FINE = 800;
const ITERATIONS = 12;

/** Unlabelled sentences (lower-cased tokens), in a fixed order. */
export function unlabelledSentences(log?: (s: string) => void): string[][] {
  const sentences: string[][] = [];
  const conll = corpusDir('conll2003');
  if (conll) for (const d of readConll(path.join(conll, 'eng.train'))) for (const s of d) sentences.push(s.tokens.map((t) => t.toLowerCase()));
  const gmb = gmbFile();
  if (gmb) for (const s of splitGmb(readGmb(gmb)).train) sentences.push(s.tokens.map((t) => t.toLowerCase()));
  const addText = (text: string) => {
    for (const line of text.split(/\r?\n/)) {
      const toks = tokenize(line).map((t) => t.text.toLowerCase());
      if (toks.length) sentences.push(toks);
    }
  };
  const polnear = corpusDir('polnear');
  if (polnear) {
    const dir = path.join(polnear, 'train', 'text');
    for (const f of fs.readdirSync(dir).sort()) addText(fs.readFileSync(path.join(dir, f), 'utf8'));
  }
  const tempeval = corpusDir('tempeval3');
  if (tempeval) {
    for (const sub of ['TimeBank', 'AQUAINT']) {
      const dir = path.join(tempeval, 'TBAQ-cleaned', sub);
      if (!fs.existsSync(dir)) continue;
      for (const f of fs.readdirSync(dir).sort()) {
        const xml = fs.readFileSync(path.join(dir, f), 'utf8');
        const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
        addText(body.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
      }
    }
  }
  log?.(`  unlabelled text: ${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.length, 0)} tokens`);
  return sentences;
}

function kmeans(vectors: Float32Array, n: number, dim: number, k: number, seed: number): Int32Array {
  const random = rng(seed);
  const centroids = new Float32Array(k * dim);
  // Deterministic k-means++-style seeding on a sample, then Lloyd iterations on cosine similarity.
  const chosen = new Set<number>();
  for (let c = 0; c < k; c++) {
    let pick = Math.floor(random() * n);
    while (chosen.has(pick)) pick = (pick + 1) % n;
    chosen.add(pick);
    centroids.set(vectors.subarray(pick * dim, (pick + 1) * dim), c * dim);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < n; i++) {
      let best = 0, bestScore = -Infinity;
      const off = i * dim;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const co = c * dim;
        for (let d = 0; d < dim; d++) dot += vectors[off + d] * centroids[co + d];
        if (dot > bestScore) { bestScore = dot; best = c; }
      }
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const co = assign[i] * dim, off = i * dim;
      for (let d = 0; d < dim; d++) centroids[co + d] += vectors[off + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += centroids[c * dim + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dim; d++) centroids[c * dim + d] /= norm;
    }
  }
  return assign;
}

export function learnClusters(
  log: (s: string) => void = () => {}, sizes: { coarse: number; fine: number; minCount: number } = { coarse: COARSE, fine: FINE, minCount: MIN_COUNT },
): { words: string[]; coarse: number[]; fine: number[] } {
  // Cached beside the training resources: the same text and sizes always give the same clusters.
  const cache = path.join(RESOURCE_DIR, `news-clusters-${sizes.coarse}-${sizes.fine}-${sizes.minCount}.json`);
  if (fs.existsSync(cache)) {
    log(`  clusters from cache ${cache}`);
    return JSON.parse(fs.readFileSync(cache, 'utf8')) as { words: string[]; coarse: number[]; fine: number[] };
  }
  const result = computeClusters(log, sizes);
  fs.mkdirSync(RESOURCE_DIR, { recursive: true });
  fs.writeFileSync(cache, JSON.stringify(result));
  return result;
}

function computeClusters(log: (s: string) => void, sizes: { coarse: number; fine: number; minCount: number }): { words: string[]; coarse: number[]; fine: number[] } {
  const sentences = unlabelledSentences(log);
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byFrequency = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFrequency.filter(([w, c]) => c >= sizes.minCount && /\p{L}/u.test(w)).slice(0, VOCABULARY).map(([w]) => w);
  const vocabId = new Map(vocab.map((w, i) => [w, i]));
  const contextId = new Map(byFrequency.slice(0, CONTEXT_WORDS).map(([w], i) => [w, i]));
  const dims = CONTEXT_WORDS * POSITIONS.length;
  // Sparse co-occurrence counts: key = word * dims + context dimension.
  const cooc = new Map<number, number>();
  const ctxTotals = new Float64Array(dims);
  for (const s of sentences) {
    for (let i = 0; i < s.length; i++) {
      const v = vocabId.get(s[i]);
      if (v === undefined) continue;
      POSITIONS.forEach((p, pi) => {
        const j = i + p;
        const c = j < 0 ? '<s>' : j >= s.length ? '</s>' : s[j];
        const ci = contextId.get(c);
        if (ci === undefined) return;
        const key = v * dims + pi * CONTEXT_WORDS + ci;
        cooc.set(key, (cooc.get(key) ?? 0) + 1);
        ctxTotals[pi * CONTEXT_WORDS + ci]++;
      });
    }
  }
  const wordTotals = new Float64Array(vocab.length);
  let total = 0;
  for (const [key, c] of cooc) { wordTotals[Math.floor(key / dims)] += c; total += c; }
  // Random ±1 projection of PPMI vectors.
  const random = rng(12345);
  const projection = new Float32Array(dims * DIMENSIONS);
  for (let i = 0; i < projection.length; i++) projection[i] = random() < 0.5 ? -1 : 1;
  const vectors = new Float32Array(vocab.length * DIMENSIONS);
  for (const [key, c] of cooc) {
    const w = Math.floor(key / dims), d = key - w * dims;
    const pmi = Math.log((c * total) / (wordTotals[w] * ctxTotals[d]));
    if (pmi <= 0) continue;
    const po = d * DIMENSIONS, vo = w * DIMENSIONS;
    for (let k = 0; k < DIMENSIONS; k++) vectors[vo + k] += pmi * projection[po + k];
  }
  for (let w = 0; w < vocab.length; w++) {
    let norm = 0;
    for (let k = 0; k < DIMENSIONS; k++) norm += vectors[w * DIMENSIONS + k] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < DIMENSIONS; k++) vectors[w * DIMENSIONS + k] /= norm;
  }
  log(`  vectors for ${vocab.length} words`);
  const coarse = kmeans(vectors, vocab.length, DIMENSIONS, sizes.coarse, 1);
  const fine = kmeans(vectors, vocab.length, DIMENSIONS, sizes.fine, 2);
  return { words: vocab, coarse: Array.from(coarse, (c) => c + 1), fine: Array.from(fine, (c) => c + 1) };
}
