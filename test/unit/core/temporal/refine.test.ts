import * as assert from 'assert';
import { refine } from '../../../../src/core/temporal';
import { mergeAdjacent } from '../../../../src/core/temporal/refiners/mergeAdjacent';
import type { TimexCandidate, ParseContext, TemporalRefiner } from '../../../../src/core/temporal/types';

const date = (start: number, end: number, value: string, parser = 'test'): TimexCandidate => ({ start, end, type: 'DATE', value, parser, anchoring: 'absolute' });

const context = (text: string): ParseContext => ({
  text,
  ref: null,
  tenseAt: () => 'past',
  sentenceAt: () => ({ start: 0, end: text.length }),
  prefersDayFirst: () => false,
});

describe('temporal refiners: ordering and merging', () => {
  it('mergeAdjacent joins a candidate with the next one and consumes both, keeping the others', () => {
    const list = [date(0, 3, 'a'), date(4, 7, 'b'), date(8, 11, 'c'), date(12, 15, 'd')];
    const merged = mergeAdjacent(list, (a, b) => (a.value === 'b' ? { ...a, end: b.end, value: 'bc' } : null));
    assert.deepStrictEqual(merged.map((c) => c.value), ['a', 'bc', 'd']);
    assert.deepStrictEqual([merged[1].start, merged[1].end], [4, 11]);
  });

  it('refine hands every refiner its candidates sorted by start, whatever order the parsers proposed them in', () => {
    const seen: number[][] = [];
    const recordOrder: TemporalRefiner = (candidates) => {
      seen.push(candidates.map((c) => c.start));
      return candidates;
    };
    const out = refine([date(20, 24, 'x'), date(0, 4, 'y'), date(10, 14, 'z')], context(' '.repeat(30)), [recordOrder, recordOrder]);
    assert.deepStrictEqual(seen, [[0, 10, 20], [0, 10, 20]]);
    assert.deepStrictEqual(out.map((c) => c.start), [0, 10, 20]);
  });

  it('the shipped refiners join a weekday and the date after it, and a clock time and its day', () => {
    const text = 'Thursday, April 6 and 9 a.m. Tuesday';
    const weekday: TimexCandidate = { ...date(0, 8, 'XXXX-WXX-4', 'weekday') };
    const day = date(10, 17, '2023-04-06', 'monthDayYear');
    const time: TimexCandidate = { start: 22, end: 28, type: 'TIME', value: 'XXXX-XX-XXT09:00', parser: 'clockTime', anchoring: 'relative' };
    const tuesday = date(29, 36, '2023-04-11', 'weekday');
    const out = refine([tuesday, time, day, weekday], context(text));
    assert.deepStrictEqual(
      out.map((c) => [text.slice(c.start, c.end), c.value]),
      [['Thursday, April 6', '2023-04-06'], ['9 a.m. Tuesday', '2023-04-11T09:00']],
    );
  });
});
