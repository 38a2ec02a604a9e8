/**
 * Draws the timeline model as SVG with d3: a UTC time axis across the panel's width, each dated mark a point (one
 * day) or a span, the article's date as a marked line, vague past and future references in gutters at the edges.
 * Marks are laid out in rows from their measured label widths so no two labels overlap and no label leaves the
 * plot (a label goes inside a wide span, else to the right, else to the left of its mark). Wheel zooms and drag
 * pans the axis; rows are re-laid when a gesture ends, so marks move only sideways while it lasts.
 */
import { axisTop } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { ListedExpression, TimelineMark, TimelineModel } from '../../extension/features/map/timelineModel';
import { fallbackList, listSection, type ListItem } from './lists';
import { fontOf, textWidth } from './textWidth';
import type { CardContent, Tooltip } from './tooltip';
import { SVG_NS, type DrawnPicture } from './picture';
import { attachZoomPan } from './zoomPan';

export interface TimelineHost {
  tooltip: Tooltip;
  select(span: { start: number; end: number; uri?: string }): void;
  /** What to say when no mark has a place on the axis (the story's filter words it otherwise). */
  emptyNote?: string;
}

const MARGIN = 12;
const REFERENCE_LABEL_Y = 14;
const AXIS_Y = 44;
const FIRST_ROW_Y = 62;
const ROW_HEIGHT = 24;
/** Above this many rows, further marks share rows without their labels (their cards still show them). */
const MAX_LABELLED_ROWS = 40;
/** Rows of unlabelled symbols below the labelled ones. */
const DENSE_ROWS = 4;
const POINT_RADIUS = 5;
const SPAN_HEIGHT = 12;
const LABEL_GAP = 6;
const GUTTER_SHARE = 0.28;
const DAY_MS = 86_400_000;
/** Pixels beyond the plot within which marks stay drawn. */
const CULL_MARGIN = 200;
/** Above this many marks, labels hide while a zoom or pan gesture lasts. */
const DENSE_MARKS = 400;

const wordsOf = (mark: ListedExpression) => mark.text.replace(/\s+/g, ' ');
const timeOf = (day: number) => new Date(day * DAY_MS);

export function markCard(mark: ListedExpression): CardContent {
  const kind = mark.type === 'TIME' ? 'Time' : mark.type === 'DURATION' ? 'Duration' : mark.type === 'SET' ? 'Recurring time' : 'Date';
  return {
    title: `“${wordsOf(mark)}”`,
    lines: [`${kind}: ${mark.readable}`, `TIMEX3 value: ${mark.value}${mark.mod ? ` (${mark.mod})` : ''}`, ...(mark.where ? [mark.where] : [])],
    note: mark.snippet === mark.where ? undefined : mark.snippet,
  };
}

function markLabel(mark: TimelineMark): string {
  const where = mark.placement === 'past' ? 'in the past, no date given' : mark.placement === 'future' ? 'in the future, no date given' : mark.readable;
  const article = mark.where && mark.where !== mark.snippet ? `${mark.where}. ` : '';
  return `${wordsOf(mark)}: ${where}. ${article}${mark.snippet}`;
}

interface Placed {
  mark: TimelineMark;
  element: SVGGElement;
  symbol: SVGElement;
  label: SVGTextElement;
  labelWidth: number;
  row: number;
  labelled: boolean;
  onScreen: boolean;
}

