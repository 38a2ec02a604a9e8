/**
 * Joins a clock time and the day it belongs to into one TIME: "9 a.m. Tuesday", "5 p.m. EST Nov. 9",
 * "Tuesday at 9 a.m.", "noon Saturday", "Friday, 10:35 a.m.".
 */
import type { TemporalRefiner } from '../types';
import { mergeAdjacent } from './mergeAdjacent';

const GAP = /^(?:,? | at | on |, at |, on )$/i;
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)$/;

export const mergeDateTime: TemporalRefiner = (candidates, ctx) =>
  mergeAdjacent(candidates, (a, b) => {
    if (b.start < a.end || !GAP.test(ctx.text.slice(a.end, b.start))) return null;
    const time = a.parser === 'clockTime' ? a : b.parser === 'clockTime' ? b : null;
    const date = time === a ? b : a;
    if (!time || date === time || date.type !== 'DATE' || date.value === null || time.value === null || !DAY_VALUE.test(date.value)) return null;
    const clock = time.value.slice(time.value.indexOf('T'));
    return { ...date, ...time, start: a.start, end: b.end, type: 'TIME', value: `${date.value}${clock}`, anchoring: date.anchoring, parser: 'dateTime' };
  });
