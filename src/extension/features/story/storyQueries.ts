/**
 * The questions the extension asks the story index, answered where the index lives (the index worker): the Story
 * view's rows level by level, Ctrl+T's symbols, the cross-article references and hover facts for a mention. Answers
 * are small plain data: the host only turns them into VS Code objects. Pure (no vscode, no Node).
 */
import type { EntityType } from '../../../core/types';
import { positionIn, type ArticleDigest } from '../../../core/story/digest';
import { nameKey } from '../../../core/story/names';
import type { StoryIndex } from '../../../core/story/storyIndex';
import type { Ambiguity } from '../../../core/story/identity';
import { storyChildren, type StorySort, type StoryRow } from './storyTree';
import { fileName } from './uriText';
import { buildStoryMap, type StoryMapModel } from '../map/storyMap';

export interface StoryLocation {
  uri: string;
  start: number;
  end: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface StorySymbol extends StoryLocation {
  name: string;
  type: EntityType;
  /** The article's file name, for Ctrl+T's right-hand column. */
  container: string;
}

export interface StoryEntitySummary {
  key: string;
  name: string;
  type: EntityType;
  aliases: readonly string[];
  articleCount: number;
  mentionCount: number;
  ambiguity?: Ambiguity;
}

export interface StoryEntityFacts {
  entity: StoryEntitySummary;
  /** The articles other than the one asked from, most mentions first. */
  otherArticles: Array<{ uri: string; title: string; mentions: number }>;
}

/** Identifies the entity under the cursor: by offset in an indexed article, else by its name and type. */
export interface EntityLookup {
  uri: string;
  offset: number;
  name?: string;
  type?: EntityType;
}

export type StoryQuery =
  | { kind: 'summary' }
  | { kind: 'children'; parent?: string; sort: StorySort; filter: string }
  | { kind: 'symbols'; query: string; limit: number }
  | { kind: 'entityFacts'; lookup: EntityLookup }
  | { kind: 'references'; lookup: EntityLookup; excludeUri?: string }
  | { kind: 'entities' }
  | { kind: 'articles' }
  /** The Article Map's pictures for the story, filtered on one entity's key or not. */
  | { kind: 'map'; entity: string | null }
  /** The index worker's heap in bytes (answered by the worker itself). */
  | { kind: 'heap' };

export interface StorySummary {
  articles: number;
  entities: number;
  mentions: number;
  dates: number;
  quotes: number;
}

export type StoryQueryResult =
  | StorySummary
  | StoryRow[]
  | StorySymbol[]
  | StoryEntityFacts
  | StoryLocation[]
  | StoryEntitySummary[]
  | string[]
  | StoryMapModel
  | { heapUsed: number }
  | null;

export function answer(index: StoryIndex, query: StoryQuery): StoryQueryResult {
  switch (query.kind) {
    case 'summary':
      return index.stats();
    case 'children':
      return storyChildren(index, query.parent, query.sort, query.filter);
    case 'symbols':
      return symbols(index, query.query, query.limit);
    case 'entityFacts':
      return entityFacts(index, query.lookup);
    case 'references':
      return references(index, query.lookup, query.excludeUri);
    case 'entities':
      return index.entities().map(summary);
    case 'articles':
      return [...index.ids()];
    case 'map':
      return buildStoryMap(index, query.entity);
    case 'heap':
      return null;
  }
}

function summary(e: ReturnType<StoryIndex['entities']>[number]): StoryEntitySummary {
  const s: StoryEntitySummary = { key: e.key, name: e.name, type: e.type, aliases: e.aliases, articleCount: e.articleCount, mentionCount: e.mentionCount };
  if (e.ambiguity) s.ambiguity = e.ambiguity;
  return s;
}

function location(digest: ArticleDigest, start: number, end: number): StoryLocation {
  const from = positionIn(digest, start);
  const to = positionIn(digest, end);
  return { uri: digest.id, start, end, line: from.line, character: from.character, endLine: to.line, endCharacter: to.character };
}

/** One symbol per entity and article (at its first mention there), most mentioned entities first. */
function symbols(index: StoryIndex, query: string, limit: number): StorySymbol[] {
  const out: StorySymbol[] = [];
  for (const entity of index.search(query)) {
    for (const article of index.mentionsOf(entity.key)) {
      const digest = index.get(article.articleId);
      const first = article.mentions.find((m) => m.kind === 'name' || m.kind === 'acronym') ?? article.mentions[0];
      if (!digest || !first) continue;
      out.push({ ...location(digest, first.start, first.end), name: entity.name, type: entity.type, container: fileName(article.articleId) });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

function lookupEntity(index: StoryIndex, lookup: EntityLookup) {
  const hit = index.entityAt(lookup.uri, lookup.offset);
  if (hit) return hit.entity;
  if (!lookup.name) return undefined;
  // Not indexed (an untitled document, a file outside the workspace): the row with that name, if exactly one.
  const key = nameKey(lookup.name);
  const person = lookup.type === 'PERSON';
  const candidates = index.entities().filter((e) => (e.type === 'PERSON') === person && e.aliases.some((a) => nameKey(a) === key));
  return candidates.length === 1 ? candidates[0] : undefined;
}

function entityFacts(index: StoryIndex, lookup: EntityLookup): StoryEntityFacts | null {
  const entity = lookupEntity(index, lookup);
  if (!entity) return null;
  const otherArticles = index
    .mentionsOf(entity.key)
    .filter((a) => a.articleId !== lookup.uri)
    .map((a) => ({ uri: a.articleId, title: a.title, mentions: a.mentions.length }));
  return { entity: summary(entity), otherArticles };
}

function references(index: StoryIndex, lookup: EntityLookup, excludeUri: string | undefined): StoryLocation[] {
  const entity = lookupEntity(index, lookup);
  if (!entity) return [];
  const out: StoryLocation[] = [];
  for (const article of index.mentionsOf(entity.key)) {
    if (article.articleId === excludeUri) continue;
    const digest = index.get(article.articleId);
    if (!digest) continue;
    for (const m of article.mentions) out.push(location(digest, m.start, m.end));
  }
  return out;
}
