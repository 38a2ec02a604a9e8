/**
 * A fingerprint of the name tagger alone, to prove a speed-up of src/core/ner changed no span:
 * `recognizeNames(segment(text))` over the CoNLL-2003 dev documents and the PolNeAR dev texts, every span hashed,
 * plus the tagging throughput (segmentation excluded): the first (cold) pass and the median of 3 warm passes.
 *
 *   node out/scripts/perf/ner-hash.js [--passes N]
 */
import '../../src/node/installNerModel';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { segment, type SegmentedText } from '../../src/core/document';
import { loadNerModel, recognizeNames } from '../../src/core/ner';
import { conllDevDocuments, documentText } from '../eval/conll';
import { corpusDir } from '../eval/paths';

function texts(): [string, string][] {
  const out: [string, string][] = [];
  const conll = conllDevDocuments();
  if (!conll) console.warn('CoNLL-2003 dev not found: left out');
  else conll.forEach((d, i) => out.push([`conll/${i}`, documentText(d).text]));
  const polnear = corpusDir('polnear');
  if (!polnear) console.warn('PolNeAR not found: left out');
  else {
    const dir = path.join(polnear, 'dev', 'text');
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push([`polnear/${f}`, fs.readFileSync(path.join(dir, f), 'utf8')]);
  }
  return out;
}

function main(): void {
  const argv = process.argv.slice(2);
  const pi = argv.indexOf('--passes');
  const passes = pi >= 0 ? Number(argv[pi + 1]) : 3;
  const t0 = process.hrtime.bigint();
  loadNerModel();
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const docs = texts();
  const segmented: SegmentedText[] = docs.map(([, text]) => segment(text));
  const bytes = docs.reduce((n, [, text]) => n + Buffer.byteLength(text, 'utf8'), 0);
  const all = createHash('sha256');
  let spans = 0;
  const times: number[] = [];
  // CPU seconds too: on a shared, busy machine wall time mostly measures the other processes.
  const cpu: number[] = [];
  for (let p = 0; p <= passes; p++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const results = segmented.map((doc) => recognizeNames(doc));
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1e6);
    if (p === 0) {
      results.forEach((r, i) => {
        all.update(docs[i][0]);
        for (const s of r) all.update(`${s.start},${s.end},${s.type},${s.tokenStart},${s.tokenEnd};`);
        spans += r.length;
      });
    }
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)];
  const warmCpu = cpu.slice(1).sort((a, b) => a - b);
  console.log(`${all.digest('hex').slice(0, 16)}  ALL (${docs.length} documents, ${spans} spans, ${(bytes / 1e6).toFixed(2)} MB)`);
  console.log(`model load ${loadMs.toFixed(0)} ms; cold pass ${(bytes / 1e6 / times[0]).toFixed(2)} MB/s; warm median of ${passes} ${(bytes / 1e6 / median).toFixed(2)} MB/s (best ${(bytes / 1e6 / warm[0]).toFixed(2)}); per CPU second: cold ${(bytes / 1e6 / cpu[0]).toFixed(2)}, warm median ${(bytes / 1e6 / warmCpu[Math.floor(warmCpu.length / 2)]).toFixed(2)} MB/s`);
}

main();
