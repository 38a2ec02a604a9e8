/**
 * Times Article Lens stage by stage on N bytes of the benchmark's news text (one document), optionally skipping
 * stages, for profiling one stage at a big size: `node --cpu-prof out/scripts/perf/stagesOn.js 10000000 [--skip temporal]`.
 */
import '../../src/node/installNerModel';
import { segment } from '../../src/core/document';
import { parseDateline } from '../../src/core/dateline';
import { recognizeNames } from '../../src/core/ner';
import { buildEntities } from '../../src/core/entities';
import { analyzeTemporal } from '../../src/core/temporal';
import { findQuotes } from '../../src/core/quotes';
import { newsText } from '../bench/newsText';

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

function main(): void {
  const bytes = Number(process.argv[2] ?? 1_000_000);
  const skipAt = process.argv.indexOf('--skip');
  const skip = new Set(skipAt >= 0 ? process.argv[skipAt + 1]!.split(',') : []);
  const text = newsText(bytes);
  if (!text) throw new Error('no corpus in ../shared/eval');
  const times: Record<string, number> = {};
  // CPU seconds too: on a shared machine wall time swings with the load, the process's CPU time much less.
  const cpu: Record<string, number> = {};
  const timed = <T>(stage: string, run: () => T): T => {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    const result = run();
    times[stage] = Number(seconds(t).toFixed(3));
    const used = process.cpuUsage(c);
    cpu[stage] = Number(((used.user + used.system) / 1e6).toFixed(3));
    return result;
  };
  const doc = timed('segment', () => segment(text));
  const dateline = timed('dateline', () => parseDateline(text));
  const names = timed('names', () => recognizeNames(doc));
  const entities = timed('entities', () => buildEntities(doc, names, dateline));
  if (!skip.has('temporal')) timed('temporal', () => analyzeTemporal(doc, { datelineDate: dateline?.date ?? null }));
  if (!skip.has('quotes')) timed('quotes', () => findQuotes(doc, entities));
  console.log(`${text.length} chars, ${doc.tokens.length} tokens, ${doc.sentences.length} sentences, ${entities.length} entities`, '\nwall', times, '\ncpu ', cpu);
}

main();
