import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ITEMS_PER_PART, PacedPartSender, ResultAssembler, splitResult, type AnalysisPart,
} from '../../../../src/extension/analysis/analysisMessages';
import type { AnalysisResult } from '../../../../src/extension/analysis/analysisResult';
import { AnalysisCancelled, AnalysisService } from '../../../../src/extension/analysis/analysisService';
import { nodeWorkerPlatform } from '../../../../src/extension/analysis/nodeWorkerPlatform';
import { packDecorationPlan, planDecorations, type PackedDecorationPlan } from '../../../../src/presentation/decorationPlan';
import { ARTICLE, buildAnnotation, seedPath } from '../../support/extensionFixtures';
import { openingLength, PREVIEW_ABOVE } from '../../../../src/extension/analysis/articleOpening';
import type { Annotation } from '../../../../src/core/types';
import { REPO_ROOT } from '../../../../scripts/eval/paths';

const MESSAGES = require.resolve('../../../../src/extension/analysis/analysisMessages');

/**
 * A stand-in worker speaking the real protocol: its "analysis" echoes the text length into the reference date, after
 * a delay given by the text ("wait:200"), so tests control timing without the real (slow to load) analyser.
 * With `failInWorker`, it throws when started as a worker but works when required on the main thread.
 */
function fakeWorker(dir: string, failInWorker = false): string {
  const file = path.join(dir, failInWorker ? 'failing-worker.js' : 'worker.js');
  fs.writeFileSync(file, `
const { parentPort, isMainThread } = require('node:worker_threads');
const { PacedPartSender, isNextPartRequest, splitResult } = require(${JSON.stringify(MESSAGES)});
function computeAnalysis(text) {
  const empty = new Uint32Array(0);
  // "entities:N" asks for N entities, so the result travels in several parts.
  const count = Number((/entities:(\\d+)/.exec(text) || [])[1] || 0);
  const entities = Array.from({ length: count }, (_, i) => ({ id: 'e' + i, type: 'PERSON', name: 'P' + i, mentions: [] }));
  return {
    annotation: { referenceDate: 'len:' + text.length, dateline: null, entities, temporal: [], quotes: [] },
    paragraphs: [], durationMs: 0,
    decorations: { person: empty, organization: empty, location: empty, misc: empty, date: empty, quote: empty, quoteSpeaker: new Uint32Array([1, 2]) },
  };
}
exports.computeAnalysis = computeAnalysis;
if (!isMainThread && ${failInWorker}) throw new Error('cannot load the model');
const sender = new PacedPartSender((part, transfer) => parentPort.postMessage(part, transfer));
if (parentPort) parentPort.on('message', (request) => {
  if (isNextPartRequest(request)) return sender.next(request.id);
  const wait = Number((/^wait:(\\d+)/.exec(request.text) || [])[1] || 0);
  const until = Date.now() + wait;
  while (Date.now() < until) {}
  sender.start(request.id, splitResult(request.id, computeAnalysis(request.text)));
});
`);
  return file;
}

const quietLog = { info() {}, warn() {}, error() {} };

