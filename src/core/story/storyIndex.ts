/**
 * The story index: many articles' digests, and the queries that cross them — entities with their article and
 * mention counts, an entity's mentions per article, a timeline merged across articles, quotations by speaker.
 * Articles are added, replaced and removed one at a time; identity across articles (identity.ts) is worked out again
 * lazily on the first query after a change, since one new "Johnson" can make another article's bare surname
 * ambiguous. Pure and platform-neutral: no `vscode`, no Node.
 */
import type { EntityType, QuoteKind, TemporalType } from '../types';
import { MENTION_KINDS, positionIn, type ArticleDigest } from './digest';
import { resolveIdentities, type Ambiguity, type IdentityInput } from './identity';
import { nameKey } from './names';
import { calendarKey } from './timelineKey';

export interface StoryEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  articleCount: number;
  mentionCount: number;
  ambiguity?: Ambiguity;
}

export interface StoryMention {
  start: number;
  end: number;
  /** 0-based line and UTF-16 column of `start`. */
  line: number;
  character: number;
  kind: (typeof MENTION_KINDS)[number];
  text: string;
}

export interface StoryArticleMentions {
  articleId: string;
  title: string;
  mentions: StoryMention[];
}

export interface StoryDateMention {
  articleId: string;
  start: number;
  end: number;
  line: number;
  text: string;
}

export interface StoryDate {
  value: string;
  type: TemporalType;
  mod?: string;
  /** Milliseconds since the epoch at the start of the period: the timeline's order. */
  key: number;
  mentions: StoryDateMention[];
  articleCount: number;
}

export interface StoryQuote {
  articleId: string;
  start: number;
  end: number;
  line: number;
  kind: QuoteKind;
  excerpt: string;
}

export interface StorySpeaker {
  /** The speaker's row, or undefined for quotations without a speaker. */
  entity: StoryEntity | undefined;
  quotes: StoryQuote[];
  articleCount: number;
}

interface Member {
  article: ArticleDigest;
  entity: number;
}

interface Resolution {
  entities: StoryEntity[];
  byKey: Map<string, StoryEntity>;
  members: Map<string, Member[]>;
  /** Article id → entity index → its row. */
  rowOf: Map<string, StoryEntity[]>;
}

export class StoryIndex {
  private readonly articles = new Map<string, ArticleDigest>();
  private resolution: Resolution | undefined;

  get size(): number {
    return this.articles.size;
  }

  ids(): IterableIterator<string> {
    return this.articles.keys();
  }

