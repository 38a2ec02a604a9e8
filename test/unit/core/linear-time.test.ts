/**
 * Inputs that once took quadratic time: the analysis of each grows about linearly with its size. A test either
 * counts the operations, or times an input and one eight times longer: linear work gives a ratio near 8, the old
 * quadratic work about 64, and the bound (20) leaves room for a loaded machine. Ratios, never absolute times.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeTemporal } from '../../../src/core/temporal';
import { segment } from '../../../src/core/document';
import { marksIn, pairMarks, type Mark, type MarkFamily, type MarkPair } from '../../../src/core/quotes/marks';
import { growthRatio } from '../support/growth';

const SCALE = 8;
const MAX_RATIO = 20;

describe('linear time on hostile inputs', function () {
  this.timeout(120000);

  it('ambiguous slashed dates ("3/4/2020" × N): the day-first convention is decided once per document', () => {
    const ratio = growthRatio(
      (n) => segment('3/4/2020 '.repeat(n)),
      (doc) => analyzeTemporal(doc, { referenceDate: '2020-01-01' }),
      1000,
      1000 * SCALE,
    );
    assert.ok(ratio < MAX_RATIO, `t(${SCALE}×) ÷ t(1×) = ${ratio.toFixed(1)}`);
  });

  it('the convention is still the document’s: an unambiguous day-first date far away decides "3/4/2020"', () => {
    const text = '3/4/2020 ' + 'filler words here. '.repeat(5000) + 'On 22/09/2022 it ended.';
    const values = analyzeTemporal(segment(text)).expressions.map((e) => e.value);
    assert.strictEqual(values[0], '2020-04-03');
  });

  it('many unclosed « then many ’: a closing mark finds its opener without walking the stack', () => {
    // Counts the reads of the marks' families (each look at a mark in the stack reads one) rather than timing.
    const n = 4000;
    const text = '«'.repeat(n) + 'a’ '.repeat(n);
    let reads = 0;
    const marks = marksIn(text, 0, text.length).map((m) => {
      const { family, ...rest } = m;
      return Object.defineProperty({ ...rest }, 'family', { get: () => (reads++, family), enumerable: true }) as Mark;
    });
    assert.strictEqual(marks.length, 2 * n);
    const { pairs, open } = pairMarks(marks, null);
    assert.strictEqual(pairs.length, 0);
    assert.strictEqual(open.length, n);
    assert.ok(reads <= 4 * marks.length, `${reads} reads of a mark's family for ${marks.length} marks`);
  });

  it('pairs marks exactly as the one-stack walk did (random mark sequences)', () => {
    const family = fc.constantFrom<MarkFamily>('double', 'single', 'guillemet');
    const mark = fc.record({ family, canOpen: fc.boolean(), canClose: fc.boolean(), weakClose: fc.boolean() });
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 40 }), fc.option(family), (specs, carriedFamily) => {
        const marks: Mark[] = specs.map((s, i) => ({ ...s, at: i + 1, length: 1 }));
        const carried: Mark | null = carriedFamily ? { at: 0, family: carriedFamily, canOpen: true, canClose: false, weakClose: false, length: 1 } : null;
        assert.deepStrictEqual(pairMarks(marks, carried), pairByWalk(marks, carried));
      }),
      { numRuns: 3000, seed: 10 },
    );
  });
});

/** The former pairing (a walk down the one stack per closing mark), kept as the reference for equal results. */
function pairByWalk(marks: Mark[], carried: Mark | null): { pairs: MarkPair[]; open: Mark[] } {
  const stack: Mark[] = carried ? [carried] : [];
  const pairs: MarkPair[] = [];
  const closerFollows = marks.map((m, i) => {
    for (let j = i + 1; j < marks.length; j++) {
      const n = marks[j];
      if (n.family !== m.family) continue;
      if (n.canClose && !n.weakClose) return true;
      if (n.canOpen && !n.canClose) return false;
    }
    return false;
  });
  marks.forEach((mark, m) => {
    let openIndex = -1;
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i].family === mark.family) { openIndex = i; break; }
    if (mark.canClose && openIndex >= 0 && (!mark.weakClose || !closerFollows[m])) {
      pairs.push({ open: stack[openIndex], close: mark, depth: openIndex });
      stack.length = openIndex;
      return;
    }
    if (mark.canOpen) stack.push(mark);
  });
  return { pairs, open: stack };
}
