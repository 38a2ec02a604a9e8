/**
 * The shipped name-tagger model: gazetteers, word clusters and one or two stages of averaged-perceptron weights
 * (stage 2 also sees stage 1's labels across the document), in one gzip file read without network. Only the
 * byte format lives here; reading and (de)compressing the file is the platform's (./modelLoader).
 */
import { FeatureExtractor } from './features';
import { Gazetteer, hashGazetteer, type GazetteerData, type HashedGazetteer } from './gazetteer';
import { WordClasses } from './word-classes';
import { KeyIndex } from './key-index';
import type { WeightTable } from './decode';
import { LABEL_COUNT } from './labels';

export interface ModelHeader {
  version: 1;
  /**
   * Written as { categories, maxTokens } with the hashed entries in blobs (HashedGazetteer); a GazetteerData (the
   * readable entries) exists only while training (and in model files from before hashing).
   */
  gazetteer: GazetteerData | { categories: string[]; maxTokens: number } | null;
  /** Clusters learned from the training news: parallel arrays while training, hashed in blobs in the file. */
  clusters: { words: string[]; coarse: number[]; fine: number[] } | { levels: number } | null;
  /** Classes from GloVe vectors (hashed words, in blobs): levels and classes per level. */
  embeddingClasses?: { levels: number; sizes: number[] } | null;
  /** Binary sections after the header, in order: name and byte length (4-byte aligned each). */
  blobs?: { name: string; bytes: number }[];
  stages: { features: number }[];
  /** What each stage is (default: stage1, stage2). */
  roles?: StageRole[];
  /** Title-case units have their own case mode (features.ts). */
  titleMode?: boolean;
  /** Free-form training notes (settings, scores). */
  notes?: Record<string, unknown>;
}

/** auxiliary: a tagger trained on another corpus (GMB) whose labels are features of the later stages. */
export type StageRole = 'auxiliary' | 'stage1' | 'stage2';

export function stageRoles(header: ModelHeader): StageRole[] {
  return header.roles ?? ['stage1', 'stage2'];
}

export interface NerModel {
  header: ModelHeader;
  extractor: FeatureExtractor;
  stages: WeightTable[];
}

/** The lookup structures of a model (training builds them once and shares them among many models). */
export interface ModelResources {
  gazetteer: Gazetteer | null;
  clusters: WordClasses | null;
  embedding: WordClasses | null;
}

/** Resources from a training header (readable entries and word lists; embedding classes come ready-made). */
export function trainingResources(header: ModelHeader, embedding: WordClasses | null): ModelResources {
  const g = header.gazetteer, c = header.clusters;
  return {
    gazetteer: g && 'entries' in g ? new Gazetteer(g) : null,
    clusters: c && 'words' in c ? WordClasses.fromWords(c.words, [c.coarse, c.fine]) : null,
    embedding,
  };
}

export function buildModel(header: ModelHeader, stages: WeightTable[], resources: ModelResources): NerModel {
  const extractor = new FeatureExtractor(resources.gazetteer, { clusters: resources.clusters, embedding: resources.embedding }, header.titleMode ?? false);
  return { header, extractor, stages };
}

const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
const padding = (n: number) => new Uint8Array((4 - (n % 4)) % 4);

