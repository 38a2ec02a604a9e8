/**
 * The Article Map panel's script: receives the models from the extension, draws the picture on show (the hidden one
 * when it is next shown), redraws in place on updates and resizes (keeping the zoom while the article stays the
 * same), sends clicks back as spans to select, and answers export requests with the picture's SVG or PNG. The scope
 * switch (this article / the story) and the story's entity filter are the reader's choice, kept in the page's state
 * so they survive a hidden panel and a window reload; the extension is told on "ready" and on every change.
 */
import type { ZoomTransform } from 'd3-zoom';
import type { ExtensionMessage, MapPicture, MapScope, MapView, PictureFormat, WebviewMessage } from '../../extension/features/map/mapMessages';
import { EntityFilter } from './entityFilter';
import { pngDataUrl, svgMarkup } from './exportPicture';
import { drawGraph } from './graph';
import { drawTimeline } from './timeline';
import type { DrawnPicture } from './picture';
import { Tooltip } from './tooltip';

declare function acquireVsCodeApi(): { postMessage(message: WebviewMessage): void; getState(): unknown; setState(state: unknown): void };

type RenderMessage = Extract<ExtensionMessage, { type: 'render' }>;

const vscode = acquireVsCodeApi();
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const main = byId<HTMLElement>('article-map');
const sections: Record<MapPicture, HTMLElement> = { timeline: byId('picture-timeline'), graph: byId('picture-graph') };
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const title = byId<HTMLElement>('map-title');
const status = byId<HTMLElement>('map-status');
const empty = byId<HTMLElement>('map-empty');
const tooltip = new Tooltip(byId('map-tooltip'));

const saved = vscode.getState() as { picture?: MapPicture; view?: Partial<MapView> } | undefined;
let picture: MapPicture = saved?.picture === 'graph' ? 'graph' : 'timeline';
let view: MapView = {
  scope: saved?.view?.scope === 'story' ? 'story' : 'article',
  filter: typeof saved?.view?.filter === 'string' ? saved.view.filter : null,
};
const scopeButtons = [...document.querySelectorAll<HTMLButtonElement>('[role="radio"][data-scope]')];
const filterBar = byId<HTMLElement>('map-filter');
const entityFilter = new EntityFilter(byId('filter-input'), byId('filter-list'), byId('filter-clear'), (entity) => setView({ scope: 'story', filter: entity?.key ?? null }));

function saveState(): void {
  vscode.setState({ picture, view });
}

/** Shows the scope (and the filter bar for the story); tells the extension when the reader changed it. */
function setView(next: MapView, tell = true): void {
  view = next;
  saveState();
  for (const button of scopeButtons) {
    const checked = button.dataset.scope === view.scope;
    button.setAttribute('aria-checked', String(checked));
    button.tabIndex = checked ? 0 : -1;
  }
  filterBar.hidden = view.scope !== 'story';
  if (tell) post({ type: 'setView', view });
}
let current: RenderMessage | undefined;
let drawnTimeline: DrawnPicture | undefined;
let drawnGraph: DrawnPicture | undefined;
/** What each picture was last drawn from, so a tab switch redraws only when needed. */
const drawnFrom: Record<MapPicture, { message: RenderMessage; width: number } | undefined> = { timeline: undefined, graph: undefined };
/** Per node or edge: which of its quotations the next click selects. */
const nextSpan = new Map<string, number>();

function post(message: WebviewMessage): void {
  vscode.postMessage(message);
}

function reveal(span: { start: number; end: number; uri?: string }): void {
  if (!current) return;
  const message: WebviewMessage = { type: 'reveal', version: current.version, span: { start: span.start, end: span.end } };
  post(span.uri ? { ...message, uri: span.uri } : message);
}

/** Which pictures a zoom is kept across: the same article, or the story on the same filter. */
const identityOf = (message: RenderMessage) => `${message.uri}#${message.story?.filter?.key ?? ''}`;

function emptyNotes(message: RenderMessage): { timeline?: string; graph?: string } {
  if (message.scope !== 'story') return {};
  const name = message.story?.filter?.name;
  return {
    timeline: `No date in the story's articles ${name ? `stands in a paragraph naming ${name}` : 'names a day, month or year'}, so there is nothing to place on the time axis.`,
    graph: `No quotation in the story's articles${name ? ` is by or about ${name}` : ''}, so there is no one to draw.`,
  };
}

