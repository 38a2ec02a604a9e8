/**
 * Draws the speaker graph as SVG with d3: speakers in a column on the left with their names right-aligned before
 * them, subjects in a column on the right with their names after them, curved edges between, thicker for more
 * quotations. The columns are placed from the measured widths of the longest names, so no name is clipped; when the
 * panel is too narrow for both columns and room for the edges, the picture grows wider and the panel scrolls.
 * Wheel zooms and drag pans. Clicking a node or an edge selects its quotations in the editor, one per click.
 */
import { select } from 'd3-selection';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { GraphEdge, GraphNode, SpeakerGraph } from '../../extension/features/map/speakerGraph';
import { fallbackList, type ListItem } from './lists';
import { fontOf, textWidth, wrapText } from './textWidth';
import type { CardContent, Tooltip } from './tooltip';
import { SVG_NS, type DrawnPicture } from './picture';
import { attachZoomPan } from './zoomPan';

export interface GraphHost {
  tooltip: Tooltip;
  /** Select the next of these spans in the editor (the host keeps the count per key). */
  selectNext(key: string, spans: readonly { start: number; end: number; uri?: string }[]): void;
  /** What to say when there is no quotation to draw (the story's filter words it otherwise). */
  emptyNote?: string;
}

const MARGIN = 16;
const HEADER_Y = 18;
const LEGEND_Y = 40;
const FIRST_ROW_Y = 72;
const LABEL_GAP = 8;
const MIN_EDGE_ROOM = 100;
const ROW_GAP = 8;
const MIN_ROW = 26;
const MIN_STROKE = 1.5;
const MAX_STROKE = 7;

const TYPE_LEGEND: { label: string; colorId: string }[] = [
  { label: 'Person', colorId: 'articleLens.personForeground' },
  { label: 'Organisation', colorId: 'articleLens.organizationForeground' },
  { label: 'Place', colorId: 'articleLens.locationForeground' },
  { label: 'Other name', colorId: 'articleLens.miscForeground' },
];

/** The CSS variable a `contributes.colors` id is exposed as in a webview. */
export const cssColor = (colorId: string) => `var(--vscode-${colorId.replace(/\./g, '-')})`;

const quotations = (n: number) => `${n} quotation${n === 1 ? '' : 's'}`;

function nodeCard(node: GraphNode): CardContent {
  const lines = [node.entityId ? `${node.typeLabel} · ${node.mentions} mention${node.mentions === 1 ? '' : 's'}` : node.typeLabel];
  lines.push(node.side === 'speaker' ? `Speaks in ${quotations(node.quotes)}` : `Quoted about in ${quotations(node.quotes)}`);
  return { title: node.name, lines: [...lines, ...firstQuotation(node)], note: CLICK_NOTE };
}

const CLICK_NOTE = 'Click to select the quotations in the editor, one per click.';

/** The sentence of the first quotation (and, on the story's graph, where it is), for a card. */
function firstQuotation(element: GraphNode | GraphEdge): string[] {
  const where = element.spans[0]?.where;
  if (!element.snippet) return where ? [where] : [];
  return [`${('weight' in element ? element.weight : element.quotes) > 1 ? 'First: ' : ''}${element.snippet}`, ...(where ? [where] : [])];
}

function edgeCard(edge: GraphEdge, source: GraphNode, target: GraphNode): CardContent {
  const lines = [`${quotations(edge.weight)} by ${source.name} about ${target.name}`];
  if (edge.bySentence) lines.push(`${edge.bySentence} of them name ${target.name} only in the sentence around the quotation`);
  return { title: `${source.name} → ${target.name}`, lines: [...lines, ...firstQuotation(edge)], note: CLICK_NOTE };
}

