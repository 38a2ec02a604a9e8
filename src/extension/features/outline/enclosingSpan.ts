/**
 * The smallest span covering a list of spans. A plain loop: `Math.min(...spans)` passes every element as an
 * argument and throws "Maximum call stack size exceeded" past about a hundred thousand of them. Pure.
 */
import type { Span } from '../../../core/types';

export function enclosingSpan(spans: Iterable<Span>): Span | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const span of spans) {
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  return start === Infinity ? undefined : { start, end };
}