/** Encodes weights quantised to int16 (per-stage scale: only argmax matters at tagging time); uncompressed. */
export function encodeModel(
  header: ModelHeader, resources: ModelResources, stages: { keys: Uint32Array; weights: Float32Array | Float64Array }[],
): Uint8Array {
  // Lists ship hashed: the file holds no readable gazetteer entry or word.
  const blobs: { name: string; data: Uint8Array }[] = [];
  let gazetteer: ModelHeader['gazetteer'] = null;
  const g = header.gazetteer;
  if (g && 'entries' in g) {
    const hashed = hashGazetteer(g);
    gazetteer = { categories: hashed.categories, maxTokens: hashed.maxTokens };
    blobs.push({ name: 'gazetteer.entryKeys', data: bytesOf(hashed.entryKeys) }, { name: 'gazetteer.entryMasks', data: bytesOf(hashed.entryMasks) },
      { name: 'gazetteer.prefixKeys', data: bytesOf(hashed.prefixKeys) }, { name: 'gazetteer.innerKeys', data: bytesOf(hashed.innerKeys) });
  }
  const tables: [string, WordClasses | null][] = [['clusters', resources.clusters], ['embedding', resources.embedding]];
  for (const [name, t] of tables) if (t) blobs.push({ name: `${name}.keys`, data: bytesOf(t.keys) }, { name: `${name}.values`, data: bytesOf(t.values) });
  const h: ModelHeader = {
    ...header, gazetteer, clusters: resources.clusters ? { levels: resources.clusters.levels } : null,
    blobs: blobs.map((b) => ({ name: b.name, bytes: b.data.length })), stages: stages.map((s) => ({ features: s.keys.length })),
  };
  const json = new TextEncoder().encode(JSON.stringify(h));
  const parts: Uint8Array[] = [];
  const len = new Uint8Array(4);
  new DataView(len.buffer).setUint32(0, json.length, true);
  parts.push(len, json, padding(4 + json.length));
  for (const b of blobs) parts.push(b.data, padding(b.data.length));
  for (const s of stages) {
    let max = 0;
    for (let i = 0; i < s.weights.length; i++) max = Math.max(max, Math.abs(s.weights[i]));
    const scale = max === 0 ? 1 : 32767 / max;
    const q = new Int16Array(s.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(s.weights[i] * scale);
    parts.push(new Uint8Array(s.keys.buffer, s.keys.byteOffset, s.keys.byteLength));
    parts.push(new Uint8Array(q.buffer, q.byteOffset, q.byteLength), new Uint8Array(q.byteLength % 4));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Decodes `encodeModel`'s bytes (the model file, gunzipped). */
export function decodeModel(buf: Uint8Array): NerModel {
  const { header, stages, resources } = decodeModelParts(buf);
  return buildModel(header, stages, resources);
}

/** What a model is built from: the model file's header, weight tables and lookup structures. */
export interface ModelParts {
  header: ModelHeader;
  stages: WeightTable[];
  resources: ModelResources;
}

/** `encodeModel`'s bytes decoded into their parts (the ready-to-use file, ./readyModel, writes these as they are). */
export function decodeModelParts(buf: Uint8Array): ModelParts {
  const jsonLength = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(4, 4 + jsonLength))) as ModelHeader;
  let pos = 4 + jsonLength;
  pos += (4 - (pos % 4)) % 4;
  // Copy into a fresh, aligned ArrayBuffer so typed-array views are valid.
  const body = new Uint8Array(buf.length - pos);
  body.set(buf.subarray(pos));
  let off = 0;
  const blob = new Map<string, { offset: number; bytes: number }>();
  for (const b of header.blobs ?? []) {
    blob.set(b.name, { offset: off, bytes: b.bytes });
    off += b.bytes + ((4 - (b.bytes % 4)) % 4);
  }
  const section = (name: string) => {
    const b = blob.get(name);
    if (!b) throw new Error(`name-tagger model: no section ${name}`);
    return b;
  };
  const u32 = (name: string) => { const b = section(name); return new Uint32Array(body.buffer, b.offset, b.bytes / 4); };
  const u16 = (name: string) => { const b = section(name); return new Uint16Array(body.buffer, b.offset, b.bytes / 2); };
  const resources: ModelResources = { gazetteer: null, clusters: null, embedding: null };
  const g = header.gazetteer;
  if (g && 'entries' in g) resources.gazetteer = new Gazetteer(g);
  else if (g) {
    const hashed: HashedGazetteer = {
      categories: g.categories, maxTokens: g.maxTokens, entryKeys: u32('gazetteer.entryKeys'), entryMasks: u16('gazetteer.entryMasks'),
      prefixKeys: u32('gazetteer.prefixKeys'), innerKeys: u32('gazetteer.innerKeys'),
    };
    resources.gazetteer = new Gazetteer(hashed);
  }
  const c = header.clusters;
  if (c && 'words' in c) resources.clusters = WordClasses.fromWords(c.words, [c.coarse, c.fine]);
  else if (c) resources.clusters = new WordClasses(c.levels, u32('clusters.keys'), u16('clusters.values'));
  if (header.embeddingClasses) resources.embedding = new WordClasses(header.embeddingClasses.levels, u32('embedding.keys'), u16('embedding.values'));
  const stages: WeightTable[] = header.stages.map(({ features }) => {
    const keys = new Uint32Array(body.buffer, off, features);
    off += features * 4;
    // Kept as the file's int16: half the memory of float32, so more of the rows the decoder reads stay in cache;
    // whole numbers also let it add partial sums in any order (joint tagging, ./joint).
    const weights = new Int16Array(body.buffer, off, features * LABEL_COUNT);
    off += features * LABEL_COUNT * 2;
    off += (4 - (off % 4)) % 4;
    const index = new KeyIndex(features);
    for (let r = 0; r < features; r++) index.add(keys[r]);
    return { index, weights, integral: true };
  });
  return { header, stages, resources };
}
