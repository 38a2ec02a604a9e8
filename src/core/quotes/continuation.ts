/**
 * Top-level quotations of a document, joined over paragraphs. News style continues a long quotation in the next
 * paragraph by leaving the paragraph without a closing mark and opening the next one with a fresh opening mark:
 *
 *     "We will rebuild," she said. "It will take years.
 *     "But we will do it."
 *
 * is two quotations, the second running over two paragraphs. Quotes inside quotes are not separate quotations.
 */
import type { Paragraph } from '../text/sentences';
import { marksIn, pairMarks, type Mark } from './marks';
import { TRANSCRIPT_LABEL_TITLES } from '../lang/en/honorifics';

export interface QuotedStretch {
  /** Offset of the opening mark. */
  start: number;
  /** One past the closing mark; the paragraph end when the quotation was never closed. */
  end: number;
  /** The words between the marks. */
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  /** Paragraph indexes of the first and last paragraph the quotation runs over. */
  firstParagraph: number;
  lastParagraph: number;
}

/**
 * A transcript speaker label opening a quoted paragraph ("WALLACE: Let’s start …", "Q: …"): a new speaker, so a
 * new quotation rather than the continuation of the previous one.
 */
export const SPEAKER_LABEL = new RegExp(
  String.raw`^\s*(?:(?:${TRANSCRIPT_LABEL_TITLES.map((t) => t.toUpperCase()).join('|')})\.\s+)?\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*){0,2}:\s`, 'u',
);

export function findQuotedStretches(text: string, paragraphs: Paragraph[]): QuotedStretch[] {
  const stretches: QuotedStretch[] = [];
  let carried: { mark: Mark; paragraph: number } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let marks = marksIn(text, para.start, para.end);
    if (
      carried &&
      marks.length > 0 &&
      marks[0].at === para.start &&
      marks[0].canOpen &&
      marks[0].family === carried.mark.family &&
      !SPEAKER_LABEL.test(text.slice(para.start + marks[0].length, para.start + 60))
    ) {
      // The continuation mark that reopens the carried quotation is not a quotation of its own.
      marks = marks.slice(1);
    } else if (carried) {
      // The next paragraph does not continue it: the quotation ended, unclosed, with its paragraph.
      stretches.push(unclosed(carried.mark, carried.paragraph, paragraphs[p - 1]));
      carried = null;
    }
    const { pairs, open } = pairMarks(marks, carried?.mark ?? null);
    for (const pair of pairs) {
      if (pair.depth !== 0 || !pair.close) continue;
      const firstParagraph = carried && pair.open === carried.mark ? carried.paragraph : p;
      stretches.push({
        start: pair.open.at,
        end: pair.close.at + pair.close.length,
        innerStart: pair.open.at + pair.open.length,
        innerEnd: pair.close.at,
        closed: true,
        firstParagraph,
        lastParagraph: p,
      });
    }
    if (open.length > 0) {
      const outer = open[0];
      carried = carried && outer === carried.mark ? carried : { mark: outer, paragraph: p };
    } else {
      carried = null;
    }
  }
  if (carried) stretches.push(unclosed(carried.mark, carried.paragraph, paragraphs[paragraphs.length - 1]));
  return stretches.sort((a, b) => a.start - b.start);
}

function unclosed(open: Mark, firstParagraph: number, last: Paragraph): QuotedStretch {
  return {
    start: open.at,
    end: last.end,
    innerStart: open.at + open.length,
    innerEnd: last.end,
    closed: false,
    firstParagraph,
    lastParagraph: last.index,
  };
}
