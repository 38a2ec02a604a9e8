/**
 * The CLI's memory (`npm run bench`, after the size table): the peak RSS of `annotate --json` (dist/cli.js, as a user
 * runs it, output to /dev/null) on one 1 MB and one 10 MB news file, and on ten 1 MB files given at once and sent
 * through --stream. The CLI streams: it holds one file's result at a time, so ten files must peak about where one
 * does, not ten times higher. Goals (issue #10): ≤ 160 MB for 1 MB, ≤ 450 MB for 10 MB.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../eval/paths';
import { markdownTable } from '../eval/table';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const REPORTER = path.join(__dirname, 'maxRssAtExit.js');
/** Peak RSS goals of the CLI (issue #10), MB, by the input's size. */
export const CLI_RSS_TARGET_MB: Record<string, number> = { '1MB': 160, '10MB': 450 };
const FILES = 10;

interface CliRun {
  label: string;
  /** Which goal applies (a key of CLI_RSS_TARGET_MB), if any. */
  goal?: string;
  args: string[];
  stdinFile?: string;
  bytes: number;
}

/** Runs the CLI once; resolves to its peak RSS in bytes and its wall seconds (or why it failed). */
function runCli(run: CliRun, tmp: string, budgetSeconds: number): Promise<{ maxRss: number; seconds: number } | { error: string }> {
  const rssFile = path.join(tmp, 'maxrss');
  fs.rmSync(rssFile, { force: true });
  return new Promise((resolve) => {
    const stdin = run.stdinFile ? fs.openSync(run.stdinFile, 'r') : 'ignore';
    const started = Date.now();
    const child = spawn(process.execPath, ['--require', REPORTER, CLI, '--no-progress', ...run.args], {
      stdio: [stdin, 'ignore', 'pipe'],
      env: { ...process.env, ARTICLE_LENS_MAXRSS_FILE: rssFile },
    });
    if (typeof stdin === 'number') fs.closeSync(stdin);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), budgetSeconds * 1000);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const seconds = (Date.now() - started) / 1000;
      if (code !== 0 || !fs.existsSync(rssFile)) resolve({ error: `exit ${code ?? signal}: ${stderr.trim().split('\n').pop() ?? ''}` });
      else resolve({ maxRss: Number(fs.readFileSync(rssFile, 'utf8')), seconds });
    });
  });
}

/**
 * The section's table and its goal notes. `news(size)` gives `size` bytes of news text (null without a corpus).
 */
export async function cliMemorySection(
  news: (size: number) => string | null, tmp: string, budgetSeconds: number,
): Promise<{ text: string; json: unknown; notes: string[] } | null> {
  if (!fs.existsSync(CLI)) return { text: 'CLI memory: dist/cli.js not built (npm run build): skipped', json: null, notes: [] };
  const one = news(1_000_000);
  const ten = news(10_000_000);
  if (!one || !ten) return null;
  const oneFile = path.join(tmp, 'news-1MB.txt');
  const tenFile = path.join(tmp, 'news-10MB.txt');
  fs.writeFileSync(oneFile, one);
  fs.writeFileSync(tenFile, ten);
  // Ten different 1 MB files: consecutive slices of the 10 MB text.
  const manyFiles: string[] = [];
  for (let k = 0; k < FILES; k++) {
    const file = path.join(tmp, `news-1MB-${k}.txt`);
    fs.writeFileSync(file, ten.slice(k * (ten.length / FILES), (k + 1) * (ten.length / FILES)));
    manyFiles.push(file);
  }
  const jsonl = path.join(tmp, 'news-10x1MB.jsonl');
  fs.writeFileSync(jsonl, manyFiles.map((f, k) => JSON.stringify({ id: k, text: fs.readFileSync(f, 'utf8') })).join('\n') + '\n');
  const size = (f: string) => fs.statSync(f).size;
  const runs: CliRun[] = [
    { label: 'one 1 MB file', goal: '1MB', args: ['--json', oneFile], bytes: size(oneFile) },
    { label: `${FILES} files of 1 MB`, goal: '1MB', args: ['--json', '--jobs', '1', ...manyFiles], bytes: manyFiles.reduce((n, f) => n + size(f), 0) },
    { label: `--stream, ${FILES} records of 1 MB`, goal: '1MB', args: ['--stream', '--jobs', '1'], stdinFile: jsonl, bytes: size(jsonl) },
    // The default --jobs (one worker thread per core, each with its own model and document): for information.
    { label: `${FILES} files of 1 MB, --jobs 2`, args: ['--json', '--jobs', '2', ...manyFiles], bytes: manyFiles.reduce((n, f) => n + size(f), 0) },
    { label: 'one 10 MB file', goal: '10MB', args: ['--json', tenFile], bytes: size(tenFile) },
  ];
  const rows: string[][] = [];
  const json: unknown[] = [];
  const notes: string[] = [];
  for (const run of runs) {
    const outcome = await runCli(run, tmp, budgetSeconds);
    const goal = run.goal ? CLI_RSS_TARGET_MB[run.goal]! : undefined;
    if ('error' in outcome) {
      rows.push([run.label, (run.bytes / 1e6).toFixed(1), 'error', '', outcome.error.slice(0, 120)]);
      json.push({ ...run, error: outcome.error });
      continue;
    }
    const mb = outcome.maxRss / 1e6;
    const verdict = goal === undefined ? '' : mb <= goal ? 'PASS' : 'FAIL';
    rows.push([run.label, (run.bytes / 1e6).toFixed(1), mb.toFixed(0), goal === undefined ? '' : `≤ ${goal}: ${verdict}`, outcome.seconds.toFixed(1)]);
    json.push({ label: run.label, bytes: run.bytes, maxRssBytes: outcome.maxRss, seconds: outcome.seconds, goalMb: goal ?? null });
    if (goal !== undefined) notes.push(`CLI peak RSS, ${run.label}: ${mb.toFixed(0)} MB, goal ≤ ${goal} MB: ${verdict}`);
    process.stderr.write(`CLI ${run.label}: ${mb.toFixed(0)} MB\n`);
  }
  const text =
    'The CLI\'s memory: peak RSS of `node dist/cli.js --json FILE… > /dev/null` (one process per row, --jobs 1 unless said), ' +
    'and of `--stream` fed JSON Lines; several files must peak where one does (one result held at a time).\n\n' +
    markdownTable(['input', 'MB', 'peak RSS MB', 'goal', 'wall s'], rows);
  return { text, json, notes };
}
