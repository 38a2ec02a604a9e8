/**
 * What the quotation rules read: the segmented text, the entity mentions indexed by offset, and the quotations
 * found, with lookups from offsets to tokens and sentences.
 */
import type { Entity, EntityType, Mention } from '../types';
import { paragraphOfOffset as paragraphAtOffset, sentenceOfToken as sentenceIndexOfToken, tokenAtOrAfter as tokenIndexAtOrAfter, type SegmentedText } from '../document';
import type { QuotedStretch } from './continuation';
import { lowerBound } from '../text/lowerBound';
import { lowerCased } from '../text/letterCase';
import type { SpeakerMentionIndex } from './mentionIndex';

export interface MentionRef extends Mention {
  entityId: string;
  type: EntityType;
}

export interface QuoteContext {
  doc: SegmentedText;
  entities: Entity[];
  /** All mentions of all entities, by start offset (the longest first). */
  mentions: MentionRef[];
  /**
   * The same mentions by end offset, in `mentions` order where ends are equal: found by binary search (sorted arrays
   * cost a fraction of maps of arrays to build).
   */
  mentionsByEnd: MentionRef[];
  stretches: QuotedStretch[];
  /** For each token, the index of the quoted stretch it lies in, or -1. */
  tokenQuote: Int32Array;
  /** Tokens' texts in lower case, each computed on first use by lowerAt (the rules compare lower-case words often). */
  lowered: (string | undefined)[];
  /** Lookups over the mentions for resolving speaker phrases, made on first use (see mentionIndex.ts). */
  mentionIndex?: SpeakerMentionIndex;
}

/** Function words and lower-case words are no names: a recogniser's slip must not become a speaker. */
const FUNCTION_WORDS = /^(?:after|before|during|following|as|of|to|in|on|at|by|for|with|from|and|or|but|the|a|an|this|that|i|was|is|were|are|be|it|its|he|she|they|we|you|his|her|their|if|when|while|then|there|here|so|not|no)$/i;

const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\p{N}]/u;

function usableMention(m: Mention): boolean {
  if (m.kind === 'nominal' || m.kind === 'pronoun') return true;
  return CAPITAL_OR_DIGIT_FIRST.test(m.text) && !FUNCTION_WORDS.test(m.text);
}

export function buildContext(doc: SegmentedText, entities: Entity[], stretches: QuotedStretch[]): QuoteContext {
  const mentions: MentionRef[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      // Fields named one by one: an object spread here cost more than the rest of the context together.
      if (usableMention(m)) mentions.push({ start: m.start, end: m.end, text: m.text, kind: m.kind, entityId: entity.id, type: entity.type });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // A stable sort: mentions with equal ends stay in `mentions` order.
  const mentionsByEnd = mentions.slice().sort((a, b) => a.end - b.end);
  const tokenQuote = new Int32Array(doc.tokens.length).fill(-1);
  let t = 0;
  stretches.forEach((s, q) => {
    while (t < doc.tokens.length && doc.tokens[t].start < s.start) t++;
    for (let k = t; k < doc.tokens.length && doc.tokens[k].start < s.end; k++) tokenQuote[k] = q;
  });
  const lowered = new Array<string | undefined>(doc.tokens.length);
  return { doc, entities, mentions, mentionsByEnd, stretches, tokenQuote, lowered };
}

/** The lower-case text of token `i` ('' outside the document), computed once and only when first asked for. */
export function lowerAt(ctx: QuoteContext, i: number): string {
  const known = ctx.lowered[i];
  if (known !== undefined) return known;
  const token = ctx.doc.tokens[i];
  if (token === undefined) return '';
  return (ctx.lowered[i] = lowerCased(token.text));
}

/** Index of the first token starting at or after `offset`. */
export function tokenAtOrAfter(ctx: QuoteContext, offset: number): number {
  return tokenIndexAtOrAfter(ctx.doc.tokens, offset);
}

/** The mentions starting in [from, to] (both included), in order, found by binary search. */
export function mentionsStartingIn(ctx: QuoteContext, from: number, to: number): MentionRef[] {
  const mentions = ctx.mentions;
  const lo = lowerBound(mentions, (m) => m.start < from);
  const out: MentionRef[] = [];
  for (let i = lo; i < mentions.length && mentions[i].start <= to; i++) out.push(mentions[i]);
  return out;
}

/** Index of the sentence holding the token, or the nearest one before it. */
export function sentenceOfToken(ctx: QuoteContext, token: number): number {
  return sentenceIndexOfToken(ctx.doc.sentences, token);
}

export function paragraphOfOffset(ctx: QuoteContext, offset: number): number {
  return paragraphAtOffset(ctx.doc.paragraphs, offset);
}