export function drawTimeline(container: HTMLElement, model: TimelineModel, host: TimelineHost, keep?: ZoomTransform): DrawnPicture {
  container.replaceChildren();
  const plotBox = document.createElement('div');
  plotBox.className = 'timeline-plot';
  container.append(plotBox);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.classList.add('map-svg', 'timeline-svg');
  svg.setAttribute('role', 'group');
  const articleDates = model.articleDates ?? [];
  const datedNote = model.referenceLabel ? `; the article is dated ${model.referenceLabel}` : articleDates.length ? `; ${articleDates.length} article dates marked` : '';
  svg.setAttribute('aria-label', `Timeline: ${model.marks.length} dated expressions${datedNote}`);
  plotBox.append(svg);

  const width = Math.max(plotBox.clientWidth || container.clientWidth, 280);
  const font = fontOf(svg);
  const calendar = model.marks.filter((m) => m.placement === 'calendar' || m.placement === 'present');
  const past = model.marks.filter((m) => m.placement === 'past');
  const future = model.marks.filter((m) => m.placement === 'future');
  const gutterWidth = (marks: TimelineMark[], title: string) =>
    marks.length === 0
      ? 0
      : Math.min(width * GUTTER_SHARE, Math.max(textWidth(title, font), ...marks.map((m) => textWidth(wordsOf(m), font) + 2 * POINT_RADIUS + LABEL_GAP)) + 2 * LABEL_GAP);
  const pastWidth = gutterWidth(past, 'Past');
  const futureWidth = gutterWidth(future, 'Future');
  const plotLeft = MARGIN + pastWidth + (pastWidth ? MARGIN : 0);
  const plotRight = width - MARGIN - futureWidth - (futureWidth ? MARGIN : 0);

  const baseScale = scaleUtc().domain([timeOf(model.domain.start), timeOf(model.domain.end)]).range([plotLeft, plotRight]);
  let x: ScaleTime<number, number> = (keep ?? zoomIdentity).rescaleX(baseScale);
  const px = (day: number) => x(timeOf(day));

  const root = select(svg);
  const clipId = `timeline-clip-${Math.random().toString(36).slice(2)}`;
  const clipRect = root.append('defs').append('clipPath').attr('id', clipId).append('rect').attr('x', plotLeft - POINT_RADIUS).attr('y', 0).attr('width', plotRight - plotLeft + 2 * POINT_RADIUS);
  const axisGroup = root.append('g').attr('class', 'axis').attr('transform', `translate(0,${AXIS_Y})`);
  const axis = axisTop<Date>(x).ticks(Math.max(2, Math.floor((plotRight - plotLeft) / 90))).tickSizeOuter(0);
  const plot = root.append('g').attr('class', 'plot').attr('clip-path', `url(#${clipId})`);
  const referenceLine = plot.append('line').attr('class', 'reference-line');
  const referenceLabel = root.append('text').attr('class', 'reference-label').attr('y', REFERENCE_LABEL_Y).attr('dy', '0.35em');
  const marksGroup = plot.append('g').attr('class', 'marks');
  // The reference label is drawn bold: measured in its own font.
  const referenceFont = fontOf(referenceLabel.node()!);
  // The story's article dates: a line each (clipped to the plot) and, where there is room, the files' names above.
  const articleDateMarks = articleDates.map((date) => {
    const text = date.files.length <= 2 ? date.files.join(', ') : `${date.files[0]} +${date.files.length - 1} more`;
    const line = plot.insert('line', '.marks').attr('class', 'article-date-line').attr('y1', AXIS_Y).node()!;
    const group = root.append('g').attr('class', 'article-date');
    group.append('title').text(`Article date ${date.label}: ${date.files.join(', ')}`);
    const label = group.append('text').attr('class', 'article-date-label').attr('y', REFERENCE_LABEL_Y).attr('dy', '0.35em').text(text).node()!;
    label.dataset.day = String(date.day);
    return { date, line, label, width: textWidth(text, font) };
  });

  const placed: Placed[] = calendar.map((mark) => placeMark(marksGroup.node()!, mark, font));
  const gutterPlaced: Placed[] = [];
  const drawGutter = (marks: TimelineMark[], title: string, left: number, gutter: number, side: 'past' | 'future') => {
    if (marks.length === 0) return;
    const group = root.append('g').attr('class', `gutter gutter-${side}`);
    group.append('text').attr('class', 'gutter-title').attr('x', side === 'past' ? left : left + gutter).attr('y', AXIS_Y - 9)
      .attr('text-anchor', side === 'past' ? 'start' : 'end').text(title);
    const separator = side === 'past' ? left + gutter + MARGIN / 2 : left - MARGIN / 2;
    group.append('line').attr('class', 'gutter-line').attr('x1', separator).attr('x2', separator).attr('y1', AXIS_Y - 16);
    marks.forEach((mark, i) => {
      const p = placeMark(group.node()!, mark, font);
      p.row = i;
      const y = FIRST_ROW_Y + i * ROW_HEIGHT;
      const symbolX = side === 'past' ? left + POINT_RADIUS : left + gutter - POINT_RADIUS;
      p.element.setAttribute('transform', `translate(${symbolX},${y})`);
      p.symbol.setAttribute('d', side === 'past' ? `M${POINT_RADIUS},-${POINT_RADIUS}L-${POINT_RADIUS},0L${POINT_RADIUS},${POINT_RADIUS}Z` : `M-${POINT_RADIUS},-${POINT_RADIUS}L${POINT_RADIUS},0L-${POINT_RADIUS},${POINT_RADIUS}Z`);
      const room = gutter - 2 * POINT_RADIUS - LABEL_GAP;
      p.label.textContent = fitText(wordsOf(mark), room, font);
      p.label.setAttribute('x', String(side === 'past' ? POINT_RADIUS + LABEL_GAP : -POINT_RADIUS - LABEL_GAP));
      p.label.setAttribute('text-anchor', side === 'past' ? 'start' : 'end');
      gutterPlaced.push(p);
    });
  };
  drawGutter(past, 'Past', MARGIN, pastWidth, 'past');
  drawGutter(future, 'Future', plotRight + MARGIN, futureWidth, 'future');

  /** Where a mark's symbol and label go at the current scale; `room` is the plot's pixel range. */
  const geometry = (p: Placed) => {
    const x0 = px(p.mark.from);
    const x1 = px(p.mark.to);
    if (p.mark.shape === 'point') {
      const cx = (x0 + x1) / 2;
      const right = cx + POINT_RADIUS + LABEL_GAP + p.labelWidth <= plotRight;
      const labelX = right ? POINT_RADIUS + LABEL_GAP : -POINT_RADIUS - LABEL_GAP;
      const lo = right ? cx - POINT_RADIUS : cx - POINT_RADIUS - LABEL_GAP - p.labelWidth;
      const hi = right ? cx + POINT_RADIUS + LABEL_GAP + p.labelWidth : cx + POINT_RADIUS;
      return { at: cx, spanWidth: 0, labelX, anchor: right ? 'start' : 'end', lo, hi, symbolLo: cx - POINT_RADIUS, symbolHi: cx + POINT_RADIUS };
    }
    const spanWidth = Math.max(2, x1 - x0);
    const visibleStart = Math.max(x0, plotLeft);
    const visibleEnd = Math.min(x0 + spanWidth, plotRight);
    let labelX: number;
    let anchor: 'start' | 'end';
    if (visibleEnd - visibleStart >= p.labelWidth + 2 * LABEL_GAP) {
      labelX = visibleStart - x0 + LABEL_GAP;
      anchor = 'start';
    } else if (x0 + spanWidth + LABEL_GAP + p.labelWidth <= plotRight) {
      labelX = spanWidth + LABEL_GAP;
      anchor = 'start';
    } else {
      labelX = -LABEL_GAP;
      anchor = 'end';
    }
    const labelLo = anchor === 'start' ? x0 + labelX : x0 + labelX - p.labelWidth;
    return {
      at: x0, spanWidth, labelX, anchor, lo: Math.min(x0, labelLo), hi: Math.max(x0 + spanWidth, labelLo + p.labelWidth),
      symbolLo: x0, symbolHi: x0 + spanWidth,
    };
  };

  let rows = 0;
  /**
   * Greedy rows in time order: each mark takes the first row where its symbol and label fit. When the labelled rows
   * are full, further marks go, without labels, into a few dense rows below them (their cards still name them), so
   * no symbol ever covers a label.
   */
  const layoutRows = () => {
    const rowEnds: number[] = [];
    const denseEnds: number[] = [];
    const dense: [Placed, number][] = [];
    const ordered = [...placed].sort((a, b) => px(a.mark.from) - px(b.mark.from) || a.mark.lane - b.mark.lane);
    for (const p of ordered) {
      const g = geometry(p);
      if (g.hi < plotLeft || g.lo > plotRight) continue; // off screen: keeps its row, takes no room
      let row = rowEnds.findIndex((end) => end + LABEL_GAP <= g.lo);
      if (row < 0 && rowEnds.length < MAX_LABELLED_ROWS) row = rowEnds.push(-Infinity) - 1;
      if (row >= 0) {
        p.labelled = true;
        p.row = row;
        rowEnds[row] = g.hi;
        continue;
      }
      p.labelled = false;
      let strip = denseEnds.findIndex((end) => end + 1 <= g.symbolLo);
      if (strip < 0 && denseEnds.length < DENSE_ROWS) strip = denseEnds.push(-Infinity) - 1;
      if (strip < 0) strip = denseEnds.indexOf(Math.min(...denseEnds));
      denseEnds[strip] = Math.max(denseEnds[strip], g.symbolHi);
      dense.push([p, strip]);
    }
    for (const [p, strip] of dense) p.row = rowEnds.length + strip;
    rowEnds.push(...denseEnds);
    rows = Math.max(rowEnds.length, gutterPlaced.length, 1);
    const height = FIRST_ROW_Y + rows * ROW_HEIGHT;
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    clipRect.attr('height', height);
    referenceLine.attr('y1', AXIS_Y).attr('y2', height - 4);
    for (const a of articleDateMarks) a.line.setAttribute('y2', String(height - 4));
    root.selectAll<SVGLineElement, unknown>('.gutter-line').attr('y2', height - 4);
    for (const p of placed) p.label.style.display = p.labelled ? '' : 'none';
  };

  const update = () => {
    axisGroup.call(axis.scale(x));
    for (const p of placed) {
      const g = geometry(p);
      // Marks well outside the plot are taken out of the drawing (and not moved) until they come back into view.
      const onScreen = g.hi >= plotLeft - CULL_MARGIN && g.lo <= plotRight + CULL_MARGIN;
      if (onScreen !== p.onScreen) {
        p.onScreen = onScreen;
        p.element.style.display = onScreen ? '' : 'none';
      }
      if (!onScreen) continue;
      p.element.setAttribute('transform', `translate(${g.at},${FIRST_ROW_Y + p.row * ROW_HEIGHT})`);
      if (p.mark.shape === 'span') p.symbol.setAttribute('width', String(g.spanWidth));
      if (p.labelled) {
        p.label.setAttribute('x', String(g.labelX));
        p.label.setAttribute('text-anchor', g.anchor);
      }
    }
    // Article-date labels left to right, each centred on its line where it does not run into the one before.
    let labelEnd = -Infinity;
    for (const a of articleDateMarks) {
      const at = px(a.date.day + 0.5);
      const inside = at >= plotLeft && at <= plotRight;
      a.line.setAttribute('x1', String(at));
      a.line.setAttribute('x2', String(at));
      a.line.style.display = inside ? '' : 'none';
      const left = Math.min(Math.max(at - a.width / 2, plotLeft), plotRight - a.width);
      const shown = inside && left >= labelEnd + LABEL_GAP;
      a.label.style.display = shown ? '' : 'none';
      if (shown) {
        a.label.setAttribute('x', String(left));
        labelEnd = left + a.width;
      }
    }
    if (model.referenceDay !== null) {
      const at = px(model.referenceDay + 0.5);
      const inside = at >= plotLeft && at <= plotRight;
      referenceLine.attr('x1', at).attr('x2', at).style('display', inside ? '' : 'none');
      const text = `Article date: ${model.referenceLabel}`;
      const w = textWidth(text, referenceFont) + 2;
      if (!inside) {
        referenceLabel.text(at < plotLeft ? `← ${text}` : `${text} →`).attr('x', at < plotLeft ? plotLeft : plotRight).attr('text-anchor', at < plotLeft ? 'start' : 'end');
      } else if (at + LABEL_GAP + w <= width - MARGIN) {
        referenceLabel.text(text).attr('x', at + LABEL_GAP).attr('text-anchor', 'start');
      } else {
        referenceLabel.text(text).attr('x', Math.max(MARGIN + w, at - LABEL_GAP)).attr('text-anchor', 'end');
      }
    }
  };

  layoutRows();
  update();

  // Zoom and pan along the time axis; the axis can show from a quarter of the article's stretch down to a few days.
  const days = model.domain.end - model.domain.start;
  let frame = 0;
  const zoomPan = attachZoomPan(svg, {
    scaleExtent: [0.25, Math.max(4, days / 3)],
    keep,
    onStart: () => {
      // A dense timeline moves only its symbols while a gesture lasts: thousands of labels re-laid every frame
      // are what makes a zoom stutter. They come back, re-laid in rows, when it ends.
      if (placed.length > DENSE_MARKS) svg.classList.add('gesture');
    },
    onZoom: (next) => {
      x = next.rescaleX(baseScale);
      if (!frame) frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    },
    onEnd: () => {
      svg.classList.remove('gesture');
      layoutRows();
      update();
    },
  });

  // Cards, clicks and keys on marks (one listener each for all marks).
  const byElement = new Map<Element, Placed>([...placed, ...gutterPlaced].map((p) => [p.element, p]));
  const markAt = (target: EventTarget | null) => {
    const element = target instanceof Element ? target.closest('.mark') : null;
    return element ? byElement.get(element) : undefined;
  };
  svg.addEventListener('mouseover', (event) => {
    if (event.buttons) return; // dragging: no cards on the way
    const p = markAt(event.target);
    if (p) host.tooltip.show(markCard(p.mark), { x: event.clientX, y: event.clientY });
  });
  svg.addEventListener('mouseout', (event) => {
    if (markAt(event.target) && !markAt(event.relatedTarget)) host.tooltip.hide();
  });
  svg.addEventListener('focusin', (event) => {
    const p = markAt(event.target);
    if (p) host.tooltip.show(markCard(p.mark), p.element.getBoundingClientRect());
  });
  svg.addEventListener('focusout', () => host.tooltip.hide());
  svg.addEventListener('click', (event) => {
    const p = markAt(event.target);
    if (p) host.select(p.mark);
  });
  const inTimeOrder = [...gutterPlaced.filter((p) => p.mark.placement === 'past'), ...placed, ...gutterPlaced.filter((p) => p.mark.placement === 'future')];
  svg.addEventListener('keydown', (event) => {
    const p = markAt(event.target);
    if (!p) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      host.select(p.mark);
    } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft' || event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      const here = inTimeOrder.indexOf(p);
      const next = event.key === 'Home' ? 0 : event.key === 'End' ? inTimeOrder.length - 1 : here + (event.key === 'ArrowRight' ? 1 : -1);
      inTimeOrder[Math.max(0, Math.min(inTimeOrder.length - 1, next))]?.element.focus();
    }
  });

  // What has no place on the axis, and the whole timeline as a list.
  const item = (mark: ListedExpression): ListItem => ({
    words: wordsOf(mark),
    meaning: mark.where ? `${mark.readable}, ${mark.where}` : mark.readable,
    snippet: mark.snippet === mark.where ? undefined : mark.snippet,
    onSelect: () => host.select(mark),
  });
  const lists = document.createElement('div');
  lists.className = 'timeline-lists';
  if (model.durations.length) lists.append(listSection('Durations', model.durations.map(item), 'listed listed-durations'));
  if (model.recurrences.length) lists.append(listSection('Recurring', model.recurrences.map(item), 'listed listed-recurrences'));
  if (model.undated.length) lists.append(listSection('Not on the calendar', model.undated.map(item), 'listed listed-undated'));
  if (articleDates.length) {
    // A click opens the (first) article dated that day at its start.
    lists.append(listSection('Article dates', articleDates.map((date) => ({
      words: date.label, meaning: date.files.join(', '), onSelect: () => host.select({ start: 0, end: 0, uri: date.uris[0] }),
    })), 'listed listed-article-dates'));
  }
  if (lists.childElementCount) container.append(lists);
  if (model.marks.length === 0) {
    const note = document.createElement('p');
    note.className = 'picture-note';
    note.textContent = host.emptyNote ?? 'No expression in this article names a day, month or year, so there is nothing to place on the time axis.';
    container.insertBefore(note, plotBox);
  }
  container.append(fallbackList('The timeline as a list', inTimeOrder.map((p) => ({ ...item(p.mark), meaning: p.mark.placement === 'past' ? 'the past' : p.mark.placement === 'future' ? 'the future' : p.mark.readable }))));

  return { svg, transform: zoomPan.transform };
}

