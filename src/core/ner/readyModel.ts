/**
 * The ready-to-use model file (ner.model.bin, written by the build next to the bundles from models/ner.model.gz):
 * the decoded model's typed arrays as they are in memory — hash tables with their slots already filled, int16
 * weights — at 8-byte-aligned offsets, so loading is one read and typed-array views over it: no gunzip, no JSON
 * for weights, no key re-inserted (the .gz costs about a second to gunzip, parse and index on every start).
 * models/ner.model.gz stays the training output and the source of truth; this file is derived and never committed.
 *
 * Layout: "ALNR", u32 format version, u32 JSON length, the JSON (ReadyHeader), then the sections its table names.
 */
import { buildModel, type ModelHeader, type ModelParts, type NerModel } from './model';
import { Gazetteer } from './gazetteer';
import { KeyIndex } from './key-index';
import { WordClasses } from './word-classes';
import type { WeightTable } from './decode';
import { LABEL_COUNT } from './labels';

export const READY_MODEL_FILE = 'ner.model.bin';
const MAGIC = [0x41, 0x4c, 0x4e, 0x52]; // "ALNR"
const FORMAT_VERSION = 1;
const ALIGN = 8;

type SectionType = 'i32' | 'u32' | 'u16' | 'i16';
const ELEMENT_BYTES: Record<SectionType, number> = { i32: 4, u32: 4, u16: 2, i16: 2 };

interface Section {
  name: string;
  type: SectionType;
  /** Byte offset from the start of the file (a multiple of ALIGN). */
  offset: number;
  /** Number of elements. */
  length: number;
}

/** Identifies the .gz this file was made from (its gzip trailer: CRC-32 and length of the uncompressed bytes). */
export interface ReadySource {
  crc32: number;
  size: number;
}

interface ReadyHeader {
  model: ModelHeader;
  source: ReadySource | null;
  gazetteer: { categories: string[]; maxTokens: number; entries: number; prefixes: number; innerWords: number } | null;
  clusters: { levels: number } | null;
  embedding: { levels: number } | null;
  stages: { features: number; integral: boolean }[];
  sections: Section[];
}

/** The gzip trailer's identity of a .gz file's content (its last 8 bytes), or null when it is too short. */
export function gzipSource(gz: Uint8Array): ReadySource | null {
  if (gz.length < 18) return null;
  const view = new DataView(gz.buffer, gz.byteOffset + gz.length - 8, 8);
  return { crc32: view.getUint32(0, true), size: view.getUint32(4, true) };
}

/** Whether bytes start like a ready-to-use model file (rather than gzip or the uncompressed .gz format). */
export function isReadyModel(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && MAGIC.every((b, i) => bytes[i] === b);
}

/** Writes a decoded model's parts (decodeModelParts of the .gz's bytes) as a ready-to-use file. */
export function encodeReadyModel(parts: ModelParts, source: ReadySource | null): Uint8Array {
  const arrays: { name: string; type: SectionType; data: ArrayBufferView & { length: number } }[] = [];
  const add = (name: string, type: SectionType, data: ArrayBufferView & { length: number }) => arrays.push({ name, type, data });
  const { header, stages, resources } = parts;
  let gazetteer: ReadyHeader['gazetteer'] = null;
  if (resources.gazetteer) {
    const t = resources.gazetteer.tables();
    gazetteer = { categories: t.categories, maxTokens: t.maxTokens, entries: t.entries.size, prefixes: t.prefixes.size, innerWords: t.innerWords.size };
    add('gazetteer.entries', 'i32', t.entries.slotArray());
    add('gazetteer.masks', 'u16', t.masks);
    add('gazetteer.prefixes', 'i32', t.prefixes.slotArray());
    add('gazetteer.innerWords', 'i32', t.innerWords.slotArray());
  }
  const classes = (name: string, table: WordClasses | null) => {
    if (!table) return null;
    add(`${name}.keys`, 'u32', table.keys);
    add(`${name}.values`, 'u16', table.values);
    add(`${name}.index`, 'i32', table.keyIndex().slotArray());
    return { levels: table.levels };
  };
  const clusters = classes('clusters', resources.clusters);
  const embedding = classes('embedding', resources.embedding);
  stages.forEach((stage, s) => {
    if (!(stage.weights instanceof Int16Array)) throw new Error('ready model: stage weights are not the model file\'s int16');
    add(`stage${s}.index`, 'i32', stage.index.slotArray());
    add(`stage${s}.weights`, 'i16', stage.weights);
  });
  const { blobs: _blobs, ...model } = header;
  const ready: ReadyHeader = {
    model, source, gazetteer, clusters, embedding,
    stages: stages.map((s) => ({ features: s.index.size, integral: s.integral === true })), sections: [],
  };
  // Offsets depend on the JSON's length, which depends on the offsets' digits: settle them by iterating.
  let json: Uint8Array = new Uint8Array(0);
  for (let attempt = 0; attempt < 4; attempt++) {
    let at = alignUp(12 + json.length);
    ready.sections = arrays.map((a) => {
      const section = { name: a.name, type: a.type, offset: at, length: a.data.length };
      at = alignUp(at + a.data.byteLength);
      return section;
    });
    const next = new TextEncoder().encode(JSON.stringify(ready));
    if (next.length === json.length) break;
    json = next;
  }
  const last = ready.sections[ready.sections.length - 1];
  const total = last ? last.offset + arrays[arrays.length - 1].data.byteLength : alignUp(12 + json.length);
  const out = new Uint8Array(total);
  out.set(MAGIC, 0);
  const view = new DataView(out.buffer);
  view.setUint32(4, FORMAT_VERSION, true);
  view.setUint32(8, json.length, true);
  out.set(json, 12);
  arrays.forEach((a, i) => out.set(new Uint8Array(a.data.buffer, a.data.byteOffset, a.data.byteLength), ready.sections[i].offset));
  return out;
}

