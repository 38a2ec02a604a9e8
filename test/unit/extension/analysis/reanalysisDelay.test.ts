import * as assert from 'node:assert/strict';
import { MAX_REANALYSIS_DELAY_MS, reanalysisDelay } from '../../../../src/extension/analysis/reanalysisDelay';

describe('extension: the delay before re-analysing after an edit', () => {
  it('is the setting for an article analysed faster than it, and before any analysis', () => {
    assert.equal(reanalysisDelay(300, 40), 300);
    assert.equal(reanalysisDelay(300, undefined), 300);
    assert.equal(reanalysisDelay(0, 0), 0);
  });

  it('waits as long as a long article\'s last analysis took, up to the cap', () => {
    assert.equal(reanalysisDelay(300, 900), 900);
    assert.equal(reanalysisDelay(300, 4200), MAX_REANALYSIS_DELAY_MS);
  });

  it('never waits less than the setting asks', () => {
    assert.equal(reanalysisDelay(4000, 9000), 4000);
    assert.equal(reanalysisDelay(300, Number.NaN), 300);
  });
});
