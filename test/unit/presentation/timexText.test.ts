import * as assert from 'node:assert/strict';
import { readableTimexValue } from '../../../src/presentation/timexText';

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

  it('words every duration unit the core writes: decades, centuries, millennia (E, C, L) and quarters', () => {
    assert.equal(readableTimexValue('P2E'), '2 decades');
    assert.equal(readableTimexValue('P1E'), '1 decade');
    assert.equal(readableTimexValue('P9C'), '9 centuries');
    assert.equal(readableTimexValue('P1C'), '1 century');
    assert.equal(readableTimexValue('P2L'), '2 millennia');
    assert.equal(readableTimexValue('P3Q'), '3 quarters');
    assert.equal(readableTimexValue('PXE'), 'decades');
    assert.equal(readableTimexValue('PXC'), 'centuries');
    assert.equal(readableTimexValue('PXQ'), 'quarters');
    assert.equal(readableTimexValue('P9CE'), '9 centuries');
    assert.equal(readableTimexValue('P1.5D'), '1.5 days');
    assert.equal(readableTimexValue('PT1H30M'), '1 hour 30 minutes');
    assert.equal(readableTimexValue('PT45S'), '45 seconds');
    assert.equal(readableTimexValue('PT5M'), '5 minutes');
    assert.equal(readableTimexValue('P5M'), '5 months');
    assert.equal(readableTimexValue('P2Z'), undefined);
    assert.equal(readableTimexValue('PT'), undefined);
    assert.equal(readableTimexValue('P2ET'), undefined);
  });

  it('words parts of a year, decades and centuries', () => {
    assert.equal(readableTimexValue('2025-Q3'), 'Q3 2025');
    assert.equal(readableTimexValue('2025-H1'), 'H1 2025');
    assert.equal(readableTimexValue('2025-SU'), 'summer 2025');
    assert.equal(readableTimexValue('2025-W07'), 'week 7 of 2025');
    assert.equal(readableTimexValue('2025-W27-WE'), 'the weekend of week 27 of 2025');
    assert.equal(readableTimexValue('199'), 'the 1990s');
    assert.equal(readableTimexValue('19'), 'the 20th century');
    assert.equal(readableTimexValue('20'), 'the 21st century');
    assert.equal(readableTimexValue('10'), 'the 11th century');
  });

  it('words the document-relative references and leaves everything else alone', () => {
    assert.equal(readableTimexValue('FUTURE_REF'), 'the future');
    assert.equal(readableTimexValue('PAST_REF'), 'the past');
    assert.equal(readableTimexValue('2022-09-22'), undefined);
    assert.equal(readableTimexValue('P'), undefined);
    assert.equal(readableTimexValue('XXXX-WXX-1'), undefined);
  });
});
