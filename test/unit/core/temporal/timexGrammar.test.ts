/**
 * The TIMEX3 value grammar, and the values the analysis writes at the edges of what TIMEX3 can write: huge
 * counts, years before 0000 and after 9999. An expression TIMEX3 cannot value is kept with value null.
 */
import * as assert from 'assert';
import { analyzeArticle } from '../../../../src/core/analyze';
import { guardAnnotation } from '../../../../src/core/annotationGuard';
import { isTimexValue } from '../../../../src/core/temporal/timexGrammar';

const VALID = [
  '2025', '2025-07', '2025-07-01', '0000-02-29', '2024-02-29', '2025-W27', '2025-W27-2', '2025-W27-WE', 'XXXX-WXX-1',
  'XXXX-WXX-WE', '2025-Q3', 'XXXX-QX', '1988-QX', '2025-H1', '2025-SU', 'XXXX-09-22', 'XXXX-XX-XX', 'XXXX', '199', 'XXX',
  '19', 'XX', '2', 'BC0300', 'BC9976', 'BC03', 'BC997', '2025-07-01T15:30', '2025-07-01T15', '2025-07-01T15:30:05',
  '2025-07-01TMO', 'XXXX-XX-XXTNI', 'XXXX-WXX-5TEV', '2025-07-01T24:00', '2025-07-01T09:00Z', 'P3Y', 'PT2H', 'PT5H30M',
  'P2Y6M', 'P1DT12H', 'P2W3DT12H', 'PT2.5S', 'P0.25Y', 'PXY', 'PXD', 'P2E', 'P9C', 'P2L', 'PXQ', 'P1Q',
  'P9999999999999999999999Y', 'PAST_REF', 'PRESENT_REF', 'FUTURE_REF',
];
const INVALID = [
  '', 'P', 'PT', 'P1e+22Y', 'PT1e-7S', '-9975', '12025', '10000-01-01', '-0001-07-01', '2025-13', '2025-00-10',
  '2025-02-29', '2025-04-31', '2025-W54', '2025-W00', '2025-Q5', '2025-H3', '2025-XX-32', '2025-07-01T25:00',
  '2025-07-01T24:30', '2025-07-01T12:60', '2025T12:00', '2025-07TMO', 'nullTMO', 'undefined', 'BC', 'BC12345',
  'BC-10', '2000-W2', 'PXX', 'P2X', 'NOW_REF', '2025-07-01 ', ' 2025', '2025-SUMMER', '20251', 'P1Y2', 'PT1H2X',
];

describe('TIMEX3 value grammar', () => {
  it('accepts the values TimeML writes', () => {
    for (const v of VALID) assert.ok(isTimexValue(v), v);
  });
  it('rejects exponents, years outside 0000–9999, impossible dates and clock times, and malformed values', () => {
    for (const v of INVALID) assert.ok(!isTimexValue(v), JSON.stringify(v));
  });
});

function valueOf(text: string, expression: string, referenceDate?: string): string | null | undefined {
  const a = analyzeArticle(text, referenceDate ? { referenceDate } : {});
  return a.temporal.find((t) => t.text === expression)?.value;
}

describe('temporal values at the edges of TIMEX3', () => {
  it('keeps a huge count as written, without exponent or rounding', () => {
    assert.strictEqual(valueOf('It lasted 9999999999999999999999 years.', '9999999999999999999999 years'), 'P9999999999999999999999Y');
    assert.strictEqual(valueOf('It took 9007199254740993 hours.', '9007199254740993 hours'), 'PT9007199254740993H');
    assert.strictEqual(valueOf('It took 12,000 years.', '12,000 years'), 'P12000Y');
    assert.strictEqual(valueOf('It took 5 1/2 hours.', '5 1/2 hours'), 'PT5H30M');
    assert.strictEqual(valueOf('It took 2 1/2 seconds.', '2 1/2 seconds'), 'PT2.5S');
    assert.strictEqual(valueOf('It took 9007199254740993 weekends.', '9007199254740993 weekends'), 'P18014398509481986D');
  });

  it('writes a year before 0000 in the BC form and leaves a year after 9999 without value', () => {
    assert.strictEqual(valueOf('It began 12,000 years ago.', '12,000 years ago', '2025-07-01'), 'BC9976');
    assert.strictEqual(valueOf('It began 30 centuries ago.', '30 centuries ago', '2025-07-01'), 'BC0976');
    assert.strictEqual(valueOf('It ends 10,000 years from now.', '10,000 years from now', '2025-07-01'), null);
    assert.strictEqual(valueOf('It happened last year.', 'last year', '0000-03-01'), 'BC0002');
  });

  it('gives no value to a day, month, week or time whose year TIMEX3 cannot write', () => {
    assert.strictEqual(valueOf('NEW YORK, Dec. 31, 9999 (AP) — It will happen tomorrow.', 'tomorrow'), null);
    assert.strictEqual(valueOf('It will happen tomorrow.', 'tomorrow', '9999-12-31'), null);
    assert.strictEqual(valueOf('It happened on July 1.', 'July 1', '0000-01-01'), null);
    for (const expression of ['next week', 'next month', 'tomorrow morning', 'next weekend', 'next spring']) {
      assert.strictEqual(valueOf(`It happens ${expression}.`, expression, '9999-12-31'), null, expression);
    }
    assert.strictEqual(valueOf('It happened yesterday.', 'yesterday', '0000-01-01'), null);
    assert.strictEqual(valueOf('It happened yesterday.', 'yesterday', '0000-01-02'), '0000-01-01');
  });

  it('every value over these edge texts is TIMEX3 or null', () => {
    const text =
      'It happened last year, last week, in the third quarter, last summer, yesterday morning, at 3 p.m., over the ' +
      "weekend, on Friday, in the '90s, the year-ago quarter, 9999999999999999999999 days ago, 99999 weeks later. " +
      'It happens next year, next week, in the first half, next spring, tomorrow morning, next weekend, next decade, ' +
      'next century, next Christmas, 10,000 centuries from now, 1e22 hours from now.';
    for (const referenceDate of ['0000-01-01', '0000-12-31', '9999-01-01', '9999-12-31', '2025-07-01']) {
      const a = analyzeArticle(text, { referenceDate });
      assert.ok(a.temporal.length > 20);
      for (const t of a.temporal) assert.ok(t.value === null || isTimexValue(t.value), `${referenceDate}: "${t.text}" → ${t.value}`);
    }
  });

  it('the annotation guard drops a value outside the grammar and keeps the expression', () => {
    const text = 'In 2025.';
    const guarded = guardAnnotation(text, {
      referenceDate: null, dateline: null, entities: [], quotes: [],
      temporal: [{ start: 3, end: 7, text: '2025', type: 'DATE', value: '12025' }],
    });
    assert.deepStrictEqual(guarded.temporal, [{ start: 3, end: 7, text: '2025', type: 'DATE', value: null }]);
  });
});