describe('extension analysis messages and service', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-service-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('splits a result into bounded parts and assembles it back unchanged', () => {
    const annotation = buildAnnotation();
    const result: AnalysisResult = {
      annotation,
      paragraphs: [{ start: 0, end: 10 }, { start: 12, end: 40 }, { start: 42, end: 50 }],
      decorations: packDecorationPlan(planDecorations(annotation)),
      durationMs: 7,
    };
    const expected = structuredClone(result);
    const parts = [...splitResult(3, result, 2)].map(({ part }) => part);
    for (const part of parts) {
      if ('items' in part) assert.ok(part.items.length <= 2, `${part.kind} part too large`);
    }
    assert.ok(parts.some((p) => p.kind === 'mentions' && p.entityIndex === 0), 'mentions travel apart from entities');
    const assembler = new ResultAssembler();
    let assembled: AnalysisResult | undefined;
    for (const part of parts) assembled = assembler.add(part as Exclude<AnalysisPart, { kind: 'error' }>) ?? assembled;
    assert.deepEqual(assembled, expected);
    // In the core's key order, so the exported JSON is the CLI's byte for byte.
    assert.deepEqual(Object.keys(assembled!.annotation), Object.keys(expected.annotation));
    assert.ok(ARTICLE.length > 0);
  });

  it('derives the parts from the annotation: a key the protocol does not name still reaches the host whole', () => {
    const annotation = { ...buildAnnotation(), provenance: { model: 'ner-v9' } } as Annotation;
    const result: AnalysisResult = { annotation, paragraphs: [], decorations: packDecorationPlan(planDecorations(annotation)), durationMs: 1 };
    const assembler = new ResultAssembler();
    let assembled: AnalysisResult | undefined;
    for (const { part } of splitResult(4, result, 1)) assembled = assembler.add(part as Exclude<AnalysisPart, { kind: 'error' }>) ?? assembled;
    assert.deepEqual(assembled?.annotation, structuredClone(annotation));
  });

  it('carries the analysis warnings back to the host (a failed stage must not vanish silently)', () => {
    const annotation = { ...buildAnnotation(), warnings: ['quotes failed: boom', 'dateline failed: bang'] };
    const result: AnalysisResult = { annotation, paragraphs: [], decorations: packDecorationPlan(planDecorations(annotation)), durationMs: 1 };
    const assembler = new ResultAssembler();
    let assembled: AnalysisResult | undefined;
    for (const { part } of splitResult(1, result)) assembled = assembler.add(part as Exclude<AnalysisPart, { kind: 'error' }>) ?? assembled;
    assert.deepEqual(assembled?.annotation.warnings, ['quotes failed: boom', 'dateline failed: bang']);
    // And no `warnings` key when there were none (the FORMAT.md export stays as the CLI writes it).
    const clean: AnalysisResult = { ...result, annotation: buildAnnotation() };
    const again = new ResultAssembler();
    let cleanAssembled: AnalysisResult | undefined;
    for (const { part } of splitResult(2, clean)) cleanAssembled = again.add(part as Exclude<AnalysisPart, { kind: 'error' }>) ?? cleanAssembled;
    assert.equal('warnings' in cleanAssembled!.annotation, false);
  });

  it('paces the parts: the worker sends one part, and the next only when asked for it', () => {
    const annotation = buildAnnotation();
    const result: AnalysisResult = {
      annotation, paragraphs: [], decorations: packDecorationPlan(planDecorations(annotation)), durationMs: 0,
    };
    const sent: AnalysisPart[] = [];
    const sender = new PacedPartSender((part) => sent.push(part));
    sender.start(1, splitResult(1, result, 2));
    assert.equal(sent.length, 1, 'only the first part goes out unasked');
    sender.next(2);
    assert.equal(sent.length, 1, 'a request for another result sends nothing');
    sender.next(1);
    assert.equal(sent.length, 2);
    sender.start(5, splitResult(5, result, 2));
    sender.next(1);
    assert.deepEqual(sent.map((p) => p.id), [1, 1, 5], 'a new result replaces the unfinished one');
    while (sent.at(-1)!.kind !== 'done') sender.next(5);
    const assembler = new ResultAssembler();
    let assembled: AnalysisResult | undefined;
    for (const part of sent.filter((p) => p.id === 5)) assembled = assembler.add(part as Exclude<AnalysisPart, { kind: 'error' }>) ?? assembled;
    assert.deepEqual(assembled?.annotation, annotation);
  });

  it('lets the event loop turn between the parts of a large result', async () => {
    const service = new AnalysisService(nodeWorkerPlatform(fakeWorker(dir)), quietLog);
    try {
      const entities = 5 * ITEMS_PER_PART;
      let turns = 0;
      let counting = true;
      const count = () => {
        turns++;
        if (counting) setImmediate(count);
      };
      // Warm up (worker start-up), then count event-loop turns while a six-part result arrives.
      await service.analyze('doc', 'x', {});
      setImmediate(count);
      const result = await service.analyze('doc', `entities:${entities}`, {});
      counting = false;
      assert.equal(result.annotation.entities.length, entities);
      assert.ok(turns >= 5, `the host turned its event loop ${turns} times while receiving 6 parts`);
    } finally {
      service.dispose();
    }
  });

  it('sends the highlight plan first, so the host can draw it while the rest arrives', () => {
    const annotation = buildAnnotation();
    const result: AnalysisResult = { annotation, paragraphs: [{ start: 0, end: 5 }], decorations: packDecorationPlan(planDecorations(annotation)), durationMs: 1 };
    const kinds = [...splitResult(1, result, 2)].map(({ part }) => part.kind);
    assert.equal(kinds[0], 'decorations');
    assert.equal(kinds.at(-1), 'done');
    assert.equal(kinds.filter((k) => k === 'decorations').length, 1);
  });

  it('the real worker previews a long article\'s opening, then hands over the whole plan before the result', async function () {
    this.timeout(120_000);
    const seed = fs.readFileSync(seedPath(), 'utf8');
    const text = `${seed.trim()}\n\n`.repeat(Math.ceil((PREVIEW_ABOVE * 1.5) / seed.length));
    const opening = openingLength(text)!;
    assert.ok(opening > 0 && opening < text.length);
    const infos: string[] = [];
    const service = new AnalysisService(nodeWorkerPlatform(path.join(REPO_ROOT, 'dist', 'analysisWorker.js')), { ...quietLog, info: (m: string) => infos.push(m) });
    try {
      const calls: Array<{ plan: PackedDecorationPlan; complete: boolean; settled: boolean }> = [];
      let settled = false;
      const pending = service.analyze('doc', text, {}, { preview: true, onHighlights: (plan, complete) => calls.push({ plan, complete, settled }) });
      const result = await pending.finally(() => (settled = true));
      assert.deepEqual(calls.map((c) => [c.complete, c.settled]), [[false, false], [true, false]], 'preview, then the whole plan, both before the result');
      const preview = calls[0].plan;
      assert.ok(preview.person.length > 0, 'the opening has people');
      for (const layer of Object.values(preview)) for (const offset of layer) assert.ok(offset <= opening, 'a preview span beyond the opening');
      // The opening's highlights are the whole analysis's there (the seed repeats, so nothing later changes them).
      const early = [...preview.person];
      assert.deepEqual([...result.decorations.person].slice(0, early.length), early);
      assert.equal(calls[1].plan, result.decorations);
      assert.ok(infos.some((m) => /analysis worker ready \d+ ms after its start \(name model loaded in \d+ ms/.test(m)), infos.join('\n'));
      // Without asking, no preview.
      const plain: boolean[] = [];
      await service.analyze('doc', text + ' ', {}, { onHighlights: (_, complete) => plain.push(complete) });
      assert.deepEqual(plain, [true]);
    } finally {
      service.dispose();
    }
  });

  it('the real worker, started ahead of any article, loads its model and warms up while idle', async function () {
    this.timeout(120_000);
    const infos: string[] = [];
    const service = new AnalysisService(nodeWorkerPlatform(path.join(REPO_ROOT, 'dist', 'analysisWorker.js')), { ...quietLog, info: (m: string) => infos.push(m) });
    try {
      service.warmUp();
      const deadline = Date.now() + 100_000;
      while (!infos.some((m) => /analysis worker ready/.test(m)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.ok(infos.some((m) => /name model loaded in \d+ ms, warmed up in \d+ ms\)/.test(m)), infos.join('\n'));
      const text = fs.readFileSync(seedPath(), 'utf8');
      const started = Date.now();
      const result = await service.analyze('doc', text, {});
      assert.ok(result.annotation.entities.some((e) => e.name === 'Vladimir Putin'));
      console.log(`      (seed analysed ${Date.now() - started} ms after the warm-up; ${infos.find((m) => /ready/.test(m))})`);
    } finally {
      service.dispose();
    }
  });

  it('answers from a worker thread', async () => {
    const service = new AnalysisService(nodeWorkerPlatform(fakeWorker(dir)), quietLog);
    try {
      const result = await service.analyze('doc', 'hello', {});
      assert.equal(result.annotation.referenceDate, 'len:5');
      assert.deepEqual([...result.decorations.quoteSpeaker], [1, 2]);
      assert.equal(service.usesWorker, true);
    } finally {
      service.dispose();
    }
  });

  it('cancels a superseded request for the same document, keeps other documents', async () => {
    const service = new AnalysisService(nodeWorkerPlatform(fakeWorker(dir)), quietLog);
    try {
      const first = service.analyze('doc', 'wait:300 v1', {});
      const other = service.analyze('other', 'x', {});
      const second = service.analyze('doc', 'v2', {});
      await assert.rejects(first, AnalysisCancelled);
      assert.equal((await second).annotation.referenceDate, 'len:2');
      assert.equal((await other).annotation.referenceDate, 'len:1');
    } finally {
      service.dispose();
    }
  });

  it('restarts the worker rather than wait for a long superseded analysis', async () => {
    const infos: string[] = [];
    const service = new AnalysisService(nodeWorkerPlatform(fakeWorker(dir)), { ...quietLog, info: (m: string) => infos.push(m) }, 0);
    try {
      const first = service.analyze('doc', 'wait:60000 a long analysis', {});
      await new Promise((r) => setTimeout(r, 200)); // let the worker start on it
      const second = service.analyze('doc', 'v2', {});
      await assert.rejects(first, AnalysisCancelled);
      assert.equal((await second).annotation.referenceDate, 'len:2');
      assert.ok(infos.some((m) => /terminating the analysis worker/.test(m)), infos.join('\n'));
      assert.equal(service.usesWorker, true, 'a deliberate restart is not a worker failure');
    } finally {
      service.dispose();
    }
  });

  it('falls back to analysing in-process when the worker cannot start', async () => {
    const errors: string[] = [];
    const service = new AnalysisService(nodeWorkerPlatform(fakeWorker(dir, true)), { ...quietLog, error: (m: string) => errors.push(m) });
    try {
      const result = await service.analyze('doc', 'abc', {});
      assert.equal(result.annotation.referenceDate, 'len:3');
      assert.equal(service.usesWorker, false);
      assert.ok(errors.length >= 1 && errors.some((e) => /cannot load the model/.test(e)), errors.join('\n'));
    } finally {
      service.dispose();
    }
  });
});
