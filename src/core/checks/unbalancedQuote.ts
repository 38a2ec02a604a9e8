/**
 * Check 4: unbalanced quotation marks — an opening mark never closed, or a closing mark with nothing to close.
 * Double marks and guillemets only: single marks are too often apostrophes to count.
 *
 * News style continues a quotation into the next paragraph by leaving the paragraph open and opening the next
 * one with a fresh mark; a paragraph left open is fine when the next paragraph starts with an opening mark.
 * In a text whose paragraphs are separated by blank lines, a single line break is a line inside a paragraph (a
 * block quotation's attribution line), not a paragraph end. Marks inside markup tags (`<a href="…">`) are the
 * markup's, and a straight mark after a digit is an inch sign (a 12" pipe).
 */
import { marksIn, pairMarks, type Mark } from '../quotes/marks';
import type { Span } from '../types';
import { lowerBound } from '../text/lowerBound';
import type { CheckDefinition, CheckFinding } from './types';

const COUNTED = new Set(['double', 'guillemet']);
const TAG = /<\/?[A-Za-z][^<>]*>/g;
/** Characters that may be a double quotation mark, in the forms marksIn can classify. */
const DOUBLE_CANDIDATE = /"|''|``/g;

function opensBlock(text: string, start: number, end: number, family: Mark['family']): boolean {
  const first = marksIn(text, start, Math.min(end, start + 2))[0];
  return first !== undefined && first.at === start && first.canOpen && first.family === family;
}

/**
 * Paragraphs as a reader sees them: in a text with blank lines between paragraphs, a line after a single line
 * break continues its paragraph — unless it opens with a quotation mark, the start of a quoted paragraph.
 */
function blocks(text: string, lines: readonly Span[], inTag: (at: number) => boolean): Span[] {
  if (!/\n[ \t\r]*\n/.test(text)) return mergeInsideTags([...lines], inTag);
  const out: Span[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const softBreak = last !== undefined && !/\n[ \t\r]*\n/.test(text.slice(last.end, line.start));
    if ((softBreak && !opensWithMark(text, line)) || (last && inTag(line.start))) last.end = line.end;
    else out.push({ start: line.start, end: line.end });
  }
  return out;
}

/** A line break inside a markup tag (`<tweet date="…\n">`) does not end a paragraph. */
function mergeInsideTags(lines: Span[], inTag: (at: number) => boolean): Span[] {
  const out: Span[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && inTag(line.start)) last.end = line.end;
    else out.push(line);
  }
  return out;
}

function opensWithMark(text: string, line: Span): boolean {
  const first = marksIn(text, line.start, Math.min(line.end, line.start + 2))[0];
  return first !== undefined && first.at === line.start;
}

/**
 * A mark the scanner could not read as opening or closing: spaced on both sides (`" slightly above "` in
 * tokenised wire text, `'the president,' "` with a space between nested marks) or glued between letters
 * (`about"joint`). With one of those in a paragraph, which marks pair is guesswork: the paragraph is not judged.
 */
function hasUnreadableMark(text: string, block: Span, inTag: (at: number) => boolean): boolean {
  const slice = text.slice(block.start, block.end);
  for (const m of slice.matchAll(DOUBLE_CANDIDATE)) {
    const at = block.start + m.index!;
    if (inTag(at) || isInchMark(text, at)) continue;
    if (!marksIn(text, at, at + m[0].length).some((mark) => mark.at === at)) return true;
  }
  return false;
}

/**
 * A straight mark after a digit closing nothing: an inch sign (a 12" pipe). Only when it closes nothing —
 * "about $200,000" closes its quotation.
 */
function isInchMark(text: string, at: number): boolean {
  return /\d/.test(text[at - 1] ?? '') && (text[at] === '"' || isFeetAndInches(text, at));
}

/** 6’2” or 6'2": feet and inches, whichever mark the inches get. */
function isFeetAndInches(text: string, at: number): boolean {
  return /["”]/.test(text[at]) && /\d['’]\d{1,2}$/.test(text.slice(Math.max(0, at - 4), at));
}

/** Whether an offset lies inside a markup tag, by binary search over the text's tags. */
function tagLookup(text: string): (at: number) => boolean {
  const spans: Span[] = [];
  if (text.includes('<')) for (const m of text.matchAll(TAG)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  return (at) => {
    const i = lowerBound(spans, (tag) => tag.end <= at);
    return i < spans.length && spans[i].start <= at;
  };
}

export const unbalancedQuote: CheckDefinition = {
  code: 'unbalanced-quote',
  setting: 'unbalancedQuote',
  title: 'Unbalanced quotation marks',
  severity: 'warning',
  run({ text, paragraphs }) {
    const findings: CheckFinding[] = [];
    const inTag = tagLookup(text);
    const all = blocks(text, paragraphs, inTag);
    /** A closing mark already reported with the quotation it closes (continued without an opening mark). */
    let continuedCloser = -1;
    for (let p = 0; p < all.length; p++) {
      const block = all[p];
      const marks = marksIn(text, block.start, block.end).filter((m) => COUNTED.has(m.family) && !inTag(m.at) && !isFeetAndInches(text, m.at));
      if (marks.length === 0 || hasUnreadableMark(text, block, inTag)) continue;
      const { pairs, open } = pairMarks(marks, null);
      const used = new Set<number>();
      for (const pair of pairs) {
        used.add(pair.open.at);
        if (pair.close) used.add(pair.close.at);
      }
      for (const mark of open) used.add(mark.at);
      // The first stray closing mark only: the ones after it usually follow from the same slip (a closing mark
      // typed where an opening one belongs).
      const stray = marks.find((m) => !used.has(m.at) && m.canClose && !m.canOpen && !isInchMark(text, m.at));
      if (stray && stray.at !== continuedCloser) {
        findings.push({
          code: 'unbalanced-quote',
          severity: 'warning',
          start: stray.at,
          end: stray.at + stray.length,
          message: 'This closing quotation mark closes nothing: no quotation was opened before it in the paragraph.',
          related: [],
        });
      }
      // Only the outermost open mark: inner ones left open inside it are one slip, reported once.
      const outer = open[0];
      if (!outer) continue;
      const next = all[p + 1];
      if (next && opensBlock(text, next.start, next.end, outer.family)) continue;
      const nextFirst = next ? marksIn(text, next.start, next.end).find((m) => m.family === outer.family) : undefined;
      if (next && nextFirst && nextFirst.canClose && !nextFirst.canOpen) {
        // Closed in the next paragraph, which does not reopen it: one slip of style, reported once, here.
        continuedCloser = nextFirst.at;
        findings.push({
          code: 'unbalanced-quote',
          severity: 'warning',
          start: outer.at,
          end: outer.at + outer.length,
          message: 'This quotation runs into the next paragraph, which does not open with a quotation mark: a continued quotation reopens each paragraph.',
          related: [{ start: nextFirst.at, end: nextFirst.at + nextFirst.length, message: 'where the quotation closes' }],
        });
        continue;
      }
      findings.push({
        code: 'unbalanced-quote',
        severity: 'warning',
        start: outer.at,
        end: outer.at + outer.length,
        message: next
          ? 'This quotation is never closed: its paragraph ends without a closing mark, and the next paragraph does not open with a quotation mark to continue it.'
          : 'This quotation is never closed: the article ends without a closing mark.',
        related: next ? [{ start: block.end - 1, end: block.end, message: 'where the paragraph ends, still inside the quotation' }] : [],
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
