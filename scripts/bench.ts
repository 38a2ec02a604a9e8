/**
 * `npm run bench`: throughput and peak memory of the full analysis on the seed and on 100 KB, 1 MB and 10 MB of
 * news (each analysed as ONE document, as the extension would a big file), side by side with compromise and
 * wink-nlp in the same run. Every (tool, size) runs in a fresh child process (scripts/bench/worker.ts) for an
 * honest peak RSS, warmed up once on the seed; peers get a time budget per size and are reported as "timeout" or
 * "oom" rather than waited for.
 *
 *   node --expose-gc out/scripts/bench.js [--json FILE] [--budget SECONDS] [--sizes seed,100KB,1MB,10MB]
 *                                         [--tools article-lens,compromise,wink] [--stages] [--no-corpus | --corpus-only]
 * The "corpus" section (scripts/bench/corpus.ts) follows: unseen articles at --jobs 1 and 2, and compromise.
 *   node out/scripts/bench.js --adversarial [--families a,b] [--budget SECONDS]   (hostile inputs: bench/adversarial.ts)
 * The CLI's peak memory (scripts/bench/cliMemory.ts) comes before the corpus: --no-cli-memory leaves it out,
 * --cli-memory-only runs it alone.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SHARED_DIR } from './eval/paths';
import { markdownTable } from './eval/table';
import { newsText } from './bench/newsText';
import type { Tool, WorkerResult, WorkerTool } from './bench/worker';
import { runNodeWithBudget } from './lib/budgetedProcess';
import { forEachOption } from './lib/options';
import { corpusSection } from './bench/corpus';
import { runAdversarial } from './bench/adversarial';
import { cliMemorySection } from './bench/cliMemory';

const SEED = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');
const WORKER = path.join(__dirname, 'bench', 'worker.js');
const TOOL_NAMES: Record<Tool, string> = { 'article-lens': 'Article Lens', compromise: 'compromise', wink: 'wink-nlp' };
const SIZES: Record<string, number> = { '100KB': 100_000, '1MB': 1_000_000, '10MB': 10_000_000 };
/** Article Lens must finish whatever happens; its budget only stops a runaway. */
const OWN_BUDGET_SECONDS = 300;
const SPEEDUP_TARGET = 20;
const LINEARITY_TARGET = 12;
const MODEL_LOAD_TARGET_MS = 200;
/** Peak RSS goals of Article Lens (issue #10), MB. */
const RSS_TARGET_MB: Record<string, number> = { '1MB': 160, '10MB': 450 };
/** The same heap ceiling for every tool, so "oom" means the same thing for all. */
const HEAP_MB = 4096;

type Outcome =
  | { status: 'ok'; result: WorkerResult; seconds: number; bytes: number; heapPeakBytes: number }
  | { status: 'timeout' | 'oom' | 'error' | 'skipped'; why: string; bytes: number };

interface Args {
  json?: string;
  budget: number;
  sizes: string[];
  tools: Tool[];
  /** Also time Article Lens stage by stage at each size (separate processes). */
  stages: boolean;
  /** The corpus section: 'also' after the size table (default), 'only', or 'no'. */
  corpus: 'also' | 'only' | 'no';
  /** Time the hostile input families instead (bench/adversarial.ts); `families` picks some of them. */
  adversarial: boolean;
  families: string[] | null;
  /** The CLI memory section (bench/cliMemory.ts): 'also' (default), 'only' or 'no'. */
  cliMemory: 'also' | 'only' | 'no';
}

function parseArgs(argv: string[]): Args {
  const args: Args = { budget: 120, sizes: ['seed', '100KB', '1MB', '10MB'], tools: ['article-lens', 'compromise', 'wink'], stages: false, corpus: 'also', adversarial: false, families: null, cliMemory: 'also' };
  forEachOption(argv, (name, value) => {
    if (name === '--json') args.json = value();
    else if (name === '--budget') args.budget = Number(value());
    else if (name === '--sizes') args.sizes = value().split(',');
    else if (name === '--tools') args.tools = value().split(',') as Tool[];
    else if (name === '--stages') args.stages = true;
    else if (name === '--no-corpus') args.corpus = 'no';
    else if (name === '--corpus-only') args.corpus = 'only';
    else if (name === '--adversarial') args.adversarial = true;
    else if (name === '--families') args.families = value().split(',');
    else if (name === '--no-cli-memory') args.cliMemory = 'no';
    else if (name === '--cli-memory-only') args.cliMemory = 'only';
    else throw new Error(`unknown option ${name}`);
  });
  for (const s of args.sizes) if (s !== 'seed' && !(s in SIZES)) throw new Error(`unknown size ${s}`);
  for (const t of args.tools) if (!(t in TOOL_NAMES)) throw new Error(`unknown tool ${t}`);
  return args;
}

