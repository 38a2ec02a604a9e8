/**
 * The order of a timeline, for every surface that lists an article's dates (the outline view, the Markdown report,
 * the CLI's outline): calendar values in time order, then what is not on the calendar (durations, "PRESENT_REF",
 * "XXXX-09-22", expressions without a value) in text order. Pure.
 */
import { chronologicalKey } from './dateDistance';

/** Calendar values in time order; values off the calendar (durations, "PRESENT_REF", ...) after them, in text order. */
export function chronological<T extends { value: string | null; start: number }>(expressions: readonly T[]): T[] {
  const keyed = expressions.map((item) => ({ item, key: item.value === null ? undefined : chronologicalKey(item.value) }));
  keyed.sort((a, b) => {
    if (a.key !== undefined && b.key !== undefined) return a.key - b.key || a.item.start - b.item.start;
    if (a.key !== undefined) return -1;
    if (b.key !== undefined) return 1;
    return a.item.start - b.item.start;
  });
  return keyed.map((k) => k.item);
}