export function drawGraph(container: HTMLElement, graph: SpeakerGraph, host: GraphHost, keep?: ZoomTransform): DrawnPicture {
  container.replaceChildren();
  const box = document.createElement('div');
  box.className = 'graph-plot';
  container.append(box);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.classList.add('map-svg', 'graph-svg');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', `Who said what: ${graph.speakers.length} speakers, ${graph.subjects.length} subjects, ${quotations(graph.quotes)}`);
  box.append(svg);

  if (graph.speakers.length === 0) {
    const note = document.createElement('p');
    note.className = 'picture-note';
    note.textContent = host.emptyNote ?? 'No quotation in this article, so there is no one to draw.';
    container.insertBefore(note, box);
    svg.remove();
    return { svg, transform: () => zoomIdentity };
  }

  const font = fontOf(svg);
  const fontSize = parseFloat(getComputedStyle(svg).fontSize) || 13;
  const lineHeight = Math.round(fontSize * 1.3);
  const containerWidth = Math.max(box.clientWidth || container.clientWidth, 280);
  const maxRadius = Math.max(...graph.speakers.map((n) => n.radius), ...graph.subjects.map((n) => n.radius), 1);
  const widest = (texts: string[]) => Math.max(0, ...texts.map((t) => textWidth(t, font)));
  const words = (nodes: GraphNode[]) => nodes.flatMap((n) => n.name.split(/\s+/));
  const leftFull = widest(['Speakers', ...graph.speakers.map((n) => n.name)]);
  const rightFull = graph.subjects.length ? widest(['Quoted about', ...graph.subjects.map((n) => n.name)]) : 0;
  // Both columns of names and room for the edges must fit the panel; when they do not, long names wrap (never
  // below their longest word), and only if that is still too wide does the picture grow and the panel scroll.
  const fixed = 2 * MARGIN + 2 * (LABEL_GAP + 2 * maxRadius) + MIN_EDGE_ROOM;
  let leftRoom = leftFull;
  let rightRoom = rightFull;
  const available = containerWidth - fixed;
  if (leftFull + rightFull > available) {
    const leftWord = widest(['Speakers', ...words(graph.speakers)]);
    const rightWord = graph.subjects.length ? widest(['Quoted about', ...words(graph.subjects)]) : 0;
    // A column that fits in half the room keeps its names whole; otherwise the room is shared in proportion.
    if (leftFull <= available / 2) leftRoom = leftFull;
    else if (rightFull <= available / 2) leftRoom = Math.max(leftWord, available - rightFull);
    else leftRoom = Math.max(leftWord, Math.floor((available * leftFull) / (leftFull + rightFull)));
    leftRoom = Math.min(leftFull, leftRoom);
    rightRoom = Math.min(rightFull, Math.max(rightWord, available - leftRoom));
  }
  const lines = new Map<string, string[]>();
  for (const n of graph.speakers) lines.set(n.id, wrapText(n.name, leftRoom, font));
  for (const n of graph.subjects) lines.set(n.id, wrapText(n.name, rightRoom, font));
  const maxLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const width = Math.max(containerWidth, fixed + leftRoom + rightRoom);
  const xLeft = MARGIN + leftRoom + LABEL_GAP + maxRadius;
  const xRight = width - MARGIN - rightRoom - LABEL_GAP - maxRadius;
  const rowHeight = Math.max(MIN_ROW, 2 * maxRadius + ROW_GAP, maxLines * lineHeight + ROW_GAP);
  const rows = Math.max(graph.speakers.length, graph.subjects.length);
  const height = FIRST_ROW_Y + rows * rowHeight + MARGIN;
  // The shorter column is centred against the taller one.
  const columnTop = (count: number) => FIRST_ROW_Y + ((rows - count) * rowHeight) / 2 + rowHeight / 2;
  const position = new Map<string, { x: number; y: number; node: GraphNode }>();
  graph.speakers.forEach((n) => position.set(n.id, { x: xLeft, y: columnTop(graph.speakers.length) + n.row * rowHeight, node: n }));
  graph.subjects.forEach((n) => position.set(n.id, { x: xRight, y: columnTop(graph.subjects.length) + n.row * rowHeight, node: n }));

  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const root = select(svg);
  // Headers and legend stay put; the nodes and edges zoom.
  root.append('text').attr('class', 'column-title').attr('x', xLeft + maxRadius).attr('y', HEADER_Y).attr('text-anchor', 'end').text('Speakers');
  if (graph.subjects.length) root.append('text').attr('class', 'column-title').attr('x', xRight - maxRadius).attr('y', HEADER_Y).attr('text-anchor', 'start').text('Quoted about');
  const legend = root.append('g').attr('class', 'legend').attr('transform', `translate(${MARGIN},${LEGEND_Y})`);
  let legendX = 0;
  for (const entry of TYPE_LEGEND) {
    const item = legend.append('g').attr('transform', `translate(${legendX},0)`);
    item.append('circle').attr('r', 5).attr('cx', 5).style('fill', cssColor(entry.colorId));
    item.append('text').attr('x', 14).attr('dy', '0.35em').text(entry.label);
    legendX += 14 + textWidth(entry.label, font) + 18;
  }
  if (graph.subjects.length === 0) {
    legend.append('text').attr('x', legendX).attr('dy', '0.35em').attr('class', 'legend-note').text('No quotation names anyone else.');
  }

  const scene = root.append('g').attr('class', 'scene');
  const edgeLayer = scene.append('g').attr('class', 'edges');
  const nodeLayer = scene.append('g').attr('class', 'nodes');
  const stroke = (w: number) => (graph.maxWeight <= 1 ? MIN_STROKE + 1 : MIN_STROKE + ((w - 1) / (graph.maxWeight - 1)) * (MAX_STROKE - MIN_STROKE));

  const edgeElements = new Map<Element, GraphEdge>();
  const edgesOf = new Map<string, SVGGElement[]>();
  for (const edge of graph.edges) {
    const a = position.get(edge.source)!;
    const b = position.get(edge.target)!;
    const mid = (a.x + b.x) / 2;
    const d = `M${a.x + a.node.radius},${a.y}C${mid},${a.y} ${mid},${b.y} ${b.x - b.node.radius},${b.y}`;
    const g = edgeLayer.append('g').attr('class', 'edge').attr('tabindex', '0').attr('role', 'button')
      .attr('aria-label', `${a.node.name} about ${b.node.name}: ${quotations(edge.weight)}`);
    g.append('path').attr('class', 'edge-line').attr('d', d).style('stroke', cssColor(a.node.colorId)).style('stroke-width', `${stroke(edge.weight)}px`);
    g.append('path').attr('class', 'edge-hit').attr('d', d);
    const element = g.node()!;
    edgeElements.set(element, edge);
    for (const id of [edge.source, edge.target]) edgesOf.set(id, [...(edgesOf.get(id) ?? []), element]);
  }

  const nodeElements = new Map<Element, GraphNode>();
  for (const { x, y, node } of position.values()) {
    const g = nodeLayer.append('g').attr('class', `node node-${node.side}`).attr('transform', `translate(${x},${y})`)
      .attr('tabindex', '0').attr('role', 'button')
      .attr('aria-label', `${node.name}, ${node.typeLabel}: ${node.side === 'speaker' ? 'speaks in' : 'quoted about in'} ${quotations(node.quotes)}`);
    g.attr('data-name', node.name).attr('data-side', node.side);
    g.append('circle').attr('class', 'node-dot').attr('r', node.radius).style('fill', cssColor(node.colorId));
    const left = node.side === 'speaker';
    const label = g.append('text').attr('class', 'label').attr('text-anchor', left ? 'end' : 'start');
    const nodeLines = lines.get(node.id) ?? [node.name];
    nodeLines.forEach((line, i) => {
      label.append('tspan').attr('x', left ? -maxRadius - LABEL_GAP : maxRadius + LABEL_GAP)
        .attr('dy', i === 0 ? -((nodeLines.length - 1) / 2) * lineHeight + 0.35 * fontSize : lineHeight).text(line);
    });
    nodeElements.set(g.node()!, node);
  }

  const zoomPan = attachZoomPan(svg, { scaleExtent: [0.3, 8], keep, onZoom: (transform) => scene.attr('transform', transform.toString()) });

  const hit = (target: EventTarget | null) => {
    const element = target instanceof Element ? target.closest('.node, .edge') : null;
    if (!element) return undefined;
    const node = nodeElements.get(element);
    if (node) return { element, node };
    const edge = edgeElements.get(element);
    return edge ? { element, edge } : undefined;
  };
  const highlight = (on: Element | undefined) => {
    svg.classList.toggle('has-focus', !!on);
    for (const el of svg.querySelectorAll('.lit')) el.classList.remove('lit');
    if (!on) return;
    on.classList.add('lit');
    const node = nodeElements.get(on);
    if (node) for (const e of edgesOf.get(node.id) ?? []) e.classList.add('lit');
    const edge = edgeElements.get(on);
    if (edge) for (const id of [edge.source, edge.target]) for (const [el, n] of nodeElements) if (n.id === id) el.classList.add('lit');
  };
  const card = (h: NonNullable<ReturnType<typeof hit>>) =>
    'node' in h && h.node ? nodeCard(h.node) : edgeCard(h.edge!, position.get(h.edge!.source)!.node, position.get(h.edge!.target)!.node);
  const activate = (h: NonNullable<ReturnType<typeof hit>>) => {
    const target = 'node' in h && h.node ? h.node : h.edge!;
    host.selectNext(target.id, target.spans);
  };
  svg.addEventListener('mouseover', (event) => {
    if (event.buttons) return; // dragging: no cards on the way
    const h = hit(event.target);
    if (!h) return;
    highlight(h.element);
    host.tooltip.show(card(h), { x: event.clientX, y: event.clientY });
  });
  svg.addEventListener('mouseout', (event) => {
    if (hit(event.target) && !hit(event.relatedTarget)) {
      highlight(undefined);
      host.tooltip.hide();
    }
  });
  svg.addEventListener('focusin', (event) => {
    const h = hit(event.target);
    if (!h) return;
    highlight(h.element);
    host.tooltip.show(card(h), h.element.getBoundingClientRect());
  });
  svg.addEventListener('focusout', () => {
    highlight(undefined);
    host.tooltip.hide();
  });
  svg.addEventListener('click', (event) => {
    const h = hit(event.target);
    if (h) activate(h);
  });
  svg.addEventListener('keydown', (event) => {
    const h = hit(event.target);
    if (h && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      activate(h);
    }
  });

  const items: ListItem[] = graph.speakers.map((speaker) => {
    const about = graph.edges.filter((e) => e.source === speaker.id).map((e) => `${position.get(e.target)!.node.name} (${e.weight})`);
    return {
      words: speaker.name,
      meaning: `${quotations(speaker.quotes)}${about.length ? `, about ${about.join(', ')}` : ''}`,
      onSelect: () => host.selectNext(speaker.id, speaker.spans),
    };
  });
  container.append(fallbackList('Who said what, as a list', items, 'ul'));
  return { svg, transform: zoomPan.transform };
}