/** The largest "used before" figure of V8's --trace-gc lines ("Scavenge 3.8 (4.0) -> 3.4 (5.0) MB"), in bytes. */
function heapPeak(lines: readonly string[]): number {
  let peak = 0;
  for (const line of lines) {
    const m = / ([\d.]+) \([\d.]+\) -> [\d.]+ \([\d.]+\) MB/.exec(line);
    if (m) peak = Math.max(peak, Number(m[1]) * 1024 * 1024);
  }
  return peak;
}

/** Runs one worker; kills it (by its own pid) when the budget runs out. */
async function measure(tool: WorkerTool, textFile: string | null, bytes: number, budgetSeconds: number): Promise<Outcome> {
  // --trace-gc: the heap in use just before each collection; its maximum is the peak heap (see heapPeak).
  const argv = ['--expose-gc', '--trace-gc', `--max-old-space-size=${HEAP_MB}`, WORKER, tool, SEED, ...(textFile ? [textFile] : [])];
  const { stdout, stderr, code, signal, timedOut } = await runNodeWithBudget(argv, budgetSeconds);
  if (timedOut) return { status: 'timeout', why: `> ${budgetSeconds} s`, bytes };
  if (code === 0) {
    const lines = stdout.trim().split('\n');
    const result = JSON.parse(lines.filter((l) => l.startsWith('{')).pop()!) as WorkerResult;
    const heapPeakBytes = Math.max(heapPeak(lines), result.heapUsedAfterBytes);
    return { status: 'ok', result, seconds: textFile ? result.textSeconds! : result.steadySeedSeconds, bytes, heapPeakBytes };
  }
  if (/heap out of memory|Allocation failed|ERR_STRING_TOO_LONG|Invalid array length/i.test(stderr) || signal === 'SIGABRT')
    return { status: 'oom', why: `out of memory (${HEAP_MB} MB heap)`, bytes };
  const lastLine = stderr.trim().split('\n').filter((l) => /Error/.test(l))[0] ?? stderr.trim().split('\n').pop() ?? '';
  return { status: 'error', why: `exit ${code ?? signal}: ${lastLine.slice(0, 160)}`, bytes };
}

const mb = (b: number) => (b / 1e6).toFixed(0);
const kbps = (o: Outcome) => (o.status === 'ok' ? o.bytes / 1000 / o.seconds : NaN);
/** Ratios below 1 keep two significant digits (0.032×), others one decimal. */
const fmtRatio = (r: number) => (r < 1 ? r.toPrecision(2) : r.toFixed(1));
const fmtSeconds = (s: number) => (s < 0.01 ? s.toFixed(5) : s < 10 ? s.toFixed(3) : s.toFixed(1));

