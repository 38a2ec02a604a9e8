/**
 * The name-tagger model in Node: models/ner.model.gz read with fs and (de)compressed with zlib. The core only
 * knows the uncompressed byte format (src/core/ner/model.ts) and a loader interface (src/core/ner/modelLoader.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { MODEL_FILE, type NerModelLoader } from '../core/ner';
import { decodeModel, decodeModelParts, encodeModel, type ModelHeader, type ModelResources, type NerModel } from '../core/ner/model';
import { encodeReadyModel, gzipSource, READY_MODEL_FILE, readyModelSource, type ReadySource } from '../core/ner/readyModel';

/** models/ner.model.gz in the nearest folder above `from` that has one (out/src/node, dist, ...). */
export function findModelFile(from: string = __dirname): string | null {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'models', MODEL_FILE);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Reads the model when the analysis first needs it: the build's ready-to-use ner.model.bin beside `from` (the
 * bundles in dist/) when it was made from the models/ner.model.gz found above `from`, else that .gz itself.
 */
export function modelFileLoader(from: string = __dirname): NerModelLoader {
  return {
    description: `models/${MODEL_FILE} above ${from}`,
    load: () => {
      const file = findModelFile(from);
      if (!file) return null;
      const ready = readReadyModel(path.join(from, READY_MODEL_FILE), gzipTrailer(file));
      return ready ?? zlib.gunzipSync(fs.readFileSync(file));
    },
  };
}

/** The gzip trailer's identity of a .gz file (its last 8 bytes), read without reading the rest. */
function gzipTrailer(file: string): ReadySource | null {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    if (size < 18) return null;
    const tail = Buffer.alloc(18);
    fs.readSync(fd, tail, 0, 18, size - 18);
    return gzipSource(tail);
  } finally {
    fs.closeSync(fd);
  }
}

/** The ready-to-use file's bytes when it exists and was made from the .gz with this trailer (else null, said once). */
function readReadyModel(file: string, source: ReadySource | null): Uint8Array | null {
  if (!source || !fs.existsSync(file)) return null;
  const bytes = fs.readFileSync(file);
  let made: ReadySource | null = null;
  try {
    made = readyModelSource(bytes);
  } catch (e) {
    console.warn(`article-lens: ignoring ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  if (made && made.crc32 === source.crc32 && made.size === source.size) return bytes;
  console.warn(`article-lens: ignoring ${file}: it was made from another models/${MODEL_FILE} (run npm run build)`);
  return null;
}

/** The ready-to-use file (./readyModel) for a model file's bytes: what the build writes next to the bundles. */
export function readyModelFromGzip(gz: Uint8Array): Uint8Array {
  return encodeReadyModel(decodeModelParts(zlib.gunzipSync(gz)), gzipSource(gz));
}

/** The model file's bytes: `encodeModel`, gzipped. */
export function serializeModel(header: ModelHeader, resources: ModelResources, stages: Parameters<typeof encodeModel>[2]): Buffer {
  return zlib.gzipSync(encodeModel(header, resources, stages), { level: 9 });
}

/** A model from the model file's bytes. */
export function deserializeModel(gz: Uint8Array): NerModel {
  return decodeModel(zlib.gunzipSync(gz));
}