/** The header of a ready-to-use file (its source identity, for staleness checks), without decoding the sections. */
export function readyModelSource(bytes: Uint8Array): ReadySource | null {
  return readHeader(bytes).source;
}

/** A model from a ready-to-use file's bytes; a truncated or corrupt file is rejected with what is wrong with it. */
export function decodeReadyModel(input: Uint8Array): NerModel {
  const header = readHeader(input);
  // Typed-array views need aligned offsets: a buffer that does not start on an 8-byte boundary is copied once.
  const bytes = input.byteOffset % ALIGN === 0 ? input : input.slice();
  const sections = new Map(header.sections.map((s) => [s.name, s]));
  const view = <T extends SectionType>(name: string, type: T) => {
    const s = sections.get(name);
    if (!s) fail(`no section ${name}`);
    if (s.type !== type) fail(`section ${name} is ${s.type}, expected ${type}`);
    const size = s.length * ELEMENT_BYTES[type];
    if (!Number.isInteger(s.offset) || !Number.isInteger(s.length) || s.offset % ALIGN !== 0 || s.offset < 12 || s.offset + size > bytes.length) {
      fail(`section ${name} (${size} bytes at ${s.offset}) lies outside the file's ${bytes.length} bytes — truncated?`);
    }
    const at = bytes.byteOffset + s.offset;
    switch (type) {
      case 'i32': return new Int32Array(bytes.buffer, at, s.length);
      case 'u32': return new Uint32Array(bytes.buffer, at, s.length);
      case 'u16': return new Uint16Array(bytes.buffer, at, s.length);
      default: return new Int16Array(bytes.buffer, at, s.length);
    }
  };
  const table = (name: string, size: number) => KeyIndex.fromSlots(view(name, 'i32') as Int32Array, size);
  try {
    const g = header.gazetteer;
    const gazetteer = g ? new Gazetteer({
      categories: g.categories, maxTokens: g.maxTokens, masks: view('gazetteer.masks', 'u16') as Uint16Array,
      entries: table('gazetteer.entries', g.entries), prefixes: table('gazetteer.prefixes', g.prefixes), innerWords: table('gazetteer.innerWords', g.innerWords),
    }) : null;
    const classes = (name: string, c: { levels: number } | null) => {
      if (!c) return null;
      const keys = view(`${name}.keys`, 'u32') as Uint32Array;
      return new WordClasses(c.levels, keys, view(`${name}.values`, 'u16') as Uint16Array, table(`${name}.index`, keys.length));
    };
    const resources = { gazetteer, clusters: classes('clusters', header.clusters), embedding: classes('embedding', header.embedding) };
    const stages: WeightTable[] = header.stages.map((s, i) => {
      const weights = view(`stage${i}.weights`, 'i16');
      if (weights.length !== s.features * LABEL_COUNT) fail(`stage ${i} has ${weights.length} weights for ${s.features} features`);
      return { index: table(`stage${i}.index`, s.features), weights, integral: s.integral };
    });
    return buildModel(header.model, stages, resources);
  } catch (e) {
    if (e instanceof ReadyModelError) throw e;
    fail(e instanceof Error ? e.message : String(e));
  }
}

class ReadyModelError extends Error {}

function fail(why: string): never {
  throw new ReadyModelError(`name-tagger model (${READY_MODEL_FILE}): ${why}; rebuild it with npm run build`);
}

function readHeader(bytes: Uint8Array): ReadyHeader {
  if (!isReadyModel(bytes)) fail('not a ready-to-use model file (wrong magic)');
  if (bytes.length < 12) fail(`only ${bytes.length} bytes — truncated`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION) fail(`format version ${version}, this program reads ${FORMAT_VERSION}`);
  const jsonLength = view.getUint32(8, true);
  if (12 + jsonLength > bytes.length) fail(`its header needs ${jsonLength} bytes, the file has ${bytes.length} — truncated`);
  let header: ReadyHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + jsonLength))) as ReadyHeader;
  } catch (e) {
    fail(`unreadable header (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!header || !Array.isArray(header.sections) || !Array.isArray(header.stages) || !header.model) fail('header lacks its section table');
  return header;
}

function alignUp(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}
