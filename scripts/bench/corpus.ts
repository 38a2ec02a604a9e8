/**
 * The "corpus" section of `npm run bench` (issue #12): a warm process analysing documents it has never seen — every
 * PolNeAR train article and every TempEval-3 (TBAQ) text from ../shared/eval, ~1,100 articles, built at run time and
 * never stored — at --jobs 1 and --jobs 2, with compromise on the same articles (as many as its time budget allows)
 * side by side, each measurement in a fresh process (corpusWorker.ts).
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { corpusDir } from '../eval/paths';
import { markdownTable } from '../eval/table';
import { TBAQ_CORPORA, loadTimeMLCorpus } from '../eval/tempeval';
import type { CorpusWorkerResult } from './corpusWorker';

const WORKER = path.join(__dirname, 'corpusWorker.js');
const MB_PER_SECOND_PER_CORE_TARGET = 1;
const JOBS_2_SPEEDUP_TARGET = 1.7;

/** The corpus's articles in a fixed order: PolNeAR train (sorted file names), then TimeBank, then AQUAINT. */
export function corpusArticles(): { id: string; text: string }[] {
  const articles: { id: string; text: string }[] = [];
  const polnear = corpusDir('polnear');
  const textDir = polnear ? path.join(polnear, 'train', 'text') : null;
  if (textDir && fs.existsSync(textDir)) {
    for (const f of fs.readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) articles.push({ id: `polnear/${f}`, text: fs.readFileSync(path.join(textDir, f), 'utf8') });
  }
  for (const corpus of TBAQ_CORPORA) for (const doc of loadTimeMLCorpus(corpus) ?? []) articles.push({ id: `${corpus}/${doc.id}`, text: doc.text });
  return articles;
}

function measure(args: string[], timeoutSeconds: number): Promise<CorpusWorkerResult | string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=4096', WORKER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as CorpusWorkerResult);
      else resolve(`exit ${code}: ${stderr.trim().split('\n').slice(-1)[0] ?? ''}`.slice(0, 200));
    });
  });
}

export interface CorpusSection {
  text: string;
  json: Record<string, unknown>;
}

/** Runs the section; null when ../shared/eval holds neither corpus. */
export async function corpusSection(seedFile: string, peerBudgetSeconds: number, tmpDir: string): Promise<CorpusSection | null> {
  const articles = corpusArticles();
  if (articles.length === 0) return null;
  const file = path.join(tmpDir, 'corpus.jsonl');
  fs.writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const totalBytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const loadBefore = os.loadavg()[0]!;
  const own1 = await measure(['article-lens', '1', file, seedFile], 900);
  process.stderr.write(`corpus Article Lens --jobs 1: ${typeof own1 === 'string' ? own1 : `${own1.seconds.toFixed(1)} s`}\n`);
  const own2 = await measure(['article-lens', '2', file, seedFile], 900);
  process.stderr.write(`corpus Article Lens --jobs 2: ${typeof own2 === 'string' ? own2 : `${own2.seconds.toFixed(1)} s`}\n`);
  const peer = await measure(['compromise', '1', file, seedFile, String(peerBudgetSeconds)], peerBudgetSeconds + 120);
  process.stderr.write(`corpus compromise: ${typeof peer === 'string' ? peer : `${peer.articles} articles in ${peer.seconds.toFixed(1)} s`}\n`);

  const mbps = (r: CorpusWorkerResult) => r.bytes / 1e6 / r.seconds;
  const fmt = (v: number) => (v >= 10 ? v.toFixed(1) : v.toPrecision(2));
  const rows: string[][] = [];
  const row = (label: string, r: CorpusWorkerResult | string, cores: number, extra: string[]) =>
    typeof r === 'string'
      ? rows.push([label, r, '', '', '', '', '', '', ...extra.map(() => '')])
      : rows.push([
          label,
          String(r.articles),
          (r.bytes / 1e6).toFixed(2),
          r.seconds.toFixed(1),
          fmt(mbps(r)),
          fmt(mbps(r) / cores),
          fmt(r.bytes / 1e6 / r.cpuSeconds),
          (r.maxRssBytes / 1e6).toFixed(0),
          ...extra,
        ]);
  const perCore1 = typeof own1 === 'string' ? NaN : mbps(own1);
  const speedup = typeof own1 === 'string' || typeof own2 === 'string' ? NaN : mbps(own2) / mbps(own1);
  row('Article Lens --jobs 1', own1, 1, [perCore1 >= MB_PER_SECOND_PER_CORE_TARGET ? 'PASS' : 'FAIL', '']);
  row('Article Lens --jobs 2', own2, 2, ['', Number.isNaN(speedup) ? '' : `${speedup.toFixed(2)}× ${speedup >= JOBS_2_SPEEDUP_TARGET ? 'PASS' : 'FAIL'}`]);
  // Side by side: Article Lens (one job) on exactly the articles compromise finished.
  let ratio = '';
  if (typeof peer !== 'string' && typeof own1 !== 'string' && own1.cumulativeSeconds && peer.articles > 0) {
    const ownSeconds = own1.cumulativeSeconds[peer.articles - 1]!;
    const r = peer.seconds / ownSeconds;
    ratio = `Article Lens (--jobs 1) took ${ownSeconds.toFixed(1)} s on the same ${peer.articles} articles: ${r.toFixed(1)}× compromise's speed`;
  }
  row('compromise (1 thread)', peer, 1, ['', '']);
  const table = markdownTable(
    ['tool', 'articles', 'MB', 'seconds', 'MB/s', 'MB/s per core', 'MB per CPU-second', 'peak RSS MB', `≥ ${MB_PER_SECOND_PER_CORE_TARGET} MB/s per core`, `--jobs 2 ≥ ${JOBS_2_SPEEDUP_TARGET}× --jobs 1`],
    rows,
  );
  const text =
    `Corpus (unseen documents): ${articles.length} articles, ${(totalBytes / 1e6).toFixed(2)} MB (PolNeAR train + TempEval-3 TBAQ), ` +
    `each analysed once by a process warmed up for 2 s on the seed only (every worker thread); JSON serialised as the CLI ` +
    `does ("MB per CPU-second" divides by the CPU time of all the process's threads, which other load on the machine skews ` +
    `less than wall-clock seconds); compromise's budget ${peerBudgetSeconds} s; ${os.cpus().length} cores, load ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end.\n\n` +
    `${table}\n${ratio ? `\n${ratio}\n` : ''}`;
  const withoutTimes = (r: CorpusWorkerResult | string) => (typeof r === 'string' ? r : { ...r, cumulativeSeconds: undefined });
  return { text, json: { articles: articles.length, bytes: totalBytes, jobs1: withoutTimes(own1), jobs2: withoutTimes(own2), compromise: peer, speedup } };
}
