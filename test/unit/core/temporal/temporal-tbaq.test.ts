/**
 * Floors on the TempEval-3 TBAQ corpora (TimeBank, AQUAINT), just below the figures measured when this was
 * written (docs/temporal.md), so that a regression in any parser shows. Skips when ../shared/eval is absent.
 */
import * as assert from 'assert';
import { analyzeTemporal } from '../../../../src/core/temporal';
import { segment } from '../../../../src/core/document';
import { corpusDir } from '../../../../scripts/eval/paths';
import { metricsOf, scoreTimeML } from '../../../../scripts/eval/tempeval';

const FLOORS: Record<string, Record<string, number>> = {
  'TempEval-3 TimeBank': { 'strict span F1': 0.893, 'relaxed span F1': 0.937, 'value F1': 0.821, 'type F1': 0.905 },
  'TempEval-3 AQUAINT': { 'strict span F1': 0.865, 'relaxed span F1': 0.943, 'value F1': 0.777, 'type F1': 0.9 },
};

describe('temporal: TempEval-3 TBAQ floors', function () {
  it('stays above the measured strict/relaxed span, value and type F1', function () {
    if (!corpusDir('tempeval3/TBAQ-cleaned')) {
      console.log('      skipped: ../shared/eval/tempeval3/TBAQ-cleaned is absent');
      this.skip();
    }
    const results = scoreTimeML((text, referenceDate) => analyzeTemporal(segment(text), { referenceDate }).expressions);
    for (const r of results) {
      if ('skipped' in r || !FLOORS[r.corpus]) continue;
      for (const m of metricsOf(r.counts)) {
        const floor = FLOORS[r.corpus][m.name];
        assert.ok(m.value >= floor, `${r.corpus} ${m.name} ${m.value.toFixed(3)} < floor ${floor}`);
      }
    }
  });
});
