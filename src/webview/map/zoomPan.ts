/**
 * The one zoom-and-pan set-up both pictures use: d3-zoom on the picture's SVG, within a scale range, the reader's
 * previous transform put back when the same pictures are redrawn (an edit, a resize), and double-click left to the
 * page (a double click on a mark is two selections, not a zoom). What a zoom step does to the drawing is the
 * picture's own business (`onZoom`); a gesture's start and end are told too, for pictures that hide detail while
 * one lasts.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';

export interface ZoomPanOptions {
  /** The least and the greatest zoom factor. */
  scaleExtent: [number, number];
  /** The transform to start from (the previous drawing's), if any. */
  keep?: ZoomTransform;
  onZoom(transform: ZoomTransform): void;
  onStart?(): void;
  onEnd?(): void;
}

export interface ZoomPan {
  /** The transform now. */
  transform(): ZoomTransform;
}

export function attachZoomPan(svg: SVGSVGElement, options: ZoomPanOptions): ZoomPan {
  let transform = options.keep ?? zoomIdentity;
  const behavior = zoom<SVGSVGElement, unknown>()
    .scaleExtent(options.scaleExtent)
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = event.transform;
      options.onZoom(transform);
    });
  if (options.onStart) behavior.on('start', () => options.onStart!());
  if (options.onEnd) behavior.on('end', () => options.onEnd!());
  const root = select(svg);
  root.call(behavior);
  if (options.keep) root.call(behavior.transform, options.keep);
  root.on('dblclick.zoom', null);
  return { transform: () => transform };
}
