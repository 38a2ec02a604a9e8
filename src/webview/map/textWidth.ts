/**
 * Label widths in pixels, measured with a canvas in the font the labels are drawn in (the panel's computed font),
 * so columns and label sides are laid out from real widths: names are never clipped or guessed at.
 */
let context: CanvasRenderingContext2D | null = null;
const cache = new Map<string, Map<string, number>>();

/** The CSS font shorthand an element's text is drawn in. */
export function fontOf(element: Element): string {
  const style = getComputedStyle(element);
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

export function textWidth(text: string, font: string): number {
  let widths = cache.get(font);
  if (!widths) cache.set(font, (widths = new Map()));
  const known = widths.get(text);
  if (known !== undefined) return known;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 8;
  context.font = font;
  const width = Math.ceil(context.measureText(text).width);
  widths.set(text, width);
  return width;
}

/** The words of `text` in lines no wider than `room` (a word wider than `room` gets a line of its own). */
export function wrapText(text: string, room: number, font: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, font) > room) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
