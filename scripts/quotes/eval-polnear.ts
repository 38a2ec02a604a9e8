/**
 * Prints the PolNeAR dev quotation figures for Article Lens (docs/quotes.md).
 * Run: npx tsc -p . && node out/scripts/quotes/eval-polnear.js [--limit N] [--gold-entities] [--dump]
 */
import { analyzeArticle } from '../../src/core/analyze';
import { scorePolnear } from '../../src/eval/polnear';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const limitAt = args.indexOf('--limit');
  const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : undefined;
  const started = Date.now();
  const sections = await scorePolnear(analyzeArticle, { limit });
  for (const section of sections) {
    console.log(section.corpus);
    if ('skipped' in section) console.log(`  skipped: ${section.skipped}`);
    else for (const m of section.metrics) console.log(`  ${m.name.padEnd(40)} ${m.value.toFixed(3)}  ${m.detail ?? ''}`);
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

void main();
