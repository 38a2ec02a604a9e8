import * as assert from 'assert';
import {
  MIN_MARGIN_LINES, needsNewWindow, rangesInWindow, windowAround,
} from '../../../../../src/extension/features/highlights/highlightWindow';

const range = (startLine: number, endLine: number) => ({ start: { line: startLine }, end: { line: endLine } });

describe('highlight window of a long article (highlightWindow.ts)', () => {
  it('draws three screens either side of the visible lines (at least the minimum), clamped to the text', () => {
    assert.deepStrictEqual(windowAround([{ first: 1000, last: 1049 }], 10_000), { first: 850, last: 1199 });
    assert.deepStrictEqual(windowAround([{ first: 1000, last: 1009 }], 10_000), { first: 1000 - MIN_MARGIN_LINES, last: 1009 + MIN_MARGIN_LINES });
    assert.deepStrictEqual(windowAround([{ first: 10, last: 59 }], 100), { first: 0, last: 99 });
    // Two visible ranges (folded text): their whole span.
    assert.deepStrictEqual(windowAround([{ first: 500, last: 520 }, { first: 900, last: 929 }], 10_000), { first: 0, last: 929 + 3 * 430 });
    assert.deepStrictEqual(windowAround([], 10_000), { first: 0, last: MIN_MARGIN_LINES });
  });

  it('asks for a new window only when the visible lines come within a screen of an edge that is not the text\'s', () => {
    const drawn = { first: 850, last: 1199 };
    assert.strictEqual(needsNewWindow(drawn, [{ first: 1000, last: 1049 }], 10_000), false);
    assert.strictEqual(needsNewWindow(drawn, [{ first: 1100, last: 1149 }], 10_000), false, 'a screen from the bottom edge');
    assert.strictEqual(needsNewWindow(drawn, [{ first: 1101, last: 1150 }], 10_000), true);
    assert.strictEqual(needsNewWindow(drawn, [{ first: 899, last: 948 }], 10_000), true);
    assert.strictEqual(needsNewWindow(drawn, [{ first: 5000, last: 5049 }], 10_000), true, 'jumped away');
    // At the top or the end of the text there is nothing more to draw.
    assert.strictEqual(needsNewWindow({ first: 0, last: 199 }, [{ first: 0, last: 49 }], 10_000), false);
    assert.strictEqual(needsNewWindow({ first: 9800, last: 9999 }, [{ first: 9950, last: 9999 }], 10_000), false);
    assert.strictEqual(needsNewWindow(drawn, [], 10_000), false);
  });

  it('keeps the ranges with a line in the window, multi-line ones included, in order', () => {
    const ranges = [range(0, 0), range(848, 851), range(900, 900), range(1199, 1200), range(1200, 1200)];
    assert.deepStrictEqual(rangesInWindow(ranges, { first: 850, last: 1199 }), [ranges[1], ranges[2], ranges[3]]);
  });
});
