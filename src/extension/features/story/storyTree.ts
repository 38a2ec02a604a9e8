/**
 * The Story view's rows, level by level: groups (people, organisations, places, other names, timeline, quotations)
 * → entities with their article and mention counts → articles → mentions; timeline → dates → mentions; quotations →
 * speakers → quotations. A row's id encodes its path, so the view asks for the children of an id and gets them
 * without either side keeping a tree. Pure (no vscode, no Node): it runs in the index worker.
 */
import type { EntityType } from '../../../core/types';
import type { StoryEntity, StoryIndex } from '../../../core/story/storyIndex';
import { formatCalendarValue } from '../../../presentation/dateDistance';
import { ENTITY_GROUPS } from '../../../presentation/categories';
import { fileName } from './uriText';

export type StorySort = 'mentions' | 'articles' | 'name';
export const STORY_SORTS: readonly StorySort[] = ['mentions', 'articles', 'name'];

export interface StoryRow {
  /** Unique and stable across refreshes, so the view keeps what was expanded. */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  /** A codicon id. */
  icon: string;
  hasChildren: boolean;
  /** Open when first shown. */
  expanded?: boolean;
  /** What a click opens. */
  reveal?: { uri: string; start: number; end: number };
  entityType?: EntityType;
}

/** Rows per level; the rest is one "more" row asking for the filter. */
export const MAX_ROWS = 500;

const SEP = '\u0001';

