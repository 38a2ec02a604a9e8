/**
 * Measures what the extension host pays when a huge article's analysis arrives (not a test; run by hand):
 *   node scripts/build.mjs && npx tsc -p . && node out/test/integration/measure-host-cost.js [MB]
 * The annotation is the seed's, repeated to MB megabytes (analysing 10 MB for real takes minutes), so the numbers
 * are about the extension's own code: receiving the result in parts, the outline, the first hover.
 * `hostPauseMs` is the one that matters most: a real worker thread sends that result through `AnalysisService`
 * exactly as the extension's worker does, and the longest gap between two turns of the host's event loop is
 * recorded after the host has been busy for 300 ms while the worker started sending (`eagerHostPauseMs`: the same
 * with every part sent at once, in parts of 2,000 items, as before pacing).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { AnalysisService } from '../../src/extension/analysis/analysisService';
import { nodeWorkerPlatform } from '../../src/extension/analysis/nodeWorkerPlatform';
import type { Annotation, Span } from '../../src/core/types';
import type { AnalysisResult } from '../../src/extension/analysis/analysisResult';
import { ResultAssembler, splitResult, type AnalysisPart } from '../../src/extension/analysis/analysisMessages';
import { AnnotationIndex } from '../../src/presentation/annotationIndex';
import { packDecorationPlan, planDecorations } from '../../src/presentation/decorationPlan';
import { buildOutline } from '../../src/extension/features/outline/outlineModel';

const root = path.resolve(__dirname, '..', '..', '..');
const seed = fs.readFileSync(path.join(root, 'seeds', 'tass-macron-putin-call.txt'), 'utf8') + '\n\n';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { computeAnalysis } = require(path.join(root, 'dist', 'analysisWorker.js')) as { computeAnalysis: (t: string, o: object) => AnalysisResult };
export function syntheticResult(megabytes: number): { text: string; result: AnalysisResult } {
const one = computeAnalysis(seed, {});
const copies = Math.ceil((megabytes * 1024 * 1024) / seed.length);
const text = seed.repeat(copies);
const shift = <T extends Span>(s: T, d: number): T => ({ ...s, start: s.start + d, end: s.end + d });
const annotation: Annotation = {
  referenceDate: one.annotation.referenceDate,
  dateline: one.annotation.dateline,
  entities: one.annotation.entities.map((e) => ({ ...e, mentions: [] })),
  temporal: [],
  quotes: [],
};
const paragraphs: Span[] = [];
for (let c = 0; c < copies; c++) {
  const d = c * seed.length;
  one.annotation.entities.forEach((e, i) => e.mentions.forEach((m) => annotation.entities[i].mentions.push(shift(m, d))));
  one.annotation.temporal.forEach((t) => annotation.temporal.push(shift(t, d)));
  one.annotation.quotes.forEach((q) =>
    annotation.quotes.push({ ...shift(q, d), speakerMention: q.speakerMention && shift(q.speakerMention, d), cue: q.cue && shift(q.cue, d) }));
  one.paragraphs.forEach((p) => paragraphs.push(shift(p, d)));
}
const result: AnalysisResult = { annotation, paragraphs, decorations: packDecorationPlan(planDecorations(annotation)), durationMs: 0 };
return { text, result };
}

/**
 * A worker that answers any request with the synthetic result (read from a v8-serialised file: loading
 * dist/analysisWorker.js in a worker thread would install the real worker's message handler too), paced like the
 * real worker or all at once.
 */
function writeWorker(dir: string, result: AnalysisResult, eager: boolean): string {
  const resultFile = path.join(dir, 'result.bin');
  fs.writeFileSync(resultFile, v8.serialize(result));
  const file = path.join(dir, eager ? 'eager-worker.js' : 'paced-worker.js');
  fs.writeFileSync(file, `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const v8 = require('node:v8');
const { PacedPartSender, isNextPartRequest, splitResult } = require(${JSON.stringify(require.resolve('../../src/extension/analysis/analysisMessages'))});
const result = v8.deserialize(fs.readFileSync(${JSON.stringify(resultFile)}));
const sender = new PacedPartSender((part, transfer) => parentPort.postMessage(part, transfer));
parentPort.on('message', (request) => {
  if (isNextPartRequest(request)) return sender.next(request.id);
  // Fresh highlight buffers per answer, transferred as the real worker does (a transferred buffer is gone).
  const decorations = Object.fromEntries(Object.entries(result.decorations).map(([k, a]) => [k, new Uint32Array(a)]));
  const parts = splitResult(request.id, { ...result, decorations }, ${eager ? 2000 : 'undefined'});
  if (${eager}) for (const { part, transfer } of parts) parentPort.postMessage(part, transfer);
  else sender.start(request.id, parts);
});
`);
  return file;
}

