/**
 * Stage-by-stage CPU seconds of a warm process meeting documents it has never seen (issue #12): every article of the
 * bench's corpus (PolNeAR train + TempEval-3 TBAQ, read from ../shared/eval at run time) analysed once, in order,
 * after a warm-up on the seed; plus a hash of every article's annotation, so that a speed-up of the unseen-document
 * path can show it changed nothing on these 1,000 articles either (outputHash.ts covers 86 others).
 *
 *   node out/scripts/perf/corpusStages.js [--names-only] [--limit N]
 *
 * --names-only times segmentation once up front and then the name tagger alone (tagLabels through recognizeNames),
 * hashing the names: the quickest A/B of a tagger change.
 */
import '../../src/node/installNerModel';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle, newArticleDoc } from '../../src/core/analyze';
import { segment } from '../../src/core/document';
import { recognizeNames } from '../../src/core/ner';
import { ARTICLE_STAGES } from '../../src/core/pipeline/stages';
import { runStages } from '../../src/core/pipeline/runStages';
import { corpusArticles } from '../bench/corpus';

const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

function main(): void {
  const argv = process.argv.slice(2);
  const namesOnly = argv.includes('--names-only');
  const limitAt = argv.indexOf('--limit');
  let articles = corpusArticles();
  if (articles.length === 0) throw new Error('../shared/eval holds neither PolNeAR nor TempEval-3');
  if (limitAt >= 0) articles = articles.slice(0, Number(argv[limitAt + 1]));
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const seed = fs.readFileSync(path.join(__dirname, '../../../seeds/tass-macron-putin-call.txt'), 'utf8');
  for (let i = 0; i < 20; i++) analyzeArticle(seed);
  const hash = createHash('sha256');
  const cpu: Record<string, number> = {};
  let total: number;
  if (namesOnly) {
    const docs = articles.map((a) => segment(a.text));
    const start = process.cpuUsage();
    for (const doc of docs) hash.update(JSON.stringify(recognizeNames(doc)));
    total = cpuSeconds(start);
    cpu.names = total;
  } else {
    const start = process.cpuUsage();
    for (const a of articles) {
      const doc = runStages(newArticleDoc(a.text), ARTICLE_STAGES, (stage, run) => {
        const c = process.cpuUsage();
        run();
        cpu[stage.name] = (cpu[stage.name] ?? 0) + cpuSeconds(c);
      });
      hash.update(JSON.stringify([doc.names, doc.entities, doc.temporal.expressions, doc.quotes]));
    }
    total = cpuSeconds(start);
  }
  const digest = hash.digest('hex').slice(0, 16);
  const stages = Object.entries(cpu).map(([name, s]) => `${name} ${s.toFixed(2)}`).join(', ');
  console.log(`${digest}  ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${total.toFixed(2)} CPU s (${(bytes / 1e6 / total).toFixed(3)} MB per CPU-second)${namesOnly ? ' names only' : ''}`);
  console.log(`  ${stages}`);
}

main();
