/**
 * `npm run eval:checks`: every editor's check over the tuning corpora — PolNeAR train + dev, TempEval-3 (TimeBank,
 * AQUAINT) and the seed — listing every firing, so each can be reviewed by hand (docs/checks.md keeps the reviews).
 * Each article is analysed with its own date as the reference date (PolNeAR: the date in the file name; TempEval:
 * the document creation time), as an editor's setting would give it.
 *
 *   node out/scripts/checks/review.js [--only CODE,...] [--context N] [--limit N]
 *
 * --context N prints N characters of article text on each side of a firing, for the reviewer's terminal only:
 * the corpora are licensed, so their text never goes into the repository (docs/checks.md holds offsets only).
 */
import '../../src/node/installNerModel';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../src/core/analyze';
import { CHECKS, runChecks, type CheckFinding } from '../../src/core/checks';
import { SHARED_DIR } from '../eval/paths';
import { loadPolnear } from '../eval/polnear';
import { dctDate, loadTimeMLCorpus, TBAQ_CORPORA } from '../eval/tempeval';
import { forEachOption } from '../lib/options';

interface Article {
  id: string;
  text: string;
  referenceDate?: string;
}

function articles(limit: number | undefined, notes: string[]): Article[] {
  const out: Article[] = [];
  const seed = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');
  if (fs.existsSync(seed)) out.push({ id: 'seed/tass-macron-putin-call', text: fs.readFileSync(seed, 'utf8') });
  else notes.push(`seed not found (${seed}): skipped`);
  for (const split of ['train', 'dev'] as const) {
    const docs = loadPolnear(split, limit);
    if (!docs) {
      notes.push(`../shared/eval/polnear/${split} not found: skipped`);
      continue;
    }
    for (const d of docs) out.push({ id: `polnear/${split}/${d.name}`, text: d.text, referenceDate: /_(\d{4}-\d{2}-\d{2})_/.exec(d.name)?.[1] });
  }
  for (const corpus of TBAQ_CORPORA) {
    const docs = loadTimeMLCorpus(corpus, limit);
    if (!docs) {
      notes.push(`../shared/eval/tempeval3/TBAQ-cleaned/${corpus} not found: skipped`);
      continue;
    }
    for (const d of docs) out.push({ id: `tempeval3/${corpus}/${d.id}`, text: d.text, referenceDate: dctDate(d.dct) });
  }
  return out;
}

function main(): void {
  let only: Set<string> | undefined;
  let context = 0;
  let limit: number | undefined;
  forEachOption(process.argv.slice(2), (name, value) => {
    if (name === '--only') only = new Set(value().split(','));
    else if (name === '--context') context = Number(value());
    else if (name === '--limit') limit = Number(value());
    else throw new Error(`unknown option ${name}`);
  });
  const checks = CHECKS.filter((c) => !only || only.has(c.code));
  const notes: string[] = [];
  const docs = articles(limit, notes);
  for (const note of notes) console.log(`note: ${note}`);
  const byCode = new Map<string, Array<{ id: string; finding: CheckFinding; text: string }>>();
  for (const c of checks) byCode.set(c.code, []);
  for (const doc of docs) {
    const annotation = analyzeArticle(doc.text, doc.referenceDate ? { referenceDate: doc.referenceDate } : {});
    for (const finding of runChecks(doc.text, annotation, checks)) byCode.get(finding.code)!.push({ id: doc.id, finding, text: doc.text });
  }
  console.log(`${docs.length} articles`);
  for (const [code, firings] of byCode) {
    console.log(`\n## ${code}: ${firings.length} firings`);
    for (const { id, finding, text } of firings) {
      const related = finding.related.map((r) => `${r.start}-${r.end}`).join(' ');
      console.log(`${id}\t${finding.start}-${finding.end}\t${finding.message}${related ? `\trelated ${related}` : ''}`);
      if (context > 0) {
        const before = text.slice(Math.max(0, finding.start - context), finding.start);
        const after = text.slice(finding.end, finding.end + context);
        console.log(`    …${before}[[${text.slice(finding.start, finding.end)}]]${after}…`.replace(/\n/g, ' ¶ '));
      }
    }
  }
}

main();
