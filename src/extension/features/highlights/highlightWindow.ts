/**
 * Which lines of a long article carry its text highlights. Typing in a 2 MB article took twice as long to show with
 * its 110,000 highlights drawn as with none (measured in the UI latency test: 30 ms against 13-15 ms a keystroke),
 * and the time goes to the editor keeping every decoration, not to the few on screen. So above
 * WINDOWED_DRAW_ABOVE ranges only the lines around the visible ones are drawn, and a new window is drawn when the
 * visible lines come near its edge; the overview ruler still marks the whole article. Pure: lines, no `vscode`.
 */

/** Lines [first, last], 0-based and inclusive. */
export interface LineWindow {
  first: number;
  last: number;
}

/** Above this many ranges in all layers an article's highlights are drawn around the visible lines only. */
export const WINDOWED_DRAW_ABOVE = 10_000;

/** Lines drawn beyond the visible ones on each side: three screens, and at least this many. */
export const MIN_MARGIN_LINES = 150;

function visibleSpan(visible: readonly LineWindow[]): LineWindow | undefined {
  if (visible.length === 0) return undefined;
  let first = visible[0].first;
  let last = visible[0].last;
  for (const v of visible) {
    first = Math.min(first, v.first);
    last = Math.max(last, v.last);
  }
  return { first, last };
}

/** The window to draw for the visible lines (the first screen when nothing is visible yet), clamped to the text. */
export function windowAround(visible: readonly LineWindow[], lineCount: number): LineWindow {
  const span = visibleSpan(visible) ?? { first: 0, last: 0 };
  const margin = Math.max(MIN_MARGIN_LINES, 3 * (span.last - span.first + 1));
  return { first: Math.max(0, span.first - margin), last: Math.min(lineCount - 1, span.last + margin) };
}

/**
 * Whether a new window must be drawn: the visible lines are within one screen of the drawn window's edge (an edge
 * at the start or end of the text does not count) or outside it.
 */
export function needsNewWindow(drawn: LineWindow, visible: readonly LineWindow[], lineCount: number): boolean {
  const span = visibleSpan(visible);
  if (!span) return false;
  const screen = span.last - span.first + 1;
  const nearTop = drawn.first > 0 && span.first < drawn.first + screen;
  const nearBottom = drawn.last < lineCount - 1 && span.last > drawn.last - screen;
  return nearTop || nearBottom;
}

/** The ranges with a line in the window, in their order. */
export function rangesInWindow<R extends { start: { line: number }; end: { line: number } }>(ranges: readonly R[], window: LineWindow): R[] {
  return ranges.filter((r) => r.end.line >= window.first && r.start.line <= window.last);
}
