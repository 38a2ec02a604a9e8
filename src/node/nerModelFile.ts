/**
 * The name-tagger model in Node: models/ner.model.gz read with fs and (de)compressed with zlib. The core only
 * knows the uncompressed byte format (src/core/ner/model.ts) and a loader interface (src/core/ner/modelLoader.ts).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { MODEL_FILE, type NerModelLoader } from '../core/ner';
import { decodeModel, encodeModel, type ModelHeader, type NerModel } from '../core/ner/model';

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

/** Reads the model file above `from` when the analysis first needs it. */
export function modelFileLoader(from: string = __dirname): NerModelLoader {
  return {
    description: `models/${MODEL_FILE} above ${from}`,
    load: () => {
      const file = findModelFile(from);
      return file ? zlib.gunzipSync(fs.readFileSync(file)) : null;
    },
  };
}

/** The model file's bytes: `encodeModel`, gzipped. */
export function serializeModel(header: ModelHeader, stages: Parameters<typeof encodeModel>[1]): Buffer {
  return zlib.gzipSync(encodeModel(header, stages), { level: 9 });
}

/** A model from the model file's bytes. */
export function deserializeModel(gz: Uint8Array): NerModel {
  return decodeModel(zlib.gunzipSync(gz));
}
