/**
 * How long loading the name-tagger model takes in a fresh process, from the training output (models/ner.model.gz:
 * read, gunzip, parse, index) or from the build's ready-to-use file (dist/ner.model.bin: read, view), phase by phase.
 * Run each in its own process so neither warms the other:
 *
 *   node out/scripts/perf/modelLoad.js gz
 *   node out/scripts/perf/modelLoad.js ready [dist/ner.model.bin]
 *   node out/scripts/perf/modelLoad.js ready-gz FILE   (the ready file gzipped: `gzip -6 -c dist/ner.model.bin > FILE`)
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { performance } from 'perf_hooks';
import { decodeModel } from '../../src/core/ner/model';
import { decodeReadyModel } from '../../src/core/ner/readyModel';
import { findModelFile } from '../../src/node/nerModelFile';

function main(): void {
  const [kind = 'gz', file] = process.argv.slice(2);
  const phases: [string, number][] = [];
  let last = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phases.push([name, now - last]);
    last = now;
  };
  const readGunzipped = (file: string): Buffer => {
    const gz = fs.readFileSync(file);
    phase('read');
    const raw = zlib.gunzipSync(gz);
    phase('gunzip');
    return raw;
  };
  if (kind === 'ready-gz') {
    // The ready format shipped gzipped (8.3 MB instead of 22 MB on disk): one read, a gunzip, typed-array views.
    if (!file) throw new Error('ready-gz needs the gzipped ready file');
    decodeReadyModel(readGunzipped(file));
    phase('views');
  } else if (kind === 'ready') {
    const bin = file ?? path.join(process.cwd(), 'dist', 'ner.model.bin');
    const bytes = fs.readFileSync(bin);
    phase('read');
    decodeReadyModel(bytes);
    phase('views');
  } else {
    const gzFile = findModelFile(__dirname);
    if (!gzFile) throw new Error('no models/ner.model.gz found');
    decodeModel(readGunzipped(gzFile));
    phase('parse+index');
  }
  const total = phases.reduce((n, [, ms]) => n + ms, 0);
  console.log(`${kind}: ${phases.map(([n, ms]) => `${n} ${ms.toFixed(1)} ms`).join(', ')}; total ${total.toFixed(1)} ms; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}

main();
