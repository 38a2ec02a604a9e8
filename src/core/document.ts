/** The segmented text every stage of the analysis reads: computed once, shared by all stages. */
import type { EntityType, Span } from './types';
import { tokenize, type Token } from './text/tokenize';
import { splitParagraphs, splitSentences, type Paragraph, type Sentence } from './text/sentences';
import { lowerBound } from './text/lowerBound';

export interface SegmentedText {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
}

/** A proper name found by the recogniser, before names are grouped into entities. */
export interface NameSpan extends Span {
  type: EntityType;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

export function segment(text: string): SegmentedText {
  const tokens = tokenize(text);
  return { text, tokens, sentences: splitSentences(text, tokens), paragraphs: splitParagraphs(text) };
}

// The offset lookups every stage asks of the segmented text, in one place (each is a binary search, as stages ask
// them for every mention of long documents). `ArticleDoc` offers them as methods.

/** Index of the first token starting at or after `offset` (the token count when none does). */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens, (t) => t.start < offset);
}

/** Index of the sentence holding the token, or the nearest one before it; the first one when none starts before. */
export function sentenceOfToken(sentences: readonly Sentence[], token: number): number {
  return Math.max(0, lowerBound(sentences, (s) => s.tokenStart <= token) - 1);
}

/** The sentence whose [start, end) holds `offset`, or undefined between sentences (sentences are sorted, disjoint). */
export function sentenceHolding(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  const i = lowerBound(sentences, (s) => s.end <= offset);
  return i < sentences.length && sentences[i].start <= offset ? sentences[i] : undefined;
}

/** Index of the first paragraph ending after `offset`; the last one when the offset lies beyond them all (0 when none). */
export function paragraphOfOffset(paragraphs: readonly Paragraph[], offset: number): number {
  return Math.max(0, Math.min(lowerBound(paragraphs, (p) => p.end <= offset), paragraphs.length - 1));
}
