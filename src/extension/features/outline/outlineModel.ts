/**
 * The article outline as plain data: the rows of the Article Lens tree view (and, reshaped, the document symbols).
 * Groups: dateline, paragraphs, people, organisations, places, other names, a timeline of dates in chronological
 * order, and quotations grouped by speaker. Every leaf carries the span it reveals. Pure.
 */
import type { Annotation, Entity, EntityType, Quote, Span } from '../../../core/types';
import { AnnotationIndex } from '../../../presentation/annotationIndex';
import { formatCalendarValue } from '../../../presentation/dateDistance';
import { chronological } from '../../../presentation/timeline';
import { ENTITY_GROUPS, type EntityGroupId } from '../../../presentation/categories';
import { LineIndex } from '../../../presentation/lineIndex';
import { firstWords } from '../../../presentation/markdownText';
import { readableTimexValue } from '../../../presentation/timexText';

export type OutlineSort = 'appearance' | 'mentions' | 'name';
export const OUTLINE_SORTS: readonly OutlineSort[] = ['appearance', 'mentions', 'name'];

export type OutlineNodeKind =
  | 'group'
  | 'dateline'
  | 'paragraph'
  | 'entity'
  | 'mention'
  | 'date'
  | 'speaker'
  | 'quote'
  | 'more';

export type OutlineGroupId = 'dateline' | 'paragraphs' | EntityGroupId | 'timeline' | 'quotes';

export interface OutlineNode {
  /** Stable across re-analyses of the same text, so the tree keeps its expansion state. */
  id: string;
  kind: OutlineNodeKind;
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon id. */
  icon: string;
  /** The span a click reveals (a speaker's first quotation); groups have none. */
  span?: Span;
  /** For entity and mention rows, the entity; for speaker rows, the speaker (absent for unattributed quotes). */
  entityId?: string;
  entityType?: EntityType;
  /** Built on first access: a large article has tens of thousands of rows, and a tree shows few of them at once. */
  readonly children: OutlineNode[];
  /** The number of children, known without building them. */
  readonly childCount: number;
  /** Set when the node is built as a child (not enumerable, so nodes stay acyclic for JSON and deep equality). */
  readonly parent?: OutlineNode;
}

type NodeFields = Omit<OutlineNode, 'children' | 'childCount' | 'parent'>;

function leaf(fields: NodeFields): OutlineNode {
  return withChildren(fields, 0, () => []);
}

function withChildren(fields: NodeFields, childCount: number, build: () => OutlineNode[]): OutlineNode {
  const node = { ...fields, childCount } as OutlineNode;
  let children: OutlineNode[] | undefined;
  Object.defineProperty(node, 'children', {
    enumerable: true,
    get: () => {
      if (!children) {
        children = build();
        for (const child of children) Object.defineProperty(child, 'parent', { value: node, enumerable: false });
      }
      return children;
    },
  });
  return node;
}

export interface OutlineInput {
  text: string;
  annotation: Annotation;
  /** Paragraph spans; the analysis worker sends them with the annotation. */
  paragraphs: readonly Span[];
}

const PARAGRAPH_PREVIEW_WORDS = 8;
const QUOTE_PREVIEW_WORDS = 8;

