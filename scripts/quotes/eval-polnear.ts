/**
 * Prints the PolNeAR dev quotation figures for Article Lens (docs/quotes.md).
 * Run: npx tsc -p . && node out/scripts/quotes/eval-polnear.js [--limit N] [--no-entities]
 */
import '../../src/node/installNerModel';
import { analyzeArticle } from '../../src/core/analyze';
import { scorePolnear } from '../eval/polnear';
import { segment } from '../../src/core/document';
import { findQuotes } from '../../src/core/quotes';
import type { Annotator } from '../../src/core/types';

/** The quotation stage alone, with no entities: speakers are then only the phrases it reads itself. */
const quotesOnly: Annotator = (text) => ({ referenceDate: null, dateline: null, entities: [], temporal: [], quotes: findQuotes(segment(text), []) });

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : undefined;
  const started = Date.now();
  const annotator = args.includes('--no-entities') ? quotesOnly : analyzeArticle;
  const sections = await scorePolnear(annotator, { limit });
  for (const section of sections) {
    console.log(section.corpus);
    if ('skipped' in section) console.log(`  skipped: ${section.skipped}`);
    else for (const m of section.metrics) console.log(`  ${m.name.padEnd(40)} ${m.value.toFixed(3)}  ${m.detail ?? ''}`);
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

void main();
