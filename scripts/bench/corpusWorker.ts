/**
 * One corpus measurement in a fresh process (scripts/bench/corpus.ts runs it):
 *   node out/scripts/bench/corpusWorker.js article-lens JOBS CORPUS_JSONL SEED_FILE
 *   node out/scripts/bench/corpusWorker.js compromise 1 CORPUS_JSONL SEED_FILE BUDGET_SECONDS
 * A warm process meeting documents it has never seen: warmed up for 2 s on the seed (every worker thread), then
 * every article of the corpus analysed once, in order, the way `annotate --jobs N` does it (documentJob.ts through
 * the CLI's own pool and ordered output, JSON serialised). Prints one JSON line on stdout.
 */
import '../../src/node/installNerModel';
import * as fs from 'fs';
import type { DocumentTask } from '../../src/cli/documentJob';

export interface CorpusWorkerResult {
  tool: 'article-lens' | 'compromise';
  jobs: number;
  /** Articles analysed and their UTF-8 bytes (compromise: those done within its budget). */
  articles: number;
  bytes: number;
  seconds: number;
  /** CPU seconds (user + system, all threads) over the same span: a figure a busy machine skews less than seconds. */
  cpuSeconds: number;
  /** Seconds after the k-th article's result was handed on (k = 1…articles); Article Lens with one job only. */
  cumulativeSeconds?: number[];
  maxRssBytes: number;
}

const WARM_UP_MS = 2000;

function cpuSince(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1e6;
}

function task(text: string): DocumentTask {
  return { name: 'x', nameField: 'id', text, output: 'json', color: false };
}

async function main(): Promise<void> {
  const [tool, jobsArg, corpusFile, seedFile, budgetArg] = process.argv.slice(2) as [string, string, string, string, string | undefined];
  const jobs = Number(jobsArg);
  const texts = fs.readFileSync(corpusFile, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
  const seed = fs.readFileSync(seedFile, 'utf8');
  const bytesOf = (t: string) => Buffer.byteLength(t);
  let result: CorpusWorkerResult;
  if (tool === 'compromise') {
    const { annotateWithCompromise } = require('../eval/peers/compromise') as typeof import('../eval/peers/compromise');
    const budget = Number(budgetArg ?? 60) * 1000;
    const until = Date.now() + WARM_UP_MS;
    while (Date.now() < until) annotateWithCompromise(seed);
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    let articles = 0;
    let bytes = 0;
    for (const text of texts) {
      JSON.stringify(annotateWithCompromise(text));
      articles++;
      bytes += bytesOf(text);
      if (Number(process.hrtime.bigint() - started) / 1e6 > budget) break;
    }
    result = { tool, jobs: 1, articles, bytes, seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: cpuSince(cpu), maxRssBytes: 0 };
  } else {
    const { InlineAnalyzer, WorkerPool } = require('../../src/cli/pool') as typeof import('../../src/cli/pool');
    const { inOrder } = require('../../src/cli/ordered') as typeof import('../../src/cli/ordered');
    const { runDocumentTask } = require('../../src/cli/documentJob') as typeof import('../../src/cli/documentJob');
    // As the CLI: one job runs in this thread, more in worker threads.
    const pool = jobs > 1 ? new WorkerPool(jobs) : undefined;
    const analyzer = pool ?? new InlineAnalyzer();
    if (pool) await pool.warmUp(task(seed), WARM_UP_MS);
    else {
      const until = Date.now() + WARM_UP_MS;
      while (Date.now() < until) runDocumentTask(task(seed));
    }
    const cumulative: number[] = [];
    let bytes = 0;
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    await inOrder(
      texts,
      (text) => analyzer.run(task(text)),
      (r) => {
        bytes += r.bytes;
        cumulative.push(Number(process.hrtime.bigint() - started) / 1e9);
      },
      jobs > 1 ? jobs * 4 : 1,
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const cpuSeconds = cpuSince(cpu);
    await analyzer.close();
    result = { tool: 'article-lens', jobs, articles: texts.length, bytes, seconds, cpuSeconds, maxRssBytes: 0 };
    if (jobs === 1) result.cumulativeSeconds = cumulative;
  }
  result.maxRssBytes = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
