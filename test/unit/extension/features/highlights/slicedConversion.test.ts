import * as assert from 'node:assert/strict';
import { convertPairsInSlices, nextTurn } from '../../../../../src/extension/features/highlights/slicedConversion';

describe('extension sliced conversion of highlight spans', () => {
  const packed = new Uint32Array(Array.from({ length: 20 }, (_, i) => i * 3)); // 10 pairs

  it('converts every pair in order, letting the event loop turn between slices', async () => {
    const turnsSeen: number[] = [];
    let turns = 0;
    let counting = true;
    const count = () => {
      turns++;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const converted = await convertPairsInSlices(packed, (start, end) => {
      turnsSeen.push(turns);
      return `${start}-${end}`;
    }, { sliceSize: 3, isCancelled: () => false, yieldTurn: nextTurn });
    counting = false;
    assert.deepEqual(converted, Array.from({ length: 10 }, (_, i) => `${6 * i}-${6 * i + 3}`));
    // Slices of 3, 3, 3 and 1 pairs: other work ran between them, never inside one.
    const slices = [...new Set(turnsSeen)];
    assert.equal(slices.length, 4, `pairs were converted during turns ${turnsSeen.join(',')}`);
  });

  it('stops when a newer draw cancels it', async () => {
    let calls = 0;
    let cancelled = false;
    const converted = await convertPairsInSlices(packed, () => {
      calls++;
      if (calls === 3) cancelled = true;
      return calls;
    }, { sliceSize: 3, isCancelled: () => cancelled, yieldTurn: nextTurn });
    assert.equal(converted, undefined);
    assert.equal(calls, 3);
  });
});
