/**
 * Sentence and paragraph segmentation for news text. Intl.Segmenter's sentence mode breaks after "Mr." and
 * "Jan.", so sentences are found from tokens: a break after . ! ? (plus closing quotes/brackets) when the next
 * token starts a sentence, never after a known abbreviation or an initial; a line break always ends a sentence
 * (news paragraphs are lines).
 */
import type { Span } from '../types';
import { ABBREVIATIONS, type Token } from './tokenize';

export interface Sentence extends Span {
  /** Index of the first token and one past the last token. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Paragraph extends Span {
  index: number;
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

function isAbbreviationToken(token: Token): boolean {
  if (token.text.length < 2 || token.text.charCodeAt(token.text.length - 1) !== 0x2e) return false;
  const bare = token.text.slice(0, -1);
  // U.S. at the end of a sentence is common; treat multi-dot abbreviations as non-final only before a lowercase word.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return true;
  return ABBREVIATIONS.has(bare.toLowerCase()) || /^\p{Lu}$/u.test(bare);
}

/** Whether text[from, to) holds a line feed. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}

export function splitSentences(text: string, tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (lastExclusive: number) => {
    if (lastExclusive <= first) return;
    sentences.push({
      start: tokens[first].start,
      end: tokens[lastExclusive - 1].end,
      tokenStart: first,
      tokenEnd: lastExclusive,
    });
    first = lastExclusive;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!next) break;
    if (hasLineBreak(text, token.end, next.start)) {
      close(i + 1);
      continue;
    }
    let end = i;
    const t = token.text;
    const terminal = t === '.' || t === '!' || t === '?' || t === '...' || t === '…';
    const abbrevEnd = isAbbreviationToken(token);
    if (!terminal && !abbrevEnd) continue;
    // Absorb closing quotes/brackets that follow the terminal mark.
    while (tokens[end + 1] && CLOSERS.has(tokens[end + 1].text) && tokens[end + 1].start === tokens[end].end) end++;
    const after = tokens[end + 1];
    if (!after) break;
    if (!/\s/.test(text.slice(tokens[end].end, after.start) || '')) continue;
    const startsSentence = /^[\p{Lu}\p{N}"“‘'(«\[]/u.test(after.text);
    if (!startsSentence) continue;
    if (abbrevEnd && !terminal) {
      // "Mr. Smith", "Jan. 5", "J. Smith": not a break. "... in the U.S. The next" is: a multi-dot abbreviation
      // followed by a capitalised function word.
      const multiDot = /^(?:\p{L}\.){2,}$/u.test(token.text);
      if (!(multiDot && /^(?:The|A|An|He|She|It|They|We|I|But|In|On|At|This|That|His|Her|Its|Their)$/.test(after.text))) continue;
    }
    close(end + 1);
    i = end;
  }
  close(tokens.length);
  return sentences;
}

/** Paragraphs are runs of non-blank lines separated by line breaks (a news paragraph is one line). */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const lines = /[^\r\n]+/g;
  let match: RegExpExecArray | null;
  while ((match = lines.exec(text)) !== null) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) paragraphs.push({ start, end, index: paragraphs.length });
  }
  return paragraphs;
}