export function buildOutline(input: OutlineInput, sort: OutlineSort = 'appearance'): OutlineNode[] {
  const { text, annotation } = input;
  const index = new AnnotationIndex(annotation);
  // Line numbers are needed only by rows, which are built lazily; so is the index of line starts.
  let lines: LineIndex | undefined;
  const lineLabel = (offset: number) => `line ${(lines ??= new LineIndex(text)).lineNumberAt(offset)}`;
  const groups: OutlineNode[] = [];

  if (annotation.dateline) {
    const d = annotation.dateline;
    const parts = [d.place, d.date, d.agency].filter((p): p is string => !!p);
    groups.push(leaf({
      id: 'dateline',
      kind: 'dateline',
      label: parts.length > 0 ? parts.join(' · ') : text.slice(d.start, d.end).trim(),
      description: 'dateline',
      icon: 'milestone',
      span: { start: d.start, end: d.end },
    }));
  }

  const paragraphs = () => mapRows(input.paragraphs, 'paragraphs', (p, i): OutlineNode => leaf({
    id: `paragraph:${p.start}`,
    kind: 'paragraph',
    label: firstWords(preview(text, p), PARAGRAPH_PREVIEW_WORDS),
    description: `¶${i + 1} · ${lineLabel(p.start)}`,
    icon: 'symbol-text',
    span: { start: p.start, end: p.end },
  }));
  if (input.paragraphs.length > 0) groups.push(group('paragraphs', 'Paragraphs', 'list-flat', input.paragraphs.length, paragraphs));

  for (const g of ENTITY_GROUPS) {
    const entities = sortEntities(
      annotation.entities.filter((e) => e.type === g.type && e.mentions.length > 0),
      sort,
      index,
    );
    const rows = () => mapRows(entities, g.id, (entity): OutlineNode => {
      const count = entity.mentions.length;
      const first = index.firstMention(entity)!;
      return withChildren({
        id: `entity:${entity.id}`,
        kind: 'entity',
        label: entity.name,
        // The count first: a long role ("President of the Russian Federation") is what the sidebar may cut off.
        description: [`${count}×`, entity.role].filter(Boolean).join(' · '),
        tooltip: `${entity.name}${entity.role ? ` — ${entity.role}` : ''}: ${count} mention${count === 1 ? '' : 's'}`,
        icon: g.icon,
        span: { start: first.start, end: first.end },
        entityId: entity.id,
        entityType: entity.type,
      }, count, () => mapRows(index.mentionsOf(entity), `mentions:${entity.id}`, (m) => leaf({
          id: `mention:${entity.id}:${m.start}`,
          kind: 'mention' as const,
          label: m.text.replace(/\s+/g, ' '),
          description: `${lineLabel(m.start)}${m.kind === 'name' ? '' : ` · ${m.kind}`}`,
          icon: 'symbol-reference',
          span: { start: m.start, end: m.end },
          entityId: entity.id,
          entityType: entity.type,
        })));
    });
    if (entities.length > 0) groups.push(group(g.id, g.label, g.icon, entities.length, rows));
  }

  const timeline = () => mapRows(chronological(annotation.temporal), 'timeline', (t): OutlineNode => leaf({
    id: `date:${t.start}`,
    kind: 'date',
    label: t.text.replace(/\s+/g, ' '),
    description: `${formatCalendarValue(t.value ?? '') ?? readableTimexValue(t.value ?? '') ?? t.value ?? 'no value'} · ${lineLabel(t.start)}`,
    tooltip: `${t.type} ${t.value ?? '(no TIMEX3 value)'}`,
    icon: t.type === 'TIME' ? 'clock' : t.type === 'DURATION' ? 'watch' : 'calendar',
    span: { start: t.start, end: t.end },
  }));
  if (annotation.temporal.length > 0) groups.push(group('timeline', 'Timeline', 'calendar', annotation.temporal.length, timeline));

  const speakerCount = new Set(annotation.quotes.map((q) => (index.entity(q.speaker) ? q.speaker : null))).size;
  const quoteGroups = () => mapRows(groupQuotesBySpeaker(annotation, index, sort), 'speakers', ({ speaker, quotes }): OutlineNode => withChildren({
    id: `speaker:${speaker?.id ?? '(none)'}`,
    kind: 'speaker',
    label: speaker ? speaker.name : 'Unattributed',
    description: statementCounts(quotes),
    tooltip: `${speaker ? speaker.name : 'Unattributed'}: ${statementCounts(quotes)}`,
    // Clicking a speaker shows their first quotation.
    span: { start: quotes[0].start, end: quotes[0].end },
    icon: speaker ? 'person' : 'question',
    entityId: speaker?.id,
    entityType: speaker?.type,
  }, quotes.length, () => mapRows(quotes, `quotes:${speaker?.id ?? '(none)'}`, (q) => leaf({
      id: `quote:${q.start}`,
      kind: 'quote' as const,
      label: firstWords(preview(q.text, { start: 0, end: q.text.length }), QUOTE_PREVIEW_WORDS),
      description: `${q.kind}${q.cue ? ` · ${q.cue.text}` : ''} · ${lineLabel(q.start)}`,
      icon: q.kind === 'reported' ? 'comment' : 'quote',
      span: { start: q.start, end: q.end },
    }))));
  if (speakerCount > 0) groups.push(group('quotes', 'Quotations', 'quote', speakerCount, quoteGroups));

  return groups;
}

/**
 * At most MAX_ROWS rows per list — paragraphs, people, organisations, places, other names, dates, speakers and each
 * one's mentions and quotations: a tree of eighty thousand people is unreadable and slow to build; the rest is one
 * "… N more" row (Find, Go to Symbol and Find All References still reach everything).
 */
export const MAX_ROWS = 2000;

