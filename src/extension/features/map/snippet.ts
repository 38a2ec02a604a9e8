/**
 * The sentence around a span, found by a bounded scan of the text (never more than a few hundred characters either
 * side, so a label costs the same in a 10 MB article as in a short one), and a snippet of it short enough for a
 * label or a card: whole words, the span kept in view, "…" where it was cut. Pure.
 */
import type { Span } from '../../../core/types';

/** How far the scan looks for a sentence boundary on each side of the span. */
const SCAN_LIMIT = 400;

/** A sentence ends at a line break, or after . ! ? … (and closing quotes or brackets) before white space. */
function endsSentenceAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '\r') return true;
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…') return false;
  let j = i + 1;
  while (j < text.length && /["'”’)\]»]/.test(text[j])) j++;
  return j >= text.length || /\s/.test(text[j]);
}

/** The bounds of the sentence holding text[start, end), looking at most SCAN_LIMIT characters beyond the span. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let from = start;
  const lowest = Math.max(0, start - SCAN_LIMIT);
  while (from > lowest && !endsSentenceAt(text, from - 1)) from--;
  let to = Math.max(end, start);
  const highest = Math.min(text.length, end + SCAN_LIMIT);
  while (to < highest && !endsSentenceAt(text, to)) to++;
  if (to < text.length && text[to] !== '\n' && text[to] !== '\r') {
    to++;
    while (to < text.length && /["'”’)\]»]/.test(text[to])) to++;
  }
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return { start: from, end: to };
}

/**
 * The sentence around text[start, end) in at most `maxChars` characters, white space collapsed. When the sentence is
 * longer, a window of whole words around the span, with "…" at each cut end.
 */
export function sentenceSnippet(text: string, start: number, end: number, maxChars = 140): string {
  const sentence = sentenceAround(text, start, end);
  const collapse = (s: string) => s.replace(/\s+/g, ' ');
  const whole = collapse(text.slice(sentence.start, sentence.end));
  if (whole.length <= maxChars) return whole;
  // Centre the window on the span; what the span does not use is shared before and after it.
  const spanLength = Math.min(end - start, maxChars);
  const room = Math.max(0, maxChars - spanLength);
  let from = Math.max(sentence.start, start - Math.floor(room / 2));
  let to = Math.min(sentence.end, from + maxChars);
  from = Math.max(sentence.start, to - maxChars);
  // Cut at word boundaries (never inside the span).
  if (from > sentence.start) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < sentence.end) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const body = collapse(text.slice(from, to)).trim();
  return `${from > sentence.start ? '…' : ''}${body}${to < sentence.end ? '…' : ''}`;
}
