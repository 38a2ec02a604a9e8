/**
 * What every picture of the map panel (the timeline, the speaker graph) shares: the SVG namespace its elements are
 * created in, and what a drawing returns to the panel.
 */
import type { ZoomTransform } from 'd3-zoom';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** A drawn picture: its SVG, and its current zoom, kept across a redraw of the same article. */
export interface DrawnPicture {
  svg: SVGSVGElement;
  transform(): ZoomTransform;
}
