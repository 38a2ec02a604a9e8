/**
 * One adversarial family in a fresh process: `node out/scripts/bench/adversarialWorker.js FAMILY SEED_FILE SIZE…`.
 * Warms the analysis on the seed (model loaded, JIT settled), then for each size builds the family's text and
 * times its analysis in CPU seconds, one run per size, the first on that text (a text of the family a fifth of the
 * smallest size is analysed untimed first). Prints one JSON line per size.
 */
import * as fs from 'fs';
import { analyzeArticle } from '../../src/core/analyze';
import { FAMILIES } from './adversarialFamilies';

export interface AdversarialResult {
  family: string;
  size: number;
  seconds: number;
  /** CPU seconds of a second run on the same text (smallest size only): the steady state an editor re-analysis sees. */
  againSeconds?: number;
  found: { entities: number; temporal: number; quotes: number };
}

function main(): void {
  const [familyName, seedFile, ...sizes] = process.argv.slice(2);
  const family = FAMILIES.find((f) => f.name === familyName);
  if (!family || !seedFile) throw new Error(`usage: adversarialWorker FAMILY SEED_FILE SIZE…`);
  const seed = fs.readFileSync(seedFile, 'utf8');
  const warmUntil = Date.now() + 1000;
  while (Date.now() < warmUntil) analyzeArticle(seed);
  const counts = sizes.map(Number);
  // The family's own paths warmed on a smaller text of it: timing a text the analysis has just seen would let
  // its caches (the name tagger keeps sums per distinct word) favour the size timed that way.
  analyzeArticle(family.make(Math.min(...counts) / 5));
  for (const size of counts) {
    const text = family.make(size);
    // CPU seconds of this process (user + system) rather than wall time: the machine may be shared, and another
    // program's load must not count as ours. One run, the first on this text.
    const before = process.cpuUsage();
    const a = analyzeArticle(text);
    const used = process.cpuUsage(before);
    const seconds = (used.user + used.system) / 1e6;
    let againSeconds: number | undefined;
    if (size === Math.min(...counts)) {
      const again = process.cpuUsage();
      analyzeArticle(text);
      const usedAgain = process.cpuUsage(again);
      againSeconds = (usedAgain.user + usedAgain.system) / 1e6;
    }
    const result: AdversarialResult = {
      family: family.name, size: text.length, seconds, againSeconds,
      found: { entities: a.entities.length, temporal: a.temporal.length, quotes: a.quotes.length },
    };
    console.log(JSON.stringify(result));
  }
}

main();
