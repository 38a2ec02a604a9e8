/** The reference date: given, or the dateline's date with its year inferred from the article. */
import * as assert from 'assert';
import { analyzeTemporal } from '../../../../src/core/temporal';
import { segment } from '../../../../src/core/document';

function reference(text: string, datelineText?: string, given?: string) {
  const start = datelineText ? text.indexOf(datelineText) : -1;
  const datelineDate = start >= 0 ? { start, end: start + datelineText!.length } : null;
  return analyzeTemporal(segment(text), { referenceDate: given, datelineDate });
}

describe('temporal: reference date', () => {
  it('prefers the date the caller gives', () => {
    const r = reference('LONDON, July 1. Talks ended in 2019.', 'July 1', '2030-02-03');
    assert.strictEqual(r.referenceDate, '2030-02-03');
  });

  it('uses an elapsed-time statement from the latest dated event', () => {
    const text = 'ROME, March 3. The leaders met for the first time in nearly five years. They last met on June 12, 2015.';
    const r = reference(text, 'March 3');
    assert.strictEqual(r.referenceDate, '2020-03-03');
    assert.strictEqual(r.expressions[0].value, '2020-03-03');
  });

  it('uses "N years after" statements too', () => {
    const text = 'OSLO, May 20. Two years after the accord of Aug. 2, 2021, the sides meet again.';
    assert.strictEqual(reference(text, 'May 20').referenceDate, '2023-05-20');
  });

  it('puts the dateline after the latest dated past event', () => {
    const text = 'TOKYO, Feb. 10. The law passed on Nov. 4, 2023, and was amended in 2021.';
    assert.strictEqual(reference(text, 'Feb. 10').referenceDate, '2024-02-10');
    const same = 'TOKYO, Dec. 10. The law passed on Nov. 4, 2023.';
    assert.strictEqual(reference(same, 'Dec. 10').referenceDate, '2023-12-10');
  });

  it('ignores years of planned events', () => {
    const text = 'BERLIN, April 2. The plant opened on March 1, 2024. It will close in 2040.';
    assert.strictEqual(reference(text, 'April 2').referenceDate, '2024-04-02');
  });

  it('finds the dateline itself when the caller passes none', () => {
    const text = 'PARIS, Jan. 5 (AP) - The strike that began on Dec. 12, 2019 goes on.';
    assert.strictEqual(reference(text).referenceDate, '2020-01-05');
  });

  it('is null without a dated event, and values keep X', () => {
    const r = reference('PARIS, July 1. Talks resumed yesterday.', 'July 1');
    assert.strictEqual(r.referenceDate, null);
    assert.deepStrictEqual(r.expressions.map((e) => e.value), ['XXXX-07-01', 'XXXX-XX-XX']);
  });
});
