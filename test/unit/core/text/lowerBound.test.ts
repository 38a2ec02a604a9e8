import * as assert from 'assert';
import { lowerBound } from '../../../../src/core/text/lowerBound';
import { forEachOption } from '../../../../scripts/lib/options';

describe('lowerBound', () => {
  it('finds the first item not before the cut, at both ends and on ties', () => {
    const xs = [1, 3, 3, 7];
    assert.strictEqual(lowerBound(xs, (x) => x < 0), 0);
    assert.strictEqual(lowerBound(xs, (x) => x < 3), 1);
    assert.strictEqual(lowerBound(xs, (x) => x <= 3), 3);
    assert.strictEqual(lowerBound(xs, (x) => x < 100), 4);
    assert.strictEqual(lowerBound([], () => true), 0);
  });
});

describe('forEachOption (eval and bench scripts)', () => {
  it('reads --name value and --name=value, and says which option lacks its value', () => {
    const seen: [string, string | null][] = [];
    forEachOption(['--only', 'seed,conll', '--json=out.json', '--stages'], (name, value) =>
      seen.push([name, name === '--stages' ? null : value()]));
    assert.deepStrictEqual(seen, [['--only', 'seed,conll'], ['--json', 'out.json'], ['--stages', null]]);
    assert.throws(() => forEachOption(['--limit'], (_name, value) => value()), /--limit needs a value/);
  });
});
