/**
 * The overview ruler's marks for one highlight layer, as whole-line ranges merged when they lie closer than the
 * ruler can tell apart. The ruler is a few hundred pixels tall: for a 2 MB article one pixel covers dozens of lines,
 * and handing VS Code a hundred thousand ruler decorations makes it walk all of them on every keystroke to repaint
 * the ruler. A bounded number of merged marks paints the same picture. Pure.
 */

/** At most about this many marks per layer: a ruler taller than this many pixels is rare. */
export const MAX_RULER_MARKS = 1000;

/**
 * Line ranges [firstLine, lastLine] (0-based, inclusive) covering the given spans' lines, merged when the gap
 * between two is at most `lineCount / maxMarks` lines. `lines` yields each span's first and last line, in order of
 * first line (as a layer's sorted spans do).
 */
export function rulerMarks(lines: Iterable<readonly [number, number]>, lineCount: number, maxMarks = MAX_RULER_MARKS): Array<[number, number]> {
  const gap = Math.max(1, Math.ceil(lineCount / maxMarks));
  const marks: Array<[number, number]> = [];
  let current: [number, number] | undefined;
  for (const [first, last] of lines) {
    if (current && first <= current[1] + gap) {
      if (last > current[1]) current[1] = last;
      continue;
    }
    current = [first, last];
    marks.push(current);
  }
  return marks;
}
