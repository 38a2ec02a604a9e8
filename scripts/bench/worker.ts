/**
 * One benchmark measurement in a fresh process, so the peak RSS is this tool's alone:
 *   node --expose-gc out/scripts/bench/worker.js TOOL SEED_FILE [TEXT_FILE]
 * Loads the tool, times the first (cold) call on the seed and the steady-state seed time (the median after two
 * seconds of warm-up, so that the JIT has settled for every tool alike), then times TEXT_FILE analysed as a single
 * document: the first run, and while runs are short the median of up to five (an editor re-analyses the same
 * document after every pause in typing, so the steady state is what users feel). Prints one JSON line on stdout.
 */
import '../../src/node/installNerModel';
import * as fs from 'fs';
import type { Annotation, Annotator } from '../../src/core/types';

export type Tool = 'article-lens' | 'compromise' | 'wink';
/** 'article-lens-stages' times Article Lens stage by stage (scripts/bench/stages.ts) instead of as a whole. */
export type WorkerTool = Tool | 'article-lens-stages';

export interface WorkerResult {
  tool: WorkerTool;
  /** Seconds per stage on TEXT_FILE ('article-lens-stages' only). */
  stages?: Record<string, number>;
  /** Seconds to require the tool's modules (no model use yet). */
  requireSeconds: number;
  /** Seconds of the first call on the seed: model loading and JIT included. */
  firstCallSeconds: number;
  /** Median seconds per seed analysis once warm. */
  steadySeedSeconds: number;
  /** Median seconds for TEXT_FILE over its runs (absent when only the seed was measured). */
  textSeconds?: number;
  /** Seconds of the first run on TEXT_FILE, and how many runs textSeconds is the median of. */
  textFirstSeconds?: number;
  textRuns?: number;
  textBytes?: number;
  /** Found items in the measured text, a sanity check that the tool did its work. */
  found?: { entities: number; mentions: number; temporal: number; quotes: number };
  /** process.resourceUsage().maxRSS, bytes: peak resident memory of the whole process. */
  maxRssBytes: number;
  /** heapUsed right after the timed run, the result still alive and before any forced GC. */
  heapUsedAfterBytes: number;
}

function load(tool: WorkerTool): Annotator {
  switch (tool) {
    case 'article-lens-stages':
    case 'article-lens':
      return (require('../../src/core') as typeof import('../../src/core')).analyzeArticle;
    case 'compromise':
      return (require('../eval/peers/compromise') as typeof import('../eval/peers/compromise')).annotateWithCompromise;
    case 'wink':
      return (require('../eval/peers/wink') as typeof import('../eval/peers/wink')).annotateWithWink;
  }
}

/** Warm-up on the seed before any timing that counts. */
const WARM_UP_NS = 2_000_000_000n;
/** A text is re-analysed up to TEXT_RUNS times while the runs so far took less than the budget. */
const TEXT_RUNS = 5;
const TEXT_RUNS_BUDGET_SECONDS = 8;
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function main(): void {
  const [tool, seedFile, textFile] = process.argv.slice(2) as [WorkerTool, string, string | undefined];
  const seed = fs.readFileSync(seedFile, 'utf8');
  let t = process.hrtime.bigint();
  const annotate = load(tool);
  const requireSeconds = seconds(t);

  t = process.hrtime.bigint();
  annotate(seed);
  const firstCallSeconds = seconds(t);
  const warmUntil = process.hrtime.bigint() + WARM_UP_NS;
  while (process.hrtime.bigint() < warmUntil) annotate(seed);
  // Steady state: the median of repeated seed runs (at least 5, about one second in all).
  const runs: number[] = [];
  const until = process.hrtime.bigint() + 1_000_000_000n;
  while (runs.length < 5 || (process.hrtime.bigint() < until && runs.length < 1000)) {
    t = process.hrtime.bigint();
    annotate(seed);
    runs.push(seconds(t));
  }
  runs.sort((a, b) => a - b);
  const steadySeedSeconds = runs[Math.floor(runs.length / 2)]!;

  const result: WorkerResult = { tool, requireSeconds, firstCallSeconds, steadySeedSeconds, maxRssBytes: 0, heapUsedAfterBytes: 0 };
  let annotation: Annotation | null = null;
  if (textFile) {
    const text = fs.readFileSync(textFile, 'utf8');
    gc();
    if (tool === 'article-lens-stages') {
      const { timeStages } = require('./stages') as typeof import('./stages');
      result.stages = timeStages(text);
      result.textSeconds = Object.values(result.stages).reduce((a, b) => a + b, 0);
      result.textBytes = Buffer.byteLength(text);
      result.heapUsedAfterBytes = process.memoryUsage().heapUsed;
      result.maxRssBytes = process.resourceUsage().maxRSS * 1024;
      process.stdout.write(JSON.stringify(result) + '\n');
      return;
    }
    const textRuns: number[] = [];
    const started = process.hrtime.bigint();
    do {
      annotation = null;
      t = process.hrtime.bigint();
      annotation = annotate(text);
      textRuns.push(seconds(t));
    } while (textRuns.length < TEXT_RUNS && seconds(started) < TEXT_RUNS_BUDGET_SECONDS);
    result.textFirstSeconds = textRuns[0]!;
    result.textRuns = textRuns.length;
    result.textSeconds = [...textRuns].sort((a, b) => a - b)[Math.floor(textRuns.length / 2)]!;
    result.textBytes = Buffer.byteLength(text);
    result.found = {
      entities: annotation.entities.length,
      mentions: annotation.entities.reduce((n, e) => n + e.mentions.length, 0),
      temporal: annotation.temporal.length,
      quotes: annotation.quotes.length,
    };
  }
  result.heapUsedAfterBytes = process.memoryUsage().heapUsed;
  result.maxRssBytes = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify(result) + '\n');
}

main();
