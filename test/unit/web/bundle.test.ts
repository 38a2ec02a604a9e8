/**
 * The VS Code for the Web build (package.json `browser`): its bundles (extension, analysis and story workers) contain no Node built-in (read from
 * esbuild's metafiles and from the code itself) and nothing that reaches the network, and the web analysis worker,
 * run as the browser runs it (its IIFE against a worker `self`, the model handed over gzipped and gunzipped by
 * DecompressionStream), answers exactly what the Node analysis answers.
 */
import '../../../src/node/installNerModel';
import * as assert from 'assert';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as path from 'path';
import { analyzeArticle } from '../../../src/core/analyze';
import { ResultAssembler, type AnalysisPart, type WorkerInbound } from '../../../src/extension/analysis/analysisMessages';
import type { AnalysisResult } from '../../../src/extension/analysis/analysisResult';
import { SHARED_DIR, REPO_ROOT } from '../../../scripts/eval/paths';
import { findModelFile } from '../../../src/node/nerModelFile';
import { contentHash, digestArticle } from '../../../src/core/story';
import type { StoryWorkerRequest } from '../../../src/extension/features/story/storyProtocol';

const MANIFEST = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { main: string; browser?: string };
const WEB_EXTENSION = path.join(REPO_ROOT, 'dist', 'web', 'extension.js');
const WEB_WORKER = path.join(REPO_ROOT, 'dist', 'web', 'analysisWorker.js');
const WEB_STORY_WORKER = path.join(REPO_ROOT, 'dist', 'web', 'storyWorker.js');

interface Metafile {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
}

function metafile(bundle: string): Metafile {
  const file = bundle.replace(/\.js$/, '.meta.json');
  assert.ok(fs.existsSync(file), `${file} is missing: run npm run build`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Metafile;
}

const isBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]);

