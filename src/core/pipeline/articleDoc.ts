/**
 * One article on its way through the pipeline: the text, its segmentation, every stage's output and the offset
 * lookups the stages share (spaCy's `Doc`). Stages read what earlier stages left here and write their own part;
 * a part stays at its empty value when its stage failed, so later stages and the result still get the rest.
 */
import type { Entity, Quote } from '../types';
import type { Token } from '../text/tokenize';
import type { Paragraph, Sentence } from '../text/sentences';
import {
  paragraphOfOffset, sentenceHolding, sentenceOfToken, tokenAtOrAfter, type NameSpan, type SegmentedText,
} from '../document';
import type { DatelineParse } from '../dateline';
import type { TemporalResult } from '../temporal';

export class ArticleDoc implements SegmentedText {
  tokens: Token[] = [];
  sentences: Sentence[] = [];
  paragraphs: Paragraph[] = [];
  dateline: DatelineParse | null = null;
  names: NameSpan[] = [];
  entities: Entity[] = [];
  temporal: TemporalResult;
  quotes: Quote[] = [];
  /** One line per failed stage ("quotes failed: …"). */
  readonly warnings: string[] = [];

  /**
   * @param text the article, never modified
   * @param referenceDate a valid YYYY-MM-DD the user gave, or undefined (`newArticleDoc` in analyze.ts validates it)
   */
  constructor(readonly text: string, readonly referenceDate?: string) {
    this.temporal = { referenceDate: referenceDate ?? null, expressions: [] };
  }

  tokenAtOrAfter(offset: number): number {
    return tokenAtOrAfter(this.tokens, offset);
  }

  sentenceOfToken(token: number): number {
    return sentenceOfToken(this.sentences, token);
  }

  sentenceHolding(offset: number): Sentence | undefined {
    return sentenceHolding(this.sentences, offset);
  }

  paragraphOfOffset(offset: number): number {
    return paragraphOfOffset(this.paragraphs, offset);
  }
}
