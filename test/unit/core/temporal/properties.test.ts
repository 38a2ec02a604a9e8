/** Invariants of the temporal tagger on generated text: offsets are exact, spans disjoint, values TIMEX3-shaped. */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeTemporal } from '../../../../src/core/temporal';
import { segment } from '../../../../src/core/document';
import { isTimexValue } from '../../../../src/core/temporal/timexGrammar';

const FRAGMENTS = [
  'September 22, 2022', 'on Monday', 'last week', 'more than two hours', 'the 1990s', '3 p.m. EST', 'every Monday',
  'in the near future', 'back then', 'Windows 95', 'the third quarter', 'two days ago', 'nearly three years', 'May',
  'Theresa May', '22/09/2022', 'now', 'weekly', 'yesterday morning', 'Christmas', 'the weekend', '😀', '\r\n', '.', ',',
  'He said', 'the', 'a', 'year', 'in', 'fiscal 1989', 'Friday, Oct. 23', 'noon', 'late', 'early', '1 1/2', 'decade',
];
// Values are checked by the TIMEX3 grammar (timexGrammar.ts); an expression TIMEX3 cannot value has none (null).

describe('temporal: invariants on generated text', () => {
  it('keeps exact, ordered, disjoint spans and well-formed values', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }), fc.constantFrom(undefined, '2025-07-01', '1998-02-28'), (parts, ref) => {
        const text = parts.join(' ');
        const { expressions } = analyzeTemporal(segment(text), ref ? { referenceDate: ref } : {});
        let previousEnd = 0;
        for (const e of expressions) {
          assert.strictEqual(text.slice(e.start, e.end), e.text);
          assert.ok(e.start >= previousEnd && e.end > e.start, `overlap or empty at ${e.start}`);
          previousEnd = e.end;
          assert.ok(e.value === null || isTimexValue(e.value), `value ${e.value} of "${e.text}"`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