  get(id: string): ArticleDigest | undefined {
    return this.articles.get(id);
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  /** Adds an article, or replaces the one with the same id. */
  set(digest: ArticleDigest): void {
    this.articles.set(digest.id, digest);
    this.resolution = undefined;
  }

  delete(id: string): boolean {
    const deleted = this.articles.delete(id);
    if (deleted) this.resolution = undefined;
    return deleted;
  }

  clear(): void {
    this.articles.clear();
    this.resolution = undefined;
  }

  /** Every row, most mentioned first. */
  entities(): readonly StoryEntity[] {
    return this.resolve().entities;
  }

  entity(key: string): StoryEntity | undefined {
    return this.resolve().byKey.get(key);
  }

  /** The row of an article's entity (by its index in the digest). */
  rowOf(articleId: string, entityIndex: number): StoryEntity | undefined {
    return this.resolve().rowOf.get(articleId)?.[entityIndex];
  }

  /** The row whose mention covers an offset of an article, and that entity's index in the digest. */
  entityAt(articleId: string, offset: number): { entity: StoryEntity; entityIndex: number } | undefined {
    const digest = this.articles.get(articleId);
    if (!digest) return undefined;
    for (let e = 0; e < digest.entities.length; e++) {
      const m = digest.entities[e].mentions;
      for (let i = 0; i < m.length; i += 3) {
        if (m[i] <= offset && offset < m[i + 1]) {
          const entity = this.rowOf(articleId, e);
          return entity && { entity, entityIndex: e };
        }
      }
    }
    return undefined;
  }

  /** A row's mentions grouped by article, the articles with most mentions first. */
  mentionsOf(key: string): StoryArticleMentions[] {
    const members = this.resolve().members.get(key) ?? [];
    const byArticle = new Map<string, StoryArticleMentions>();
    for (const { article, entity } of members) {
      let group = byArticle.get(article.id);
      if (!group) byArticle.set(article.id, (group = { articleId: article.id, title: article.title, mentions: [] }));
      const digestEntity = article.entities[entity];
      const m = digestEntity.mentions;
      for (let i = 0, t = 0; i < m.length; i += 3, t++) {
        const { line, character } = positionIn(article, m[i]);
        group.mentions.push({ start: m[i], end: m[i + 1], line, character, kind: MENTION_KINDS[m[i + 2]] ?? 'name', text: digestEntity.texts[t] });
      }
    }
    const groups = [...byArticle.values()];
    for (const g of groups) g.mentions.sort((a, b) => a.start - b.start);
    return groups.sort((a, b) => b.mentions.length - a.mentions.length || a.articleId.localeCompare(b.articleId));
  }

  /**
   * Calendar dates and times across the articles, each value once with its mentions, in time order (values off
   * the calendar — durations, "PRESENT_REF" — are left out). Values are as each article resolved them against its
   * own date.
   */
  timeline(): StoryDate[] {
    const byValue = new Map<string, StoryDate>();
    const articlesOf = new Map<string, Set<string>>();
    for (const article of this.articles.values()) {
      for (const t of article.temporal) {
        if (t.type !== 'DATE' && t.type !== 'TIME') continue;
        const key = calendarKey(t.value);
        if (key === undefined) continue;
        const id = `${t.value}\u0000${t.mod ?? ''}`;
        let date = byValue.get(id);
        if (!date) {
          date = { value: t.value, type: t.type, key, mentions: [], articleCount: 0 };
          if (t.mod) date.mod = t.mod;
          byValue.set(id, date);
          articlesOf.set(id, new Set());
        }
        date.mentions.push({ articleId: article.id, start: t.start, end: t.end, line: positionIn(article, t.start).line, text: t.text });
        articlesOf.get(id)!.add(article.id);
      }
    }
    for (const [id, date] of byValue) date.articleCount = articlesOf.get(id)!.size;
    return [...byValue.values()].sort((a, b) => a.key - b.key || a.value.length - b.value.length || a.value.localeCompare(b.value));
  }

  /** Quotations grouped by speaker row across articles; speakers with most quotations first, unattributed last. */
  quotesBySpeaker(): StorySpeaker[] {
    const resolution = this.resolve();
    const bySpeaker = new Map<string, { entity: StoryEntity | undefined; quotes: StoryQuote[]; articles: Set<string> }>();
    for (const article of this.articles.values()) {
      for (const q of article.quotes) {
        const entity = q.speaker >= 0 ? resolution.rowOf.get(article.id)?.[q.speaker] : undefined;
        const id = entity?.key ?? '';
        let group = bySpeaker.get(id);
        if (!group) bySpeaker.set(id, (group = { entity, quotes: [], articles: new Set() }));
        group.quotes.push({ articleId: article.id, start: q.start, end: q.end, line: positionIn(article, q.start).line, kind: q.kind, excerpt: q.excerpt });
        group.articles.add(article.id);
      }
    }
    return [...bySpeaker.values()]
      .map(({ entity, quotes, articles }) => ({ entity, quotes, articleCount: articles.size }))
      .sort((a, b) => Number(!a.entity) - Number(!b.entity) || b.quotes.length - a.quotes.length || (a.entity?.name ?? '').localeCompare(b.entity?.name ?? ''));
  }

  /**
   * Rows whose name or an alias matches a query loosely, as Ctrl+T expects: every character of the query in
   * order (case and accents aside). An empty query matches every row.
   */
  search(query: string): StoryEntity[] {
    const q = nameKey(query).replace(/ /g, '');
    if (!q) return [...this.entities()];
    return this.entities().filter((e) => e.aliases.some((alias) => isSubsequence(q, nameKey(alias).replace(/ /g, ''))));
  }

  /** Counts for the status bar and the memory report. */
  stats(): { articles: number; entities: number; mentions: number; dates: number; quotes: number } {
    let mentions = 0;
    let dates = 0;
    let quotes = 0;
    for (const a of this.articles.values()) {
      for (const e of a.entities) mentions += e.mentions.length / 3;
      dates += a.temporal.length;
      quotes += a.quotes.length;
    }
    return { articles: this.articles.size, entities: this.entities().length, mentions, dates, quotes };
  }

  private resolve(): Resolution {
    if (this.resolution) return this.resolution;
    const inputs: IdentityInput[] = [];
    const refs: Member[] = [];
    let articleNumber = 0;
    for (const article of this.articles.values()) {
      article.entities.forEach((e, entity) => {
        inputs.push({ type: e.type, name: e.name, aliases: e.aliases, mentionCount: e.mentions.length / 3, article: articleNumber });
        refs.push({ article, entity });
      });
      articleNumber++;
    }
    const entities: StoryEntity[] = [];
    const byKey = new Map<string, StoryEntity>();
    const members = new Map<string, Member[]>();
    const rowOf = new Map<string, StoryEntity[]>();
    for (const article of this.articles.values()) rowOf.set(article.id, new Array(article.entities.length));
    for (const group of resolveIdentities(inputs)) {
      const groupMembers = group.members.map((i) => refs[i]);
      const entity: StoryEntity = {
        key: group.key,
        type: group.type,
        name: group.name,
        aliases: group.aliases,
        articleCount: new Set(groupMembers.map((m) => m.article.id)).size,
        mentionCount: groupMembers.reduce((n, m) => n + m.article.entities[m.entity].mentions.length / 3, 0),
      };
      if (group.ambiguity) entity.ambiguity = group.ambiguity;
      entities.push(entity);
      byKey.set(entity.key, entity);
      members.set(entity.key, groupMembers);
      for (const m of groupMembers) rowOf.get(m.article.id)![m.entity] = entity;
    }
    entities.sort((a, b) => b.mentionCount - a.mentionCount || b.articleCount - a.articleCount || a.name.localeCompare(b.name));
    this.resolution = { entities, byKey, members, rowOf };
    return this.resolution;
  }
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (let j = 0; j < haystack.length && i < needle.length; j++) if (haystack[j] === needle[i]) i++;
  return i === needle.length;
}