function placeMark(parent: SVGGElement, mark: TimelineMark, font: string): Placed {
  const element = document.createElementNS(SVG_NS, 'g');
  element.classList.add('mark', `mark-${mark.placement}`, `mark-${mark.shape}`);
  element.setAttribute('tabindex', '0');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', markLabel(mark));
  element.dataset.start = String(mark.start);
  element.dataset.end = String(mark.end);
  element.dataset.value = mark.value;
  let symbol: SVGElement;
  if (mark.placement === 'past' || mark.placement === 'future') {
    symbol = document.createElementNS(SVG_NS, 'path');
  } else if (mark.shape === 'point') {
    symbol = document.createElementNS(SVG_NS, 'circle');
    symbol.setAttribute('r', String(POINT_RADIUS));
  } else {
    symbol = document.createElementNS(SVG_NS, 'rect');
    symbol.setAttribute('y', String(-SPAN_HEIGHT / 2));
    symbol.setAttribute('height', String(SPAN_HEIGHT));
    symbol.setAttribute('rx', '3');
  }
  symbol.classList.add('symbol');
  const label = document.createElementNS(SVG_NS, 'text');
  label.classList.add('label');
  label.setAttribute('dy', '0.35em');
  label.textContent = wordsOf(mark);
  element.append(symbol, label);
  parent.append(element);
  return { mark, element, symbol, label, labelWidth: textWidth(wordsOf(mark), font), row: 0, labelled: true, onScreen: true };
}

/** The text, shortened with "…" to fit `room` pixels (only for the narrow vague-reference gutters). */
function fitText(text: string, room: number, font: string): string {
  if (textWidth(text, font) <= room) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (textWidth(`${text.slice(0, mid)}…`, font) <= room) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}
