/** The segmented text every stage of the analysis reads: computed once, shared by all stages. */
import type { EntityType, Span } from './types';
import { tokenize, type Token } from './text/tokenize';
import { splitParagraphs, splitSentences, type Paragraph, type Sentence } from './text/sentences';

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
