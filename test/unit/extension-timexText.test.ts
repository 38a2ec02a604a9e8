import * as assert from 'node:assert/strict';
import { readableTimexValue } from '../../src/extension/model/timexText';

describe('extension readable TimeML values', () => {
  it('words durations, with unknown amounts as a plain plural', () => {
    assert.equal(readableTimexValue('PT2H'), '2 hours');
    assert.equal(readableTimexValue('P3Y'), '3 years');
    assert.equal(readableTimexValue('P1Y6M'), '1 year 6 months');
    assert.equal(readableTimexValue('P1DT12H'), '1 day 12 hours');
    assert.equal(readableTimexValue('PXY'), 'years');
    assert.equal(readableTimexValue('P2DE'), '2 decades');
    assert.equal(readableTimexValue('P1.5H'), undefined); // a time unit without T is not a valid duration
  });

  it('words the document-relative references and leaves everything else alone', () => {
    assert.equal(readableTimexValue('FUTURE_REF'), 'the future');
    assert.equal(readableTimexValue('PAST_REF'), 'the past');
    assert.equal(readableTimexValue('2022-09-22'), undefined);
    assert.equal(readableTimexValue('P'), undefined);
    assert.equal(readableTimexValue('XXXX-WXX-1'), undefined);
  });
});