function draw(which: MapPicture): void {
  const message = current;
  if (!message) return;
  const section = sections[which];
  const width = section.clientWidth;
  const previous = drawnFrom[which];
  if (previous && previous.message === message && previous.width === width) return;
  // The same article redrawn (an edit, a resize): keep the reader's zoom.
  const sameArticle = previous !== undefined && identityOf(previous.message) === identityOf(message);
  const notes = emptyNotes(message);
  const scrollTop = section.scrollTop;
  if (which === 'timeline') {
    const keep: ZoomTransform | undefined = sameArticle ? drawnTimeline?.transform() : undefined;
    drawnTimeline = drawTimeline(section, message.timeline, { tooltip, select: reveal, emptyNote: notes.timeline }, keep);
  } else {
    const keep: ZoomTransform | undefined = sameArticle ? drawnGraph?.transform() : undefined;
    drawnGraph = drawGraph(section, message.graph, {
      tooltip,
      selectNext: (key, spans) => {
        if (spans.length === 0) return;
        const index = (nextSpan.get(key) ?? 0) % spans.length;
        nextSpan.set(key, index + 1);
        reveal(spans[index]);
      },
      emptyNote: notes.graph,
    }, keep);
  }
  section.scrollTop = scrollTop;
  drawnFrom[which] = { message, width };
}

function show(which: MapPicture): void {
  picture = which;
  saveState();
  for (const tab of tabs) {
    const selected = tab.dataset.picture === which;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
  }
  for (const [name, section] of Object.entries(sections)) section.hidden = name !== which || !current;
  tooltip.hide();
  draw(which);
}

function render(message: RenderMessage): void {
  if (message.scope !== view.scope) return; // drawn for the scope the reader just left: the right one is coming
  if (!current || identityOf(current) !== identityOf(message)) nextSpan.clear();
  if (message.scope === 'story' && message.story) {
    entityFilter.set(message.story.entities, message.story.filter);
    // The extension drops a filter the index no longer knows: follow it.
    const filter = message.story.filter?.key ?? null;
    if (view.filter !== filter) setView({ scope: 'story', filter }, false);
  }
  current = message;
  empty.hidden = true;
  title.textContent = message.title;
  status.textContent = message.updating ? 'Updating…' : '';
  main.setAttribute('aria-busy', String(message.updating));
  show(picture);
}

function showEmpty(text: string): void {
  current = undefined;
  drawnFrom.timeline = drawnFrom.graph = undefined;
  for (const section of Object.values(sections)) {
    section.hidden = true;
    section.replaceChildren();
  }
  title.textContent = '';
  status.textContent = '';
  empty.textContent = text;
  empty.hidden = false;
  main.setAttribute('aria-busy', 'false');
}

async function exportPicture(which: MapPicture, format: PictureFormat): Promise<string> {
  if (!current) throw new Error('there is no picture to export');
  show(which);
  const drawn = which === 'timeline' ? drawnTimeline : drawnGraph;
  if (!drawn || !drawn.svg.isConnected) throw new Error('this picture is empty');
  const background = getComputedStyle(document.body).backgroundColor || 'white';
  const markup = svgMarkup(drawn.svg, background);
  if (format === 'svg') return markup;
  return pngDataUrl(markup, Number(drawn.svg.getAttribute('width')), Number(drawn.svg.getAttribute('height')));
}

window.addEventListener('message', (event: MessageEvent<ExtensionMessage>) => {
  const message = event.data;
  switch (message?.type) {
    case 'render':
      render(message);
      break;
    case 'updating':
      status.textContent = current ? 'Updating…' : '';
      break;
    case 'empty':
      showEmpty(message.message);
      break;
    case 'showPicture':
      show(message.picture);
      break;
    case 'export':
      exportPicture(message.picture, message.format).then(
        (data) => post({ type: 'exported', requestId: message.requestId, format: message.format, data }),
        (error: unknown) => post({ type: 'exportFailed', requestId: message.requestId, message: error instanceof Error ? error.message : String(error) }),
      );
      break;
  }
});

for (const tab of tabs) {
  tab.addEventListener('click', () => show(tab.dataset.picture === 'graph' ? 'graph' : 'timeline'));
  tab.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const other = tabs.find((t) => t !== tab)!;
    other.focus();
    show(other.dataset.picture === 'graph' ? 'graph' : 'timeline');
  });
}
for (const button of scopeButtons) {
  const scopeOf = (b: HTMLButtonElement): MapScope => (b.dataset.scope === 'story' ? 'story' : 'article');
  button.addEventListener('click', () => {
    if (scopeOf(button) !== view.scope) setView({ scope: scopeOf(button), filter: view.filter });
  });
  button.addEventListener('keydown', (event) => {
    if (!['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'].includes(event.key)) return;
    event.preventDefault();
    const other = scopeButtons.find((b) => b !== button)!;
    other.focus();
    setView({ scope: scopeOf(other), filter: view.filter });
  });
}
for (const button of document.querySelectorAll<HTMLButtonElement>('.map-export')) {
  button.addEventListener('click', () => post({ type: 'requestExport', picture, format: button.dataset.format === 'png' ? 'png' : 'svg' }));
}

// Redraw for the new width once the panel has settled (one frame), not on every resize event.
let resizeFrame = 0;
new ResizeObserver(() => {
  if (resizeFrame) return;
  resizeFrame = requestAnimationFrame(() => {
    resizeFrame = 0;
    if (current) draw(picture);
  });
}).observe(main);

setView(view, false);
post({ type: 'ready', view });