export function storyChildren(index: StoryIndex, parent: string | undefined, sort: StorySort, filter: string): StoryRow[] {
  if (parent === undefined) return rootRows(index, sort, filter);
  const [kind, ...rest] = parent.split(SEP);
  switch (kind) {
    case 'group':
      return groupRows(index, rest[0], sort, filter);
    case 'entity':
      return articleRows(index, rest[0]);
    case 'article':
      return mentionRows(index, rest[0], rest[1]);
    case 'date':
      return dateMentionRows(index, rest[0]);
    case 'speaker':
      return quoteRows(index, rest[0]);
    default:
      return [];
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function filteredEntities(index: StoryIndex, filter: string): readonly StoryEntity[] {
  return filter.trim() ? index.search(filter) : index.entities();
}

function sorted(entities: readonly StoryEntity[], sort: StorySort): StoryEntity[] {
  const byName = (a: StoryEntity, b: StoryEntity) => a.name.localeCompare(b.name);
  const list = [...entities];
  if (sort === 'name') return list.sort(byName);
  if (sort === 'articles') return list.sort((a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || byName(a, b));
  return list.sort((a, b) => b.mentionCount - a.mentionCount || b.articleCount - a.articleCount || byName(a, b));
}

function capped(rows: StoryRow[], parent: string): StoryRow[] {
  if (rows.length <= MAX_ROWS) return rows;
  const rest = rows.length - MAX_ROWS;
  return [
    ...rows.slice(0, MAX_ROWS),
    { id: `more${SEP}${parent}`, label: `${rest} more…`, description: 'use the filter to narrow', icon: 'ellipsis', hasChildren: false },
  ];
}

function matchesFilter(text: string, filter: string): boolean {
  return !filter.trim() || text.toLowerCase().includes(filter.trim().toLowerCase());
}

function rootRows(index: StoryIndex, sort: StorySort, filter: string): StoryRow[] {
  const rows: StoryRow[] = [];
  const entities = filteredEntities(index, filter);
  for (const g of ENTITY_GROUPS) {
    const count = entities.reduce((n, e) => n + (e.type === g.type ? 1 : 0), 0);
    if (count === 0) continue;
    rows.push({ id: `group${SEP}${g.id}`, label: g.label, description: String(count), icon: g.icon, hasChildren: true, expanded: g.type === 'PERSON' });
  }
  const dates = timelineDates(index, filter);
  if (dates.length > 0) rows.push({ id: `group${SEP}timeline`, label: 'Timeline', description: String(dates.length), icon: 'calendar', hasChildren: true });
  const speakers = speakersMatching(index, filter);
  const quoteCount = speakers.reduce((n, s) => n + s.quotes.length, 0);
  if (quoteCount > 0) rows.push({ id: `group${SEP}quotes`, label: 'Quotations', description: String(quoteCount), icon: 'quote', hasChildren: true });
  return rows;
}

function groupRows(index: StoryIndex, group: string, sort: StorySort, filter: string): StoryRow[] {
  const parent = `group${SEP}${group}`;
  if (group === 'timeline') {
    return capped(timelineDates(index, filter).map((d): StoryRow => ({
      id: `date${SEP}${d.value}${d.mod ? `${SEP}${d.mod}` : ''}`,
      label: formatCalendarValue(d.value) ?? d.value,
      description: `${d.value}${d.mod ? ` (${d.mod.toLowerCase()})` : ''} · ${plural(d.articleCount, 'article')} · ${plural(d.mentions.length, 'mention')}`,
      icon: d.type === 'TIME' ? 'clock' : 'calendar',
      hasChildren: true,
    })), parent);
  }
  if (group === 'quotes') {
    const speakers = speakersMatching(index, filter);
    const ordered = sort === 'name'
      ? [...speakers].sort((a, b) => Number(!a.entity) - Number(!b.entity) || (a.entity?.name ?? '').localeCompare(b.entity?.name ?? ''))
      : sort === 'articles'
        ? [...speakers].sort((a, b) => Number(!a.entity) - Number(!b.entity) || b.articleCount - a.articleCount || b.quotes.length - a.quotes.length)
        : speakers;
    return capped(ordered.map((s): StoryRow => ({
      id: `speaker${SEP}${s.entity?.key ?? ''}`,
      label: s.entity?.name ?? 'No speaker found',
      description: `${plural(s.quotes.length, 'quotation')} · ${plural(s.articleCount, 'article')}`,
      icon: s.entity ? 'person' : 'question',
      hasChildren: true,
    })), parent);
  }
  const type = ENTITY_GROUPS.find((g) => g.id === group)?.type;
  if (!type) return [];
  const entities = sorted(filteredEntities(index, filter).filter((e) => e.type === type), sort);
  return capped(entities.map((e) => entityRow(e)), parent);
}

function entityRow(e: StoryEntity): StoryRow {
  const flag = e.ambiguity ? ' · ambiguous' : '';
  const tooltip = [
    `${e.name} (${e.type.toLowerCase()})`,
    `${plural(e.mentionCount, 'mention')} in ${plural(e.articleCount, 'article')}`,
    e.aliases.length > 1 ? `Also written: ${e.aliases.slice(1, 8).join(', ')}${e.aliases.length > 8 ? ', …' : ''}` : undefined,
    ambiguityText(e),
  ].filter(Boolean).join('\n');
  return {
    id: `entity${SEP}${e.key}`,
    label: e.name,
    description: `${plural(e.articleCount, 'article')} · ${plural(e.mentionCount, 'mention')}${flag}`,
    tooltip,
    icon: ENTITY_GROUPS.find((g) => g.type === e.type)?.icon ?? 'symbol-misc',
    hasChildren: true,
    entityType: e.type,
  };
}

/** What the card and the tooltip say about an ambiguous name. */
export function ambiguityText(e: Pick<StoryEntity, 'name' | 'ambiguity'>): string | undefined {
  const a = e.ambiguity;
  if (!a) return undefined;
  if (a.kind === 'surname') return `Ambiguous: "${a.surname}" could be ${listOr(a.candidates)}; not joined to any of them.`;
  return `Another ${a.surname} in the workspace: ${a.others.slice(0, 5).join(', ')}${a.others.length > 5 ? ', …' : ''}. A bare "${a.surname}" is not joined to either.`;
}

function listOr(names: readonly string[]): string {
  const shown = names.slice(0, 5);
  const more = names.length > shown.length ? ` (and ${names.length - shown.length} more)` : '';
  return shown.length <= 1 ? `${shown.join('')}${more}` : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}${more}`;
}

function articleRows(index: StoryIndex, key: string): StoryRow[] {
  return capped(index.mentionsOf(key).map((a): StoryRow => {
    const first = a.mentions[0];
    return {
      id: `article${SEP}${key}${SEP}${a.articleId}`,
      label: fileName(a.articleId),
      description: `${plural(a.mentions.length, 'mention')} · ${a.title}`,
      tooltip: a.title,
      icon: 'file-text',
      hasChildren: a.mentions.length > 0,
      reveal: first && { uri: a.articleId, start: first.start, end: first.end },
    };
  }), `entity${SEP}${key}`);
}

function mentionRows(index: StoryIndex, key: string, uri: string): StoryRow[] {
  const article = index.mentionsOf(key).find((a) => a.articleId === uri);
  if (!article) return [];
  return capped(article.mentions.map((m): StoryRow => ({
    id: `mention${SEP}${key}${SEP}${uri}${SEP}${m.start}`,
    label: m.text,
    description: `line ${m.line + 1}${m.kind === 'name' ? '' : ` · ${m.kind}`}`,
    icon: 'symbol-field',
    hasChildren: false,
    reveal: { uri, start: m.start, end: m.end },
  })), `article${SEP}${key}${SEP}${uri}`);
}

function timelineDates(index: StoryIndex, filter: string) {
  const f = filter.trim();
  if (!f) return index.timeline();
  return index.timeline().filter((d) => matchesFilter(d.value, f) || matchesFilter(formatCalendarValue(d.value) ?? '', f) || d.mentions.some((m) => matchesFilter(m.text, f)));
}

function dateMentionRows(index: StoryIndex, value: string): StoryRow[] {
  const [v, mod] = value.split(SEP);
  const date = index.timeline().find((d) => d.value === v && (d.mod ?? '') === (mod ?? ''));
  if (!date) return [];
  return capped(date.mentions.map((m): StoryRow => ({
    id: `datemention${SEP}${value}${SEP}${m.articleId}${SEP}${m.start}`,
    label: m.text,
    description: `${fileName(m.articleId)} · line ${m.line + 1}`,
    icon: 'symbol-event',
    hasChildren: false,
    reveal: { uri: m.articleId, start: m.start, end: m.end },
  })), `date${SEP}${value}`);
}

function speakersMatching(index: StoryIndex, filter: string) {
  const speakers = index.quotesBySpeaker();
  if (!filter.trim()) return speakers;
  const matching = new Set(index.search(filter));
  return speakers.filter((s) => s.entity && matching.has(s.entity));
}

function quoteRows(index: StoryIndex, key: string): StoryRow[] {
  const speaker = index.quotesBySpeaker().find((s) => (s.entity?.key ?? '') === key);
  if (!speaker) return [];
  return capped(speaker.quotes.map((q): StoryRow => ({
    id: `quote${SEP}${q.articleId}${SEP}${q.start}`,
    label: q.excerpt,
    description: `${fileName(q.articleId)} · line ${q.line + 1}${q.kind === 'direct' ? '' : ` · ${q.kind}`}`,
    tooltip: q.excerpt,
    icon: q.kind === 'reported' ? 'comment' : 'quote',
    hasChildren: false,
    reveal: { uri: q.articleId, start: q.start, end: q.end },
  })), `speaker${SEP}${key}`);
}