/** The longest gap between two turns of this thread's event loop while the worker's result arrives. */
async function hostPause(result: AnalysisResult, eager: boolean): Promise<{ pauseMs: number; totalMs: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-host-cost-'));
  const service = new AnalysisService(nodeWorkerPlatform(writeWorker(dir, result, eager)), { info() {}, warn() {}, error: console.error });
  const keepAlive = setInterval(() => {}, 1000); // the service's worker is unref'd
  try {
    await service.analyze('warm-up', 'x', {}); // worker start-up and reading the synthetic result
    let last = performance.now();
    let pauseMs = 0;
    let running = true;
    const tick = () => {
      const now = performance.now();
      pauseMs = Math.max(pauseMs, now - last);
      last = now;
      if (running) setImmediate(tick);
    };
    const received = service.analyze('doc', 'x', {});
    // The host is busy elsewhere for a moment (another extension, a big edit) while the worker starts sending: parts
    // sent unasked pile up meanwhile, and a message port then handles all of them in one go.
    const busyUntil = performance.now() + 300;
    while (performance.now() < busyUntil) { /* busy */ }
    last = performance.now();
    const started = last;
    setImmediate(tick);
    await received;
    tick(); // the gap up to the result's arrival
    running = false;
    return { pauseMs, totalMs: performance.now() - started };
  } finally {
    clearInterval(keepAlive);
    service.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(megabytes: number): Promise<void> {
const { text, result } = syntheticResult(megabytes);
const { annotation } = result;

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const value = f();
  return [value, performance.now() - t];
};
const [, wholeMs] = time(() => structuredClone({ ...result, decorations: undefined }));
const assembler = new ResultAssembler();
let assembled: AnalysisResult | undefined;
let maxPartMs = 0;
let parts = 0;
const partMs: number[] = [];
// ARTICLE_LENS_ITEMS_PER_PART compares part sizes (the extension uses ITEMS_PER_PART).
const itemsPerPart = Number(process.env.ARTICLE_LENS_ITEMS_PER_PART) || undefined;
for (const { part } of splitResult(1, result, itemsPerPart)) {
  const [, ms] = time(() => {
    const received = part.kind === 'decorations' ? part : structuredClone(part);
    assembled = assembler.add(received as Exclude<AnalysisPart, { kind: 'error' }>) ?? assembled;
  });
  maxPartMs = Math.max(maxPartMs, ms);
  partMs.push(ms);
  parts++;
}
const [roots, outlineMs] = time(() => buildOutline({ text, annotation: assembled!.annotation, paragraphs: assembled!.paragraphs }));
const expand: Record<string, string> = {};
for (const node of roots) expand[node.id] = time(() => node.children.length)[1].toFixed(1);
const index = new AnnotationIndex(assembled!.annotation);
const [, firstHoverMs] = time(() => index.mentionAt(Math.floor(text.length / 2)));
console.log(JSON.stringify({
  characters: text.length,
  mentions: annotation.entities.reduce((n, e) => n + e.mentions.length, 0),
  dates: annotation.temporal.length,
  quotes: annotation.quotes.length,
  oneMessageCloneMs: Math.round(wholeMs),
  parts,
  slowestPartMs: maxPartMs.toFixed(1),
  partMsP50P95P99: [0.5, 0.95, 0.99].map((q) => [...partMs].sort((a, b) => a - b)[Math.floor(q * (partMs.length - 1))].toFixed(1)).join(' / '),
  outlineRootsMs: outlineMs.toFixed(1),
  expandGroupMs: expand,
  firstHoverLookupMs: firstHoverMs.toFixed(1),
}, null, 1));
const paced = await hostPause(result, false);
const eager = await hostPause(result, true);
console.log(JSON.stringify({
  hostPauseMs: paced.pauseMs.toFixed(1), hostReceiveTotalMs: Math.round(paced.totalMs),
  eagerHostPauseMs: eager.pauseMs.toFixed(1), eagerHostReceiveTotalMs: Math.round(eager.totalMs),
}, null, 1));
}

if (require.main === module) void main(Number(process.argv[2] ?? 10));
