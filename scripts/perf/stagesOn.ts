/**
 * Times Article Lens stage by stage on N bytes of the benchmark's news text (one document) — the stage list
 * `analyzeArticle` runs — optionally skipping stages, for profiling one stage at a big size: `node --cpu-prof out/scripts/perf/stagesOn.js 10000000 [--skip temporal]`.
 */
import '../../src/node/installNerModel';
import { newArticleDoc } from '../../src/core/analyze';
import { ARTICLE_STAGES } from '../../src/core/pipeline/stages';
import { runStages } from '../../src/core/pipeline/runStages';
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
  // The stage list analyzeArticle runs, less the skipped stages (skipping one that later stages read leaves them
  // reading its empty part, as when it fails).
  const stages = ARTICLE_STAGES.filter((stage) => !skip.has(stage.name));
  const doc = runStages(newArticleDoc(text), stages, (stage, run) => {
    const t = process.hrtime.bigint();
    const c = process.cpuUsage();
    run();
    times[stage.name] = Number(seconds(t).toFixed(3));
    const used = process.cpuUsage(c);
    cpu[stage.name] = Number(((used.user + used.system) / 1e6).toFixed(3));
  });
  const entities = doc.entities;
  if (doc.warnings.length > 0) console.log(doc.warnings.join('\n'));
  console.log(`${text.length} chars, ${doc.tokens.length} tokens, ${doc.sentences.length} sentences, ${entities.length} entities`, '\nwall', times, '\ncpu ', cpu);
}

main();
