import * as assert from 'node:assert/strict';
import { chronological } from '../../../src/presentation/timeline';

const at = (start: number, value: string | null) => ({ start, value });

describe('presentation timeline order', () => {
  it('puts calendar values in time order, whatever their granularity, and ties in text order', () => {
    const ordered = chronological([at(0, '2025-07-01'), at(10, '2022-09-22'), at(20, '2025'), at(30, '2025-07'), at(40, '2025-07-01T14:00')]);
    assert.deepEqual(ordered.map((t) => t.start), [10, 20, 0, 30, 40]);
  });

  it('lists what is off the calendar after the dates, in text order', () => {
    const ordered = chronological([at(0, 'P3Y'), at(5, 'FUTURE_REF'), at(10, '2025-07-01'), at(15, null), at(20, 'XXXX-09-22'), at(25, '0050')]);
    assert.deepEqual(ordered.map((t) => t.value), ['0050', '2025-07-01', 'P3Y', 'FUTURE_REF', null, 'XXXX-09-22']);
  });

  it('does not reorder its input', () => {
    const input = [at(1, '2025'), at(0, '2020')];
    chronological(input);
    assert.deepEqual(input.map((t) => t.start), [1, 0]);
  });
});
