/**
 * The compact per-article record the story index keeps: what a cross-article query needs (names, aliases, mention
 * spans with their lines, normalised dates, quotations with a short excerpt), and nothing else. A digest is plain
 * JSON-safe data, so it is what the index worker posts to the extension host and what the cache stores; it is built
 * from the article text and the annotation `analyzeArticle` returned. Pure, no I/O.
 */
import type { Annotation, EntityType, MentionKind, QuoteKind, TemporalType } from '../types';
import { lowerBound } from '../text/lowerBound';

/** Bumped whenever the digest's shape or content changes, so older caches are discarded rather than misread. */
export const DIGEST_VERSION = 1;

export const MENTION_KINDS: readonly MentionKind[] = ['name', 'acronym', 'nominal', 'pronoun'];

/** Quotations keep this many characters: enough for a tree row and a tooltip, not the whole paragraph. */
export const QUOTE_EXCERPT_LENGTH = 160;
/** The title is the first non-empty line, cut to this length. */
export const TITLE_LENGTH = 100;

export interface DigestEntity {
  type: EntityType;
  /** The article's canonical name for it. */
  name: string;
  /** Distinct proper-name surface forms (name and acronym mentions), the canonical name first. */
  aliases: string[];
  role?: string;
  /** Flat triples: start, end, index into MENTION_KINDS; in text order. */
  mentions: number[];
  /** The text of each mention, parallel to the triples. */
  texts: string[];
}

export interface DigestTemporal {
  start: number;
  end: number;
  type: TemporalType;
  /** null when TIMEX3 cannot value the expression (core/temporal: "10,000 years from now"). */
  value: string | null;
  mod?: string;
  text: string;
}

export interface DigestQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  /** Index into the digest's entities, or -1 when the quotation has no speaker. */
  speaker: number;
  /** The quotation's first QUOTE_EXCERPT_LENGTH characters (whitespace collapsed). */
  excerpt: string;
}

export interface ArticleDigest {
  version: number;
  /** The article's id in the index: in the extension, its URI string. */
  id: string;
  /** The text's length in UTF-16 code units. */
  length: number;
  /** The first non-empty line, for labels. */
  title: string;
  /** The date the article's relative dates were resolved against. */
  referenceDate: string | null;
  /** Offsets where lines start (LF, CRLF or a lone CR end a line, as in VS Code). */
  lineStarts: number[];
  entities: DigestEntity[];
  temporal: DigestTemporal[];
  quotes: DigestQuote[];
}

export function digestArticle(id: string, text: string, annotation: Annotation): ArticleDigest {
  const entityIndex = new Map<string, number>();
  const entities = annotation.entities.map((entity, index): DigestEntity => {
    entityIndex.set(entity.id, index);
    const aliases = [entity.name];
    const mentions: number[] = [];
    const texts: string[] = [];
    for (const m of entity.mentions) {
      mentions.push(m.start, m.end, Math.max(0, MENTION_KINDS.indexOf(m.kind)));
      texts.push(m.text);
      if ((m.kind === 'name' || m.kind === 'acronym') && !aliases.includes(m.text)) aliases.push(m.text);
    }
    const digest: DigestEntity = { type: entity.type, name: entity.name, aliases, mentions, texts };
    if (entity.role) digest.role = entity.role;
    return digest;
  });
  return {
    version: DIGEST_VERSION,
    id,
    length: text.length,
    title: titleOf(text),
    referenceDate: annotation.referenceDate,
    lineStarts: lineStarts(text),
    entities,
    // The story's timeline orders values: an expression without a TIMEX3 value has no place on it.
    temporal: annotation.temporal.flatMap((t) => {
      if (t.value === null) return [];
      const item: DigestTemporal = { start: t.start, end: t.end, type: t.type, value: t.value, text: t.text };
      if (t.mod) item.mod = t.mod;
      return [item];
    }),
    quotes: annotation.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      kind: q.kind,
      speaker: q.speaker === null ? -1 : entityIndex.get(q.speaker) ?? -1,
      excerpt: excerpt(q.text, QUOTE_EXCERPT_LENGTH),
    })),
  };
}

/** Whether a value read back from a cache or a message is a digest of this version (a cheap shape check). */
export function isArticleDigest(value: unknown): value is ArticleDigest {
  const d = value as Partial<ArticleDigest> | null;
  return (
    typeof d === 'object' && d !== null && d.version === DIGEST_VERSION && typeof d.id === 'string' &&
    Array.isArray(d.lineStarts) && Array.isArray(d.entities) && Array.isArray(d.temporal) && Array.isArray(d.quotes)
  );
}

/** 0-based line and UTF-16 column of an offset. */
export function positionIn(digest: ArticleDigest, offset: number): { line: number; character: number } {
  const starts = digest.lineStarts;
  // The last line starting at or before the offset (line 0 for an offset before the text).
  const line = Math.max(0, lowerBound(starts, (start) => start <= offset) - 1);
  return { line, character: offset - starts[line] };
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}

function titleOf(text: string): string {
  const match = /\S[^\r\n]*/.exec(text);
  return match ? excerpt(match[0], TITLE_LENGTH) : '';
}

function excerpt(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