function mapRows<T>(items: readonly T[], key: string, toRow: (item: T, index: number) => OutlineNode): OutlineNode[] {
  const shown = Math.min(items.length, MAX_ROWS);
  const rows = new Array<OutlineNode>(shown);
  for (let i = 0; i < shown; i++) rows[i] = toRow(items[i], i);
  if (items.length > MAX_ROWS) rows.push(moreRow(key, items.length - MAX_ROWS));
  return rows;
}

function moreRow(key: string, hidden: number): OutlineNode {
  return leaf({
    id: `more:${key}`,
    kind: 'more',
    label: `… ${hidden.toLocaleString('en-US')} more`,
    tooltip: `${hidden.toLocaleString('en-US')} more not listed here: the outline shows the first ${MAX_ROWS.toLocaleString('en-US')}`,
    icon: 'ellipsis',
  });
}

function group(id: OutlineGroupId, label: string, icon: string, count: number, build: () => OutlineNode[]): OutlineNode {
  return withChildren({ id: `group:${id}`, kind: 'group', label, description: String(count), icon }, count, build);
}

/** Enough of a span's text for a few words of preview, without splitting a whole long paragraph. */
function preview(text: string, span: Span): string {
  return text.slice(span.start, Math.min(span.end, span.start + 400));
}

export function sortEntities(entities: Entity[], sort: OutlineSort, index: AnnotationIndex): Entity[] {
  const firstStarts = new Map(entities.map((e) => [e, index.firstMention(e)?.start ?? Number.MAX_SAFE_INTEGER]));
  const first = (e: Entity) => firstStarts.get(e)!;
  const byAppearance = (a: Entity, b: Entity) => first(a) - first(b);
  const byName = (a: Entity, b: Entity) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' });
  switch (sort) {
    case 'appearance':
      return [...entities].sort(byAppearance);
    case 'mentions':
      return [...entities].sort((a, b) => b.mentions.length - a.mentions.length || byAppearance(a, b));
    case 'name':
      return [...entities].sort((a, b) => byName(a, b) || byAppearance(a, b));
  }
}

/** "2 quotes · 3 reported": the speaker's own words apart from the writer's paraphrase of them. */
function statementCounts(quotes: readonly Quote[]): string {
  const reported = quotes.filter((q) => q.kind === 'reported').length;
  const quoted = quotes.length - reported;
  return [
    quoted > 0 ? `${quoted} quote${quoted === 1 ? '' : 's'}` : undefined,
    reported > 0 ? `${reported} reported` : undefined,
  ].filter(Boolean).join(' · ');
}

function groupQuotesBySpeaker(annotation: Annotation, index: AnnotationIndex, sort: OutlineSort) {
  const bySpeaker = new Map<string | null, typeof annotation.quotes>();
  for (const quote of [...annotation.quotes].sort((a, b) => a.start - b.start)) {
    const key = index.entity(quote.speaker) ? quote.speaker : null;
    const list = bySpeaker.get(key) ?? [];
    list.push(quote);
    bySpeaker.set(key, list);
  }
  const speakers = sortEntities(
    [...bySpeaker.keys()].filter((k): k is string => k !== null).map((id) => index.entity(id)!),
    sort,
    index,
  );
  const result = speakers.map((speaker) => ({ speaker: speaker as Entity | undefined, quotes: bySpeaker.get(speaker.id)! }));
  const unattributed = bySpeaker.get(null);
  if (unattributed) result.push({ speaker: undefined, quotes: unattributed });
  return result;
}

/**
 * The most specific row at an offset: a mention, date or quote row beats a paragraph row, and the shortest span
 * wins among equals. Entity rows stand in for their first mention, so a mention row is preferred to them.
 */
export function findNodeAt(roots: readonly OutlineNode[], offset: number): OutlineNode | undefined {
  const rank: Record<OutlineNodeKind, number> = {
    mention: 0, date: 1, quote: 2, dateline: 3, paragraph: 4, entity: 5, speaker: 9, group: 9, more: 9,
  };
  let best: OutlineNode | undefined;
  const visit = (node: OutlineNode) => {
    if (node.span && node.span.start <= offset && offset <= node.span.end && rank[node.kind] < 9) {
      if (
        !best ||
        rank[node.kind] < rank[best.kind] ||
        (rank[node.kind] === rank[best.kind] && length(node.span) < length(best.span!))
      ) {
        best = node;
      }
    }
    for (const child of node.children) visit(child);
  };
  for (const root of roots) visit(root);
  return best;
}

function length(span: Span): number {
  return span.end - span.start;
}
