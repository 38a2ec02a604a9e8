/**
 * What the quotation rules read: the segmented text, the entity mentions indexed by offset, and the quotations
 * found, with lookups from offsets to tokens and sentences.
 */
import type { Entity, EntityType, Mention } from '../types';
import type { SegmentedText } from '../document';
import type { QuotedStretch } from './continuation';

export interface MentionRef extends Mention {
  entityId: string;
  type: EntityType;
}

export interface QuoteContext {
  doc: SegmentedText;
  entities: Entity[];
  /** All mentions of all entities, by start offset. */
  mentions: MentionRef[];
  mentionsByEnd: Map<number, MentionRef[]>;
  mentionsByStart: Map<number, MentionRef[]>;
  stretches: QuotedStretch[];
  /** For each token, the index of the quoted stretch it lies in, or -1. */
  tokenQuote: Int32Array;
}

/** Function words and lower-case words are no names: a recogniser's slip must not become a speaker. */
const FUNCTION_WORDS = /^(?:after|before|during|following|as|of|to|in|on|at|by|for|with|from|and|or|but|the|a|an|this|that|i|was|is|were|are|be|it|its|he|she|they|we|you|his|her|their|if|when|while|then|there|here|so|not|no)$/i;

function usableMention(m: Mention): boolean {
  if (m.kind === 'nominal' || m.kind === 'pronoun') return true;
  return /^[\p{Lu}\p{N}]/u.test(m.text) && !FUNCTION_WORDS.test(m.text);
}

export function buildContext(doc: SegmentedText, entities: Entity[], stretches: QuotedStretch[]): QuoteContext {
  const mentions: MentionRef[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) if (usableMention(m)) mentions.push({ ...m, entityId: entity.id, type: entity.type });
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const mentionsByEnd = new Map<number, MentionRef[]>();
  const mentionsByStart = new Map<number, MentionRef[]>();
  for (const m of mentions) {
    (mentionsByEnd.get(m.end) ?? mentionsByEnd.set(m.end, []).get(m.end)!).push(m);
    (mentionsByStart.get(m.start) ?? mentionsByStart.set(m.start, []).get(m.start)!).push(m);
  }
  const tokenQuote = new Int32Array(doc.tokens.length).fill(-1);
  let t = 0;
  stretches.forEach((s, q) => {
    while (t < doc.tokens.length && doc.tokens[t].start < s.start) t++;
    for (let k = t; k < doc.tokens.length && doc.tokens[k].start < s.end; k++) tokenQuote[k] = q;
  });
  return { doc, entities, mentions, mentionsByEnd, mentionsByStart, stretches, tokenQuote };
}

/** Index of the first token starting at or after `offset`. */
export function tokenAtOrAfter(ctx: QuoteContext, offset: number): number {
  const tokens = ctx.doc.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions starting in [from, to] (both included), in order, found by binary search. */
export function mentionsStartingIn(ctx: QuoteContext, from: number, to: number): MentionRef[] {
  const mentions = ctx.mentions;
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: MentionRef[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start <= to; i++) out.push(mentions[i]);
  return out;
}

/** Index of the sentence holding the token, or the nearest one before it. */
export function sentenceOfToken(ctx: QuoteContext, token: number): number {
  const sentences = ctx.doc.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].tokenStart <= token) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function paragraphOfOffset(ctx: QuoteContext, offset: number): number {
  // The first paragraph ending after the offset (binary search).
  const paragraphs = ctx.doc.paragraphs;
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo);
}
