/**
 * The dateline that opens a wire story: "PARIS, July 1. /TASS/.", "WASHINGTON (Reuters) -",
 * "BEIRUT, Lebanon (AP) —", "NEW YORK —". Found only at the start of one of the first lines, so an ordinary
 * first sentence never reads as one: a dateline needs an ALL-CAPS place (or a place followed by an agency in
 * brackets/slashes) directly followed by a date, an agency or a dash.
 */
import type { Span } from '../types';
import { matchDatelineAt } from './pattern';

export interface DatelineParse extends Span {
  place: Span | null;
  date: Span | null;
  agency: Span | null;
  /** "Lebanon" in "BEIRUT, Lebanon (AP) —": the region or country written after the place. */
  region?: Span | null;
}

/** How many non-blank lines at the top may precede the dateline (a headline, a byline). */
const MAX_LINES_SEARCHED = 3;
/** Datelines sit near the top; never look further than this into a long text. */
const MAX_OFFSET_SEARCHED = 2000;

export function parseDateline(text: string): DatelineParse | null {
  let lineStart = 0;
  let linesSeen = 0;
  while (lineStart < text.length && lineStart < MAX_OFFSET_SEARCHED && linesSeen < MAX_LINES_SEARCHED) {
    let start = lineStart;
    // Leading BOM, blank lines and indentation.
    while (start < text.length && /[\s\uFEFF]/.test(text[start])) start++;
    if (start >= text.length) return null;
    const found = matchDatelineAt(text, start);
    if (found) return found;
    linesSeen++;
    const newline = text.indexOf('\n', start);
    if (newline < 0) return null;
    lineStart = newline + 1;
  }
  return null;
}
