/**
 * Measures indexing a corpus the way the extension does (not a test; run by hand):
 *   node scripts/build.mjs && npx tsc -p . && node out/test/integration/measure-story-cost.js [DIR...]
 * (default: ../shared/eval/polnear/train/text and the TempEval-3 texts, read in place and never copied). The host
 * side here is the extension's own: StoryWorkers with the same analysers and index worker (dist/storyWorker.js),
 * files read asynchronously, digests handed over as bytes, IN_FLIGHT files at once. Prints the wall time, the
 * longest gap between two turns of this (host) thread's event loop while indexing, the index worker's heap, the
 * time to reload every digest as from the cache, and query times.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { nodeStoryWorkerPlatform } from '../../src/extension/features/story/nodeStoryWorker';
import { StoryWorkers } from '../../src/extension/features/story/storyWorkers';
import type { StoryRow } from '../../src/extension/features/story/storyTree';
import type { StorySummary } from '../../src/extension/features/story/storyQueries';

const root = path.resolve(__dirname, '..', '..', '..');
const shared = path.resolve(root, '..', 'shared', 'eval');

function corpusFiles(dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(txt|tml)$/.test(entry.name)) out.push(full);
    }
  };
  for (const dir of dirs) if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}

/** The longest time between two turns of the event loop, sampled with setImmediate chains. */
function gapMonitor() {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  return { stop: () => { running = false; return longest; } };
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  const files = corpusFiles(dirs.length > 0 ? dirs : [path.join(shared, 'polnear', 'train', 'text'), path.join(shared, 'tempeval3')]);
  if (files.length === 0) {
    console.log('no corpus found (../shared/eval): nothing to measure');
    return;
  }
  const log = { info: () => undefined, error: (m: string) => console.error(m) };
  const platform = nodeStoryWorkerPlatform(path.join(root, 'dist', 'storyWorker.js'));
  const analysers = platform.analyserCount;
  const workers = new StoryWorkers(platform, log);
  await workers.query({ kind: 'summary' }); // start the index worker
  const cached: Array<{ uri: string; bytes: Uint8Array }> = [];
  let bytesIn = 0;
  const started = performance.now();
  const monitor = gapMonitor();
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const file = files[next++];
      const raw = await fs.promises.readFile(file);
      // TempEval's TimeML: the article is the <TEXT> element without its tags.
      const bytes = file.endsWith('.tml')
        ? new TextEncoder().encode((/<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw.toString('utf8'))?.[1] ?? '').replace(/<[^>]+>/g, ''))
        : new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
      bytesIn += bytes.byteLength;
      const uri = `file://${file}`;
      const response = await workers.analyse(uri, bytes, undefined, {});
      if (response.kind !== 'digest') continue;
      cached.push({ uri, bytes: response.bytes.slice() });
      await workers.load(uri, response.bytes);
    }
  };
  await Promise.all(Array.from({ length: 6 }, lane));
  const indexMs = performance.now() - started;
  const gap = monitor.stop();
  const summary = await workers.query<StorySummary>({ kind: 'summary' });
  const heap = await workers.query<{ heapUsed: number }>({ kind: 'heap' });
  const digestBytes = cached.reduce((n, c) => n + c.bytes.byteLength, 0);

  await workers.clear();
  const reloadMonitor = gapMonitor();
  const reloadStart = performance.now();
  await Promise.all(cached.map((c) => workers.load(c.uri, c.bytes)));
  const reloadMs = performance.now() - reloadStart;
  const reloadGap = reloadMonitor.stop();

  const q0 = performance.now();
  const roots = await workers.query<StoryRow[]>({ kind: 'children', sort: 'mentions', filter: '' });
  const firstQueryMs = performance.now() - q0;
  const q1 = performance.now();
  await workers.query({ kind: 'children', parent: roots[0]?.id, sort: 'mentions', filter: '' });
  const peopleMs = performance.now() - q1;
  const q2 = performance.now();
  await workers.query({ kind: 'symbols', query: 'clinton', limit: 1000 });
  const symbolsMs = performance.now() - q2;

  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(JSON.stringify({
    files: files.length,
    corpusMB: Number(mb(bytesIn)),
    analysers,
    cores: os.availableParallelism(),
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
    indexSeconds: Number((indexMs / 1000).toFixed(1)),
    MBps: Number((bytesIn / 1024 / 1024 / (indexMs / 1000)).toFixed(2)),
    hostLongestGapMs: Number(gap.toFixed(1)),
    indexWorkerHeapMB: Number(mb(heap.heapUsed)),
    heapMBPer1000Articles: Number(((heap.heapUsed / 1024 / 1024) * (1000 / summary.articles)).toFixed(1)),
    digestJsonMB: Number(mb(digestBytes)),
    reloadFromCacheMs: Math.round(reloadMs),
    reloadLongestGapMs: Number(reloadGap.toFixed(1)),
    firstQueryAfterReloadMs: Math.round(firstQueryMs),
    peopleRowsMs: Math.round(peopleMs),
    symbolsMs: Math.round(symbolsMs),
    summary,
  }, null, 2));
  workers.dispose();
}

// The story workers are unref'd (they never keep an extension host alive): keep this process alive meanwhile.
const keepAlive = setInterval(() => undefined, 1000);
void main().finally(() => clearInterval(keepAlive));
