/**
 * Floors on PolNeAR dev (issue 2 §3 and 5), just below the figures measured when this was written
 * (docs/quotes.md), end to end through analyzeArticle. Skips when ../shared/eval/polnear is absent.
 */
import '../../../../src/node/installNerModel';
import * as assert from 'assert';
import { analyzeArticle } from '../../../../src/core/analyze';
import { corpusDir } from '../../../../scripts/eval/paths';
import { scorePolnear } from '../../../../scripts/eval/polnear';

const FLOORS: Record<string, number> = {
  'direct-quote recall': 0.99,
  'attributed-quote precision': 0.99,
  'speaker accuracy': 0.89,
  'reported-speech recall (source right)': 0.22,
  'reported-speech precision': 0.91,
};

describe('quotes: PolNeAR dev floors', function () {
  it('stays above the measured direct-quote recall, precision, speaker accuracy and reported-speech figures', async function () {
    if (!corpusDir('polnear/dev')) {
      console.log('      skipped: ../shared/eval/polnear/dev is absent');
      this.skip();
    }
    const [section] = await scorePolnear(analyzeArticle);
    assert.ok(!('skipped' in section), 'PolNeAR dev was found');
    if ('skipped' in section) return;
    for (const m of section.metrics) {
      const floor = FLOORS[m.name];
      if (floor === undefined) continue;
      assert.ok(m.value >= floor, `${m.name} ${m.value.toFixed(3)} < floor ${floor} (${m.detail ?? ''})`);
    }
  });

  it('honours the document limit', async function () {
    if (!corpusDir('polnear/dev')) this.skip();
    const [section] = await scorePolnear(analyzeArticle, { limit: 2 });
    assert.ok(!('skipped' in section));
    if ('skipped' in section) return;
    const recall = section.metrics.find((m) => m.name === 'direct-quote recall')!;
    const total = Number(/\/(\d+)/.exec(recall.detail ?? '')![1]);
    assert.ok(total > 0 && total < 100, `two documents hold a few quotations, not the corpus (${total})`);
  });
});