/** What in a bundle could reach the network or load code from elsewhere. */
const REMOTE = /\bfetch\s*\(|XMLHttpRequest|importScripts|\bWebSocket\b|\bEventSource\b|sendBeacon|\bimport\s*\(/;

describe('the VS Code for the Web bundles', () => {
  it('package.json has a browser entry beside main, and both are built', () => {
    assert.strictEqual(MANIFEST.browser, './dist/web/extension.js');
    assert.strictEqual(MANIFEST.main, './dist/extension.js');
    assert.ok(fs.existsSync(WEB_EXTENSION) && fs.existsSync(WEB_WORKER) && fs.existsSync(WEB_STORY_WORKER), 'run npm run build');
  });

  for (const [bundle, externals] of [[WEB_EXTENSION, ['vscode']], [WEB_WORKER, []], [WEB_STORY_WORKER, []]] as const) {
    const name = path.relative(REPO_ROOT, bundle);

    it(`${name}: no Node built-in among its inputs or imports, only ${externals.join(', ') || 'no'} external module`, () => {
      const { inputs } = metafile(bundle);
      const problems: string[] = [];
      for (const [input, { imports }] of Object.entries(inputs)) {
        // A package's `browser` field can stub a Node module out ("(disabled):fs"): code that would need it is broken.
        if (input.startsWith('(disabled):') || isBuiltin(input)) problems.push(`input ${input}`);
        for (const i of imports) {
          if (isBuiltin(i.path)) problems.push(`${input} imports ${i.path}`);
          else if (i.external && !(externals as readonly string[]).includes(i.path)) problems.push(`${input} imports external ${i.path}`);
        }
      }
      assert.deepStrictEqual(problems, []);
      assert.ok(Object.keys(inputs).some((i) => i.startsWith('src/core/')), 'the metafile lists no core input');
    });

    it(`${name}: no require of anything but ${externals.join(', ') || 'nothing'}, no network access`, () => {
      const code = fs.readFileSync(bundle, 'utf8');
      const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
      assert.deepStrictEqual([...new Set(required)].filter((r) => !(externals as readonly string[]).includes(r)), []);
      const remote = REMOTE.exec(code);
      assert.strictEqual(remote, null, remote ? `found "${remote[0]}" near: ${code.slice(Math.max(0, remote.index - 120), remote.index + 80)}` : '');
    });
  }

  it('the web worker, given the gzipped model, answers what the Node analysis answers on the seed', async function () {
    this.timeout(60_000);
    const seedFile = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');
    const modelFile = findModelFile();
    if (!fs.existsSync(seedFile) || !modelFile) this.skip();
    const text = fs.readFileSync(seedFile, 'utf8');
    // The worker's global scope, as a browser gives it; the bundle's other globals (performance, Blob, Response,
    // DecompressionStream, TextDecoder) are Node's, the same web APIs.
    const { post, next } = runWorkerBundle(WEB_WORKER);

    const gz = fs.readFileSync(modelFile);
    post({ kind: 'init', model: gz.buffer.slice(gz.byteOffset, gz.byteOffset + gz.byteLength) });
    const request: WorkerInbound = { id: 1, text, options: {} };
    post(request); // before the model is ready: it must wait, not analyse without names
    const ready = (await next()) as { kind: string; modelMs: number; warmUpMs?: number; error?: string };
    assert.strictEqual(ready.kind, 'ready');
    assert.strictEqual(ready.error, undefined);
    assert.strictEqual(ready.warmUpMs, undefined, 'a request was waiting: no warm-up');
    console.log(`      (model gunzipped and decoded in the worker bundle in ${ready.modelMs} ms)`);

    const assembler = new ResultAssembler();
    let result: AnalysisResult | undefined;
    while (!result) {
      const part = (await next()) as AnalysisPart;
      assert.notStrictEqual(part.kind, 'error', (part as { error?: string }).error);
      result = assembler.add(part as Exclude<AnalysisPart, { kind: 'error' }>);
      if (!result) post({ id: 1, kind: 'next' });
    }
    assert.deepStrictEqual(result.annotation, JSON.parse(JSON.stringify(analyzeArticle(text))));
    assert.ok(result.annotation.entities.some((e) => e.name === 'Emmanuel Macron'), 'no names: the model did not load');
  });
  /** Runs a worker bundle as a browser runs it: its IIFE against a worker `self`; messages in and out cloned. */
  function runWorkerBundle(bundle: string) {
    const received: unknown[] = [];
    let arrived: () => void = () => {};
    const self = {
      onmessage: undefined as undefined | ((event: { data: unknown }) => void),
      postMessage(message: unknown) {
        received.push(structuredClone(message));
        arrived();
      },
    };
    new Function('self', fs.readFileSync(bundle, 'utf8'))(self);
    assert.strictEqual(typeof self.onmessage, 'function', `${bundle} installs no message handler`);
    return {
      post: (data: unknown) => self.onmessage!({ data: structuredClone(data) }),
      next: () => new Promise<any>((resolve) => {
        if (received.length) resolve(received.shift());
        else arrived = () => resolve(received.shift());
      }),
    };
  }

  it('the web story workers: an analyser, given the gzipped model, digests the seed as Node does, and the index worker answers over it', async function () {
    this.timeout(60_000);
    const seedFile = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');
    const modelFile = findModelFile();
    if (!fs.existsSync(seedFile) || !modelFile) this.skip();
    const text = fs.readFileSync(seedFile, 'utf8');
    const uri = 'vscode-remote://host/ws/tass.txt';
    const gz = fs.readFileSync(modelFile);

    const analyser = runWorkerBundle(WEB_STORY_WORKER);
    analyser.post({ kind: 'storyInit', role: 'analyser', model: gz.buffer.slice(gz.byteOffset, gz.byteOffset + gz.byteLength) });
    const request: StoryWorkerRequest = { kind: 'analyse', id: 7, uri, bytes: new TextEncoder().encode(text), options: {} };
    analyser.post(request); // before the model is ready: it must wait, not digest without names
    const ready = await analyser.next();
    assert.deepStrictEqual([ready.kind, ready.role, ready.error], ['storyReady', 'analyser', undefined]);
    const digest = await analyser.next();
    assert.strictEqual(digest.kind, 'digest', digest.error);
    assert.strictEqual(digest.id, 7);
    assert.strictEqual(digest.hash, contentHash(text));
    const parsed = JSON.parse(new TextDecoder().decode(digest.bytes));
    assert.deepStrictEqual(parsed, JSON.parse(JSON.stringify(digestArticle(uri, text, analyzeArticle(text)))));
    analyser.post({ kind: 'analyse', id: 8, uri, bytes: new TextEncoder().encode(text), knownHash: digest.hash, options: {} });
    assert.deepStrictEqual(await analyser.next(), { kind: 'unchanged', id: 8, hash: digest.hash });

    const index = runWorkerBundle(WEB_STORY_WORKER);
    index.post({ kind: 'storyInit', role: 'index', model: null });
    assert.deepStrictEqual((await index.next()).error, undefined);
    index.post({ kind: 'load', id: 1, uri, bytes: digest.bytes });
    assert.deepStrictEqual(await index.next(), { kind: 'loaded', id: 1, ok: true });
    index.post({ kind: 'query', id: 2, query: { kind: 'articles' } });
    assert.deepStrictEqual(await index.next(), { kind: 'result', id: 2, result: [uri] });
    index.post({ kind: 'query', id: 3, query: { kind: 'entities' } });
    const entities = (await index.next()).result as Array<{ name: string; articleCount: number }>;
    assert.ok(entities.some((e) => e.name === 'Emmanuel Macron' && e.articleCount === 1), 'no Emmanuel Macron in the index worker');
  });
});
