/**
 * The shipped name-tagger model: gazetteers, word clusters and one or two stages of averaged-perceptron weights
 * (stage 2 also sees stage 1's labels across the document), in one gzip file read without network. Only the
 * byte format lives here; reading and (de)compressing the file is the platform's (./modelLoader).
 */
import { FeatureExtractor, type ClusterTable } from './features';
import { Gazetteer, type GazetteerData } from './gazetteer';
import { KeyIndex } from './key-index';
import type { WeightTable } from './decode';
import { LABEL_COUNT } from './labels';

export interface ModelHeader {
  version: 1;
  gazetteer: GazetteerData | null;
  /** Parallel arrays: word, coarse cluster, fine cluster. */
  clusters: { words: string[]; coarse: number[]; fine: number[] } | null;
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

export function clusterTable(header: ModelHeader): ClusterTable | null {
  const c = header.clusters;
  if (!c) return null;
  const table: ClusterTable = new Map();
  for (let i = 0; i < c.words.length; i++) table.set(c.words[i], [c.coarse[i], c.fine[i]]);
  return table;
}

export function buildModel(header: ModelHeader, stages: WeightTable[]): NerModel {
  const gazetteer = header.gazetteer ? new Gazetteer(header.gazetteer) : null;
  return { header, extractor: new FeatureExtractor(gazetteer, clusterTable(header), header.titleMode ?? false), stages };
}

/** Encodes weights quantised to int16 (per-stage scale: only argmax matters at tagging time); uncompressed. */
export function encodeModel(header: ModelHeader, stages: { keys: Uint32Array; weights: Float32Array | Float64Array }[]): Uint8Array {
  const h: ModelHeader = { ...header, stages: stages.map((s) => ({ features: s.keys.length })) };
  const json = new TextEncoder().encode(JSON.stringify(h));
  const parts: Uint8Array[] = [];
  const len = new Uint8Array(4);
  new DataView(len.buffer).setUint32(0, json.length, true);
  parts.push(len, json, new Uint8Array((4 - ((4 + json.length) % 4)) % 4));
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
  const jsonLength = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(4, 4 + jsonLength))) as ModelHeader;
  let pos = 4 + jsonLength;
  pos += (4 - (pos % 4)) % 4;
  // Copy into a fresh, aligned ArrayBuffer so typed-array views are valid.
  const body = new Uint8Array(buf.length - pos);
  body.set(buf.subarray(pos));
  let off = 0;
  const stages: WeightTable[] = header.stages.map(({ features }) => {
    const keys = new Uint32Array(body.buffer, off, features);
    off += features * 4;
    // Kept as the file's int16: half the memory of float32, so more of the rows the decoder reads stay in cache;
    // whole numbers also let it add partial sums in any order (decodeIntegral).
    const weights = new Int16Array(body.buffer, off, features * LABEL_COUNT);
    off += features * LABEL_COUNT * 2;
    off += (4 - (off % 4)) % 4;
    const index = new KeyIndex(features);
    for (let r = 0; r < features; r++) index.add(keys[r]);
    return { index, weights, integral: true };
  });
  return buildModel(header, stages);
}
