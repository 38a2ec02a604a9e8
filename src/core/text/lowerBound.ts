/**
 * Binary search over a list ordered so that `isBefore` holds for a prefix of it and fails for the rest: the index of
 * the first item for which it fails (the list's length when it holds throughout). One implementation for every
 * "first token/mention/paragraph at or after this offset" question the stages ask on long documents.
 */
export function lowerBound<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
