/**
 * 32-bit hashing for features: every feature is an integer key built by mixing a template id with hashed
 * values, so tagging never builds feature strings.
 */

/** FNV-1a over UTF-16 code units, never 0 (0 marks an empty slot in the model's key table). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) || 1;
}

/** Combines two 32-bit values into one well-spread key (murmur3 finaliser over a multiply-xor step). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  h ^= h >>> 16;
  return (h >>> 0) || 1;
}

export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
