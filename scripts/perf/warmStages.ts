/**
 * Steady-state milliseconds per stage on a small text, analysed over and over after a long warm-up: the figure
 * the benchmark's seed row depends on, where one run is too short to time alone.
 *
 *   node out/scripts/perf/warmStages.js [seed | BYTES] [--warm SECONDS] [--seconds SECONDS]
 *
 * Reports the median wall and CPU milliseconds of each stage and of analyzeArticle as a whole (CPU time is what
 * to compare on a shared machine: other processes move wall time much more than this process's CPU time).
 */
import '../../src/node/installNerModel';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../src/core/analyze';
import { SHARED_DIR } from '../eval/paths';
import { newsText } from '../bench/newsText';
import { forEachOption } from '../lib/options';
import { timeStages } from '../bench/stages';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function main(): void {
  let which = 'seed';
  let warmSeconds = 2;
  let runSeconds = 3;
  forEachOption(process.argv.slice(2), (name, value) => {
    if (name === '--warm') warmSeconds = Number(value());
    else if (name === '--seconds') runSeconds = Number(value());
    else if (!name.startsWith('--')) which = name;
    else throw new Error(`unknown option ${name}`);
  });
  const text = which === 'seed'
    ? fs.readFileSync(path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt'), 'utf8')
    : newsText(Number(which));
  if (!text) throw new Error('no text: ../shared/eval holds no corpus');

  const until = (seconds: number) => Date.now() + seconds * 1000;
  for (const end = until(warmSeconds); Date.now() < end; ) analyzeArticle(text);

  const stageRuns: Record<string, number[]> = {};
  for (const end = until(runSeconds / 2); Date.now() < end; ) {
    for (const [stage, s] of Object.entries(timeStages(text))) (stageRuns[stage] ??= []).push(s * 1000);
  }
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const end = until(runSeconds / 2); Date.now() < end; ) {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    analyzeArticle(text);
    const used = process.cpuUsage(c);
    wall.push(Number(process.hrtime.bigint() - t) / 1e6);
    cpu.push((used.user + used.system) / 1000);
  }
  const stages = Object.entries(stageRuns).map(([stage, ms]) => `${stage} ${median(ms).toFixed(3)}`).join('  ');
  console.log(`${text.length} chars; stage medians (ms): ${stages}`);
  console.log(`analyzeArticle: median wall ${median(wall).toFixed(3)} ms, median CPU ${median(cpu).toFixed(3)} ms over ${wall.length} runs`);
}

main();
