/**
 * Check 4: unbalanced quotation marks — an opening mark never closed, or a closing mark with nothing to close.
 * Double marks and guillemets only: single marks are too often apostrophes to count.
 *
 * News style continues a quotation into the next paragraph by leaving the paragraph open and opening the next
 * one with a fresh mark; a paragraph left open is fine when the next paragraph starts with an opening mark.
 * A straight mark after a digit is an inch sign (a 12" pipe), not a quotation mark.
 */
import { marksIn, pairMarks, type Mark } from '../quotes/marks';
import type { CheckDefinition, CheckFinding } from './types';

const COUNTED = new Set(['double', 'guillemet']);

function opensParagraph(text: string, start: number, end: number, family: Mark['family']): boolean {
  const first = marksIn(text, start, Math.min(end, start + 2))[0];
  return first !== undefined && first.at === start && first.canOpen && first.family === family;
}

export const unbalancedQuote: CheckDefinition = {
  code: 'unbalanced-quote',
  setting: 'unbalancedQuote',
  title: 'Unbalanced quotation marks',
  severity: 'warning',
  run({ text, paragraphs }) {
    const findings: CheckFinding[] = [];
    for (let p = 0; p < paragraphs.length; p++) {
      const para = paragraphs[p];
      const marks = marksIn(text, para.start, para.end).filter((m) => COUNTED.has(m.family));
      if (marks.length === 0) continue;
      const { pairs, open } = pairMarks(marks, null);
      const used = new Set<number>();
      for (const pair of pairs) {
        used.add(pair.open.at);
        if (pair.close) used.add(pair.close.at);
      }
      for (const mark of open) used.add(mark.at);
      for (const mark of marks) {
        if (used.has(mark.at) || !mark.canClose || mark.canOpen) continue;
        if (text[mark.at] === '"' && /\d/.test(text[mark.at - 1] ?? '')) continue;
        findings.push({
          code: 'unbalanced-quote',
          severity: 'warning',
          start: mark.at,
          end: mark.at + mark.length,
          message: 'This closing quotation mark closes nothing: no quotation was opened before it in the paragraph.',
          related: [],
        });
      }
      // Only the outermost open mark: inner ones left open inside it are one slip, reported once.
      const outer = open[0];
      if (!outer) continue;
      const next = paragraphs[p + 1];
      if (next && opensParagraph(text, next.start, next.end, outer.family)) continue;
      findings.push({
        code: 'unbalanced-quote',
        severity: 'warning',
        start: outer.at,
        end: outer.at + outer.length,
        message: next
          ? 'This quotation is never closed: its paragraph ends without a closing mark, and the next paragraph does not open with a quotation mark to continue it.'
          : 'This quotation is never closed: the article ends without a closing mark.',
        related: next ? [{ start: para.end - 1, end: para.end, message: 'where the paragraph ends, still inside the quotation' }] : [],
      });
    }
    return findings;
  },
};
