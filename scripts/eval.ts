/**
 * `npm run eval`: every corpus scorer run with Article Lens and with compromise, printed as ONE table.
 *
 *   node out/scripts/eval.js [--limit N] [--only seed,conll,gmb,tempeval,polnear,polnear-names] [--json FILE]
 *
 * Corpus scorers live in scripts/eval/<corpus>.ts, each exporting a CorpusScorer; they are loaded lazily so a scorer
 * that is missing or broken leaves a note instead of stopping the run.
 */
import '../src/node/installNerModel';
import * as fs from 'fs';
import * as path from 'path';
import type { Annotator } from '../src/core/types';
import type { CorpusScorer, SectionResult } from './eval/report';
import { comparisonTable, type AnnotatorResults } from './eval/table';
import { forEachOption } from './lib/options';

interface ScorerSpec {
  /** The --only key. */
  key: string;
  /** Module under scripts/eval, relative to this script's compiled folder. */
  module: string;
  /** Export names to try; otherwise an export named score<Key> or <key>Scorer, in any case. */
  exports: string[];
}

const SCORERS: ScorerSpec[] = [
  { key: 'seed', module: './eval/seedGold', exports: ['scoreSeedGold'] },
  { key: 'conll', module: './eval/conll', exports: ['scoreConll', 'conllScorer'] },
  { key: 'gmb', module: './eval/gmb', exports: ['scoreGmb', 'gmbScorer'] },
  { key: 'tempeval', module: './eval/tempeval', exports: ['scoreTempEval', 'scoreTempeval', 'tempevalScorer'] },
  { key: 'polnear', module: './eval/polnear', exports: ['scorePolnear', 'scorePolNeAR', 'polnearScorer'] },
  { key: 'polnear-names', module: './eval/polnearNames', exports: ['scorePolnearNames'] },
];

/** The scorer a module exports, or why there is none. */
export function loadScorer(spec: ScorerSpec): CorpusScorer | string {
  let mod: Record<string, unknown>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(spec.module) as Record<string, unknown>;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'MODULE_NOT_FOUND' && String(err.message).includes(path.basename(spec.module)))
      return 'scorer not available yet';
    return `scorer failed to load: ${String(err.message).split('\n')[0]}`;
  }
  for (const name of spec.exports) if (typeof mod[name] === 'function') return mod[name] as CorpusScorer;
  const key = spec.key.toLowerCase();
  const guess = Object.entries(mod).find(
    ([name, v]) => typeof v === 'function' && [`score${key}`, `${key}scorer`].includes(name.toLowerCase()),
  );
  if (guess) return guess[1] as CorpusScorer;
  return `scorer not available yet (${spec.module} exports none of ${spec.exports.join(', ')})`;
}

interface Args {
  limit?: number;
  only?: Set<string>;
  json?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {};
  forEachOption(argv, (name, value) => {
    if (name === '--limit') args.limit = Number(value());
    else if (name === '--only') args.only = new Set(value().split(',').map((s) => s.trim().toLowerCase()));
    else if (name === '--json') args.json = value();
    else if (name === '--help' || name === '-h') {
      console.log('usage: npm run eval -- [--limit N] [--only seed,conll,gmb,tempeval,polnear,polnear-names] [--json FILE]');
      process.exit(0);
    } else throw new Error(`unknown option ${name}`);
  });
  if (args.limit !== undefined && !(args.limit > 0)) throw new Error('--limit needs a positive number');
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const unknown = [...(args.only ?? [])].filter((k) => !SCORERS.some((s) => s.key === k));
  if (unknown.length) throw new Error(`unknown corpus ${unknown.join(', ')}; choose from ${SCORERS.map((s) => s.key).join(', ')}`);
  // Loaded here, not at the top, so a broken pipeline stage is reported rather than crashing the runner.
  const annotators: { name: string; load: () => Annotator }[] = [
    { name: 'Article Lens', load: () => (require('../src/core') as typeof import('../src/core')).analyzeArticle },
    { name: 'compromise', load: () => (require('./eval/peers/compromise') as typeof import('./eval/peers/compromise')).annotateWithCompromise },
  ];
  const results: AnnotatorResults[] = annotators.map((a) => ({ annotator: a.name, sections: [] }));
  const notes: string[] = [];
  const timings: { scorer: string; annotator: string; seconds: number }[] = [];
  const loaded = annotators.map((a) => {
    try {
      return a.load();
    } catch (e) {
      notes.push(`${a.name} failed to load: ${(e as Error).message.split('\n')[0]}`);
      return null;
    }
  });

  for (const spec of SCORERS) {
    if (args.only && !args.only.has(spec.key)) continue;
    const scorer = loadScorer(spec);
    if (typeof scorer === 'string') {
      notes.push(`${spec.key}: ${scorer}`);
      continue;
    }
    for (let i = 0; i < annotators.length; i++) {
      const annotator = loaded[i];
      if (!annotator) continue;
      const t0 = process.hrtime.bigint();
      let sections: SectionResult[];
      // A stage that fails leaves its part empty and says so in `warnings`: count them, so a low figure is explained.
      const warned = new Map<string, number>();
      const watched: Annotator = (text, options) => {
        const annotation = annotator(text, options);
        for (const w of (annotation as { warnings?: string[] }).warnings ?? []) {
          const key = w.split(':')[0]!;
          warned.set(key, (warned.get(key) ?? 0) + 1);
        }
        return annotation;
      };
      try {
        sections = await scorer(watched, { limit: args.limit });
      } catch (e) {
        notes.push(`${spec.key} with ${annotators[i]!.name} failed: ${(e as Error).stack?.split('\n').slice(0, 3).join(' ') ?? e}`);
        continue;
      }
      for (const [w, n] of warned) notes.push(`${spec.key} with ${annotators[i]!.name}: "${w}" on ${n} document(s)`);
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      timings.push({ scorer: spec.key, annotator: annotators[i]!.name, seconds });
      results[i]!.sections.push(...sections);
      process.stderr.write(`${spec.key} with ${annotators[i]!.name}: ${seconds.toFixed(1)} s\n`);
    }
  }

  const { table, notes: skipped } = comparisonTable(results);
  const date = new Date().toISOString();
  console.log(`Article Lens evaluation, ${date}${args.limit ? ` (first ${args.limit} documents per corpus)` : ''}; figures in %\n`);
  console.log(table);
  const allNotes = [...skipped, ...notes];
  if (allNotes.length) console.log('\nNotes:\n' + allNotes.map((n) => `- ${n}`).join('\n'));
  console.log('\nTimings: ' + timings.map((t) => `${t.scorer}/${t.annotator} ${t.seconds.toFixed(1)} s`).join(', '));
  if (args.json) {
    fs.writeFileSync(args.json, JSON.stringify({ date, argv: process.argv.slice(2), results, notes: allNotes, timings }, null, 2) + '\n');
    console.log(`\nwrote ${args.json}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
