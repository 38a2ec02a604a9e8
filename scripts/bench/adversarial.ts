/**
 * `npm run bench -- --adversarial [--families a,b] [--budget SECONDS]`: every hostile family (adversarialFamilies.ts)
 * at 100 KB and 1 MB, each family in a fresh process warmed on the seed, and the growth exponent
 * log(t(1 MB) ÷ t(100 KB)) / log(10): 1 for linear time, 2 for quadratic. Goal: ≤ 1.15 for every family, and no
 * 100 KB input above 0.5 s. A family that runs out of its budget is reported as such.
 */
import * as os from 'os';
import * as path from 'path';
import { runNodeWithBudget } from '../lib/budgetedProcess';
import { markdownTable } from '../eval/table';
import { FAMILIES } from './adversarialFamilies';
import type { AdversarialResult } from './adversarialWorker';

const SMALL = 100_000;
const BIG = 1_000_000;
const EXPONENT_TARGET = 1.15;
const SMALL_SECONDS_TARGET = 0.5;
const WORKER = path.join(__dirname, 'adversarialWorker.js');

async function runFamily(family: string, seed: string, budgetSeconds: number): Promise<{ results: AdversarialResult[]; error?: string }> {
  const { stdout, stderr, code, timedOut } = await runNodeWithBudget(['--max-old-space-size=4096', WORKER, family, seed, String(SMALL), String(BIG)], budgetSeconds);
  const results = stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as AdversarialResult);
  if (timedOut) return { results, error: `> ${budgetSeconds} s` };
  if (code !== 0) return { results, error: `exit ${code}: ${stderr.trim().split('\n').pop() ?? ''}` };
  return { results };
}

export async function runAdversarial(seed: string, families: readonly string[] | null, budgetSeconds: number): Promise<boolean> {
  const chosen = FAMILIES.filter((f) => !families || families.includes(f.name));
  const rows: string[][] = [];
  let allPass = true;
  const started = Date.now();
  for (const family of chosen) {
    const { results, error } = await runFamily(family.name, seed, budgetSeconds);
    const small = results.find((r) => r.size <= SMALL);
    const big = results.find((r) => r.size > SMALL);
    const exponent = small && big ? Math.log(big.seconds / small.seconds) / Math.log(big.size / small.size) : null;
    const steadySmall = small?.againSeconds ?? small?.seconds;
    const pass = exponent !== null && exponent <= EXPONENT_TARGET && steadySmall! <= SMALL_SECONDS_TARGET;
    if (!pass) allPass = false;
    const found = big ?? small;
    rows.push([
      family.name,
      small ? small.seconds.toFixed(3) : error ?? '—',
      steadySmall !== undefined ? steadySmall.toFixed(3) : '—',
      big ? big.seconds.toFixed(3) : error ?? '—',
      exponent === null ? '—' : exponent.toFixed(2),
      pass ? 'PASS' : 'FAIL',
      found ? `${found.found.entities} / ${found.found.temporal} / ${found.found.quotes}` : '',
      family.description,
    ]);
    process.stderr.write(`${family.name}: ${rows[rows.length - 1]!.slice(1, 6).join('  ')}\n`);
  }
  const load = os.loadavg()[0]!.toFixed(1);
  console.log(
    `Adversarial families, ${new Date().toISOString()}; Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} ×${os.cpus().length}; load average ${load} at the end.\n` +
      `Each family in a fresh process, warmed for 1 s on the seed and once on a 20 KB text of the family; times are CPU ` +
      `seconds of that process (user + system), one run per size, the first on that text (sizes in UTF-16 code units); ` +
      `"again" is a second run on the 100 KB text (the steady state of an editor's re-analysis), which the 0.5 s goal uses. Exponent = log(t(1 MB) ÷ t(100 KB)) / log(10): 1 is linear. ` +
      `Goal: exponent ≤ ${EXPONENT_TARGET} and t(100 KB) ≤ ${SMALL_SECONDS_TARGET} s.\n`,
  );
  console.log(markdownTable(['family', 't(100 KB) CPU s', 'again', 't(1 MB) CPU s', 'exponent', `≤ ${EXPONENT_TARGET}, ≤ ${SMALL_SECONDS_TARGET} s`, 'entities / temporal / quotes (1 MB)', 'text'], rows));
  console.log(`\n${allPass ? 'Every family passes.' : 'Some families FAIL.'} Total ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return allPass;
}
