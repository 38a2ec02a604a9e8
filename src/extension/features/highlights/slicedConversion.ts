/**
 * Converts packed spans (start, end pairs) to editor objects a slice at a time, yielding the event loop between
 * slices: a huge article's quarter of a million highlight ranges would otherwise cost the extension host one long
 * pause. Pure (the conversion and the way to yield are passed in), so it is unit-tested without VS Code.
 */
export interface SliceOptions {
  /** Pairs converted per turn of the event loop. */
  sliceSize: number;
  /** Checked before each slice: a newer draw has replaced this one. */
  isCancelled(): boolean;
  /** Lets the event loop turn once. */
  yieldTurn(): Promise<void>;
}

export { nextTurn } from '../../util/nextTurn';

/** The converted pairs in order, or undefined when cancelled on the way. */
export async function convertPairsInSlices<T>(
  packed: Uint32Array,
  convert: (start: number, end: number) => T,
  options: SliceOptions,
): Promise<T[] | undefined> {
  const count = packed.length / 2;
  const out = new Array<T>(count);
  for (let from = 0; from < count; from += options.sliceSize) {
    if (from > 0) await options.yieldTurn();
    if (options.isCancelled()) return undefined;
    const to = Math.min(count, from + options.sliceSize);
    for (let i = from; i < to; i++) out[i] = convert(packed[2 * i], packed[2 * i + 1]);
  }
  return out;
}
