/**
 * Label widths in pixels, measured with a canvas in the font the labels are drawn in (the panel's computed font),
 * so columns and label sides are laid out from real widths: names are never clipped or guessed at.
 */
let context: CanvasRenderingContext2D | null = null;
const cache = new Map<string, number>();
let cachedFont = '';

/** The CSS font shorthand an element's text is drawn in. */
export function fontOf(element: Element): string {
  const style = getComputedStyle(element);
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

export function textWidth(text: string, font: string): number {
  if (font !== cachedFont) {
    cache.clear();
    cachedFont = font;
  }
  const known = cache.get(text);
  if (known !== undefined) return known;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * 7;
  context.font = font;
  const width = Math.ceil(context.measureText(text).width);
  cache.set(text, width);
  return width;
}
