/** The seed article's six temporal expressions, exactly as in the hand-made gold, by general rules. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeTemporal } from '../../../../src/core/temporal';
import { segment } from '../../../../src/core/document';
import { SHARED_DIR } from '../../../../scripts/eval/paths';

describe('temporal: seed article', function () {
  const seed = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');
  const goldFile = path.join(SHARED_DIR, 'gold', 'tass-macron-putin-call.json');

  it('finds the six gold expressions with their values, and nothing else', function () {
    if (!fs.existsSync(seed) || !fs.existsSync(goldFile)) {
      console.log(`      skipped: ${seed} or its gold is absent`);
      this.skip();
    }
    const text = fs.readFileSync(seed, 'utf8');
    const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8'));
    const dateline = text.indexOf(gold.dateline.date);
    for (const datelineDate of [{ start: dateline, end: dateline + gold.dateline.date.length }, null]) {
      const result = analyzeTemporal(segment(text), { datelineDate });
      assert.strictEqual(result.referenceDate, '2025-07-01');
      const got = result.expressions.map((e) => [e.start, e.end, e.text, e.type, e.value]);
      const want = gold.temporal.map((e: { start: number; end: number; text: string; type: string; value: string }) =>
        [e.start, e.end, e.text, e.type, e.value]);
      assert.deepStrictEqual(got, want);
    }
  });
});
