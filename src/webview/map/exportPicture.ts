/**
 * A picture as a standalone file: the SVG as drawn, with every element's computed colours, strokes and fonts written
 * onto it as presentation attributes (the theme's CSS variables and the stylesheet stay behind in the panel), on
 * the editor's background; and a PNG drawn from that SVG on a canvas at twice the size.
 */
import { SVG_NS } from './picture';

const PROPERTIES = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'opacity',
  'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline',
] as const;

export function svgMarkup(svg: SVGSVGElement, background: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  const hidden: Element[] = [];
  originals.forEach((original, i) => {
    const copy = copies[i];
    const style = getComputedStyle(original);
    if (style.display === 'none' || style.visibility === 'hidden') {
      hidden.push(copy);
      return;
    }
    if (original instanceof SVGElement && !(original instanceof SVGDefsElement)) {
      for (const property of PROPERTIES) {
        const value = style.getPropertyValue(property);
        if (value) copy.setAttribute(property, value);
      }
    }
    // Interaction attributes mean nothing in a file.
    for (const name of ['tabindex', 'role', 'class', 'style']) copy.removeAttribute(name);
  });
  for (const element of hidden) element.remove();
  const width = svg.getAttribute('width') ?? String(svg.clientWidth);
  const height = svg.getAttribute('height') ?? String(svg.clientHeight);
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', width);
  clone.setAttribute('height', height);
  const backdrop = document.createElementNS(SVG_NS, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  clone.insertBefore(backdrop, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
}

export async function pngDataUrl(markup: string, width: number, height: number, scale = 2): Promise<string> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this panel cannot draw on a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  } finally {
    URL.revokeObjectURL(url);
  }
}