async function runCorpusSection(args: Args): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-bench-corpus-'));
  try {
    const section = await corpusSection(SEED, args.budget, tmp);
    console.log(section ? `\n${section.text}` : '\nCorpus: ../shared/eval holds neither PolNeAR nor TempEval-3: skipped');
    if (section && args.json) fs.writeFileSync(args.json.replace(/(\.json)?$/, '.corpus.json'), JSON.stringify(section.json, null, 2) + '\n');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function runCliMemorySection(args: Args): Promise<string[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-bench-cli-'));
  try {
    const section = await cliMemorySection(newsText, tmp, OWN_BUDGET_SECONDS);
    console.log(section ? `\n${section.text}` : '\nCLI memory: ../shared/eval holds no corpus: skipped');
    if (section?.json && args.json) fs.writeFileSync(args.json.replace(/(\.json)?$/, '.cli-memory.json'), JSON.stringify(section.json, null, 2) + '\n');
    return section?.notes ?? [];
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(SEED)) throw new Error(`seed not found: ${SEED}`);
  if (args.adversarial) {
    await runAdversarial(SEED, args.families, args.budget);
    return;
  }
  if (args.corpus === 'only') return runCorpusSection(args);
  if (args.cliMemory === 'only') {
    const notes = await runCliMemorySection(args);
    if (notes.length) console.log('\nNotes:\n' + notes.map((n) => `- ${n}`).join('\n'));
    return;
  }
  const seedBytes = fs.statSync(SEED).size;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-bench-'));
  const notes: string[] = [];
  const started = Date.now();
  // Other work on the machine skews every figure: say how busy it was.
  const loadBefore = os.loadavg()[0]!;
  const outcomes: { size: string; tool: Tool; outcome: Outcome }[] = [];
  const stageRows: { size: string; outcome: Outcome }[] = [];
  try {
    for (const size of args.sizes) {
      let file: string | null = null;
      let bytes = seedBytes;
      if (size !== 'seed') {
        const text = newsText(SIZES[size]!);
        if (!text) {
          const note = '../shared/eval holds no corpus: only the seed is measured';
          if (!notes.includes(note)) notes.push(note);
          continue;
        }
        file = path.join(tmp, `${size}.txt`);
        fs.writeFileSync(file, text);
        bytes = Buffer.byteLength(text);
        if (bytes < SIZES[size]! * 0.95) notes.push(`${size}: the corpora hold only ${mb(bytes)} MB of text`);
      }
      if (args.stages) {
        const outcome = await measure('article-lens-stages', file ?? SEED, bytes, OWN_BUDGET_SECONDS);
        stageRows.push({ size, outcome });
        process.stderr.write(`${size} Article Lens stages: ${outcome.status === 'ok' ? JSON.stringify(outcome.result.stages) : outcome.status}\n`);
      }
      for (const tool of args.tools) {
        // A tool that ran out of time or memory on a smaller size is not tried on a bigger one.
        const failed = outcomes.find((o) => o.tool === tool && (o.outcome.status === 'timeout' || o.outcome.status === 'oom'));
        let outcome: Outcome;
        if (failed) outcome = { status: 'skipped', why: `${failed.outcome.status} at ${failed.size}`, bytes };
        else outcome = await measure(tool, file, bytes, tool === 'article-lens' ? OWN_BUDGET_SECONDS : args.budget);
        outcomes.push({ size, tool, outcome });
        const shown = outcome.status === 'ok' ? `${fmtSeconds(outcome.seconds)} s` : `${outcome.status} (${outcome.why})`;
        process.stderr.write(`${size} ${TOOL_NAMES[tool]}: ${shown}\n`);
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const own = (size: string) => outcomes.find((o) => o.size === size && o.tool === 'article-lens')?.outcome;
  const rows = outcomes.map(({ size, tool, outcome }) => {
    const base = own(size);
    let ratio = '';
    let target = '';
    if (tool !== 'article-lens' && base?.status === 'ok') {
      if (outcome.status === 'ok') {
        const r = kbps(base) / kbps(outcome);
        ratio = `${fmtRatio(r)}×`;
        if (tool === 'compromise') target = r >= SPEEDUP_TARGET ? 'PASS' : 'FAIL';
      } else if (outcome.status === 'timeout') {
        // The peer did not finish within the budget: its throughput is below bytes/budget.
        const r = kbps(base) / (outcome.bytes / 1000 / args.budget);
        ratio = `> ${fmtRatio(r)}×`;
        if (tool === 'compromise') target = r >= SPEEDUP_TARGET ? 'PASS' : 'n/a';
      }
    }
    if (tool === 'article-lens' && outcome.status === 'ok' && RSS_TARGET_MB[size] !== undefined) {
      const goal = RSS_TARGET_MB[size]!;
      const rss = outcome.result.maxRssBytes / 1e6;
      notes.push(`Article Lens peak RSS at ${size} (bench worker: seed warm-up, then up to 5 runs of the text): ${rss.toFixed(0)} MB, goal ≤ ${goal} MB: ${rss <= goal ? 'PASS' : 'FAIL'}`);
    }
    const sizeLabel = size === 'seed' ? `seed (${(seedBytes / 1000).toFixed(1)} KB)` : `${size} (${(outcome.bytes / 1e6).toFixed(2)} MB)`;
    if (outcome.status !== 'ok') return [sizeLabel, TOOL_NAMES[tool], outcome.status, '', '', '', '', ratio, target];
    const r = outcome.result;
    const firstRun = size === 'seed' ? fmtSeconds(r.firstCallSeconds) : `${fmtSeconds(r.textFirstSeconds!)} (${r.textRuns} runs)`;
    return [
      sizeLabel,
      TOOL_NAMES[tool],
      fmtSeconds(outcome.seconds),
      firstRun,
      kbps(outcome).toFixed(0),
      mb(outcome.result.maxRssBytes),
      mb(outcome.heapPeakBytes),
      ratio,
      target,
    ];
  });
  const table = markdownTable(
    ['size', 'tool', 'seconds (median)', 'first run s', 'KB/s', 'peak RSS MB', 'peak heap MB', `Article Lens ÷ tool`, `≥ ${SPEEDUP_TARGET}× compromise`],
    rows,
  );

  // Linearity and model load, per tool.
  const summary: string[][] = [];
  const summaryJson: Record<string, unknown>[] = [];
  for (const tool of args.tools) {
    const at = (size: string) => outcomes.find((o) => o.size === size && o.tool === tool)?.outcome;
    const one = at('1MB');
    const ten = at('10MB');
    const linearity = one?.status === 'ok' && ten?.status === 'ok' ? ten.seconds / one.seconds : null;
    // 10 MB ran out of time: t(10 MB) exceeds the budget, so the ratio is at least budget ÷ t(1 MB).
    const budget = tool === 'article-lens' ? OWN_BUDGET_SECONDS : args.budget;
    const linearityAbove = one?.status === 'ok' && ten?.status === 'timeout' ? budget / one.seconds : null;
    const first = outcomes.find((o) => o.tool === tool && o.outcome.status === 'ok')?.outcome;
    const loadMs = first?.status === 'ok' ? (first.result.firstCallSeconds - first.result.steadySeedSeconds) * 1000 : null;
    const requireMs = first?.status === 'ok' ? first.result.requireSeconds * 1000 : null;
    const own = tool === 'article-lens';
    summary.push([
      TOOL_NAMES[tool],
      linearity !== null ? linearity.toFixed(1) : linearityAbove !== null ? `> ${linearityAbove.toFixed(1)}` : '—',
      !own ? '' : linearity !== null ? (linearity <= LINEARITY_TARGET ? 'PASS' : 'FAIL') : linearityAbove !== null && linearityAbove > LINEARITY_TARGET ? 'FAIL' : '',
      requireMs === null ? '—' : requireMs.toFixed(0),
      loadMs === null ? '—' : loadMs.toFixed(0),
      own && loadMs !== null ? (loadMs < MODEL_LOAD_TARGET_MS ? 'PASS' : 'FAIL') : '',
    ]);
    summaryJson.push({ tool, linearity, linearityAtLeast: linearityAbove, requireMs, modelLoadMs: loadMs });
  }
  const summaryTable = markdownTable(
    ['tool', 't(10 MB) ÷ t(1 MB)', `≤ ${LINEARITY_TARGET}`, 'require ms', 'first call − steady ms', `< ${MODEL_LOAD_TARGET_MS} ms`],
    summary,
  );

  const date = new Date().toISOString();
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = `load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end`;
  console.log(`Article Lens benchmark, ${date}; Node ${process.version}, ${cpu} ×${os.cpus().length}; peers' budget ${args.budget} s per size; ${load}`);
  console.log(
    'KB = 1000 bytes (UTF-8); each text is analysed as one document in a fresh process after a 2 s warm-up on the seed. ' +
      '"seconds" is the median: of ~1 s of repeated runs for the seed, of up to 5 runs (while they total < 8 s) for the ' +
      'bigger texts; the first run on the seed includes model loading, the first on a bigger text the JIT of its rarer paths. ' +
      'KB/s and ratios use the median.\n',
  );
  console.log(table + '\n');
  console.log(summaryTable);
  if (stageRows.length) {
    const names = [...new Set(stageRows.flatMap((r) => (r.outcome.status === 'ok' ? Object.keys(r.outcome.result.stages ?? {}) : [])))];
    const rows = stageRows.map(({ size, outcome }) =>
      outcome.status === 'ok'
        ? [size, ...names.map((n) => fmtSeconds(outcome.result.stages?.[n] ?? NaN))]
        : [size, outcome.status, ...names.slice(1).map(() => '')],
    );
    console.log('\nArticle Lens stage by stage, seconds:\n' + markdownTable(['size', ...names], rows));
  }
  if (args.cliMemory === 'also') notes.push(...(await runCliMemorySection(args)));
  if (notes.length) console.log('\nNotes:\n' + notes.map((n) => `- ${n}`).join('\n'));
  if (args.corpus === 'also') await runCorpusSection(args);
  console.log(`\nTotal ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (args.json) {
    const results = outcomes.map(({ size, tool, outcome }) => ({ size, tool, ...outcome, kbPerSecond: kbps(outcome) || null }));
    fs.writeFileSync(args.json, JSON.stringify({ date, node: process.version, cpu, load, budget: args.budget, results, summary: summaryJson, stages: stageRows, notes }, null, 2) + '\n');
    console.log(`wrote ${args.json}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
