/**
 * A fingerprint of the full analysis, to prove a speed-up changed no result: `analyzeArticle` over the 84 PolNeAR
 * dev texts, the seed, and one big concatenated news document (PolNeAR, then CoNLL, as `npm run bench` builds it),
 * each hashed as JSON, plus one hash over all. Run before and after an optimisation; the hashes must be equal.
 *
 *   node out/scripts/perf/outputHash.js [--big BYTES] [--verbose]
 */
import '../../src/node/installNerModel';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../src/core/analyze';
import { corpusDir, SHARED_DIR } from '../eval/paths';
import { newsText } from '../bench/newsText';

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

function main(): void {
  const argv = process.argv.slice(2);
  const bigIndex = argv.indexOf('--big');
  const big = bigIndex >= 0 ? Number(argv[bigIndex + 1]) : 1_000_000;
  const verbose = argv.includes('--verbose');
  const docs: [string, string][] = [];
  const seed = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');
  if (fs.existsSync(seed)) docs.push(['seed', fs.readFileSync(seed, 'utf8')]);
  const polnear = corpusDir('polnear');
  if (polnear) {
    const dir = path.join(polnear, 'dev', 'text');
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.txt')) docs.push([`polnear/${f}`, fs.readFileSync(path.join(dir, f), 'utf8')]);
  }
  const news = big > 0 ? newsText(big) : null;
  if (news) docs.push([`news-${big}`, news]);
  const all = createHash('sha256');
  for (const [name, text] of docs) {
    const t0 = process.hrtime.bigint();
    const annotation = analyzeArticle(text, { referenceDate: '2020-01-01' });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const h = hash(annotation);
    all.update(h);
    if (verbose || name.startsWith('news') || name === 'seed') console.log(`${h}  ${name}  (${seconds.toFixed(2)} s, ${annotation.quotes.length} quotes)`);
  }
  console.log(`${all.digest('hex').slice(0, 16)}  ALL (${docs.length} documents)`);
}

main();
