/**
 * Typed arrays of one kind carved from one allocation. Tagging makes many short-lived per-document arrays, and each
 * typed array of its own gets a backing store that costs an allocation and work for the garbage collector to track
 * and free; views into one shared store cost neither.
 */
export function carve<T extends Int32Array | Uint32Array | Uint8Array>(Kind: new (length: number) => T, ...lengths: number[]): T[] {
  let total = 0;
  for (const length of lengths) total += length;
  const whole = new Kind(total);
  const parts: T[] = [];
  let at = 0;
  for (const length of lengths) {
    parts.push(whole.subarray(at, at + length) as T);
    at += length;
  }
  return parts;
}
