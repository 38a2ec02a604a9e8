/**
 * The opening of a long text that is analysed first, for a quick preview of its highlights: about a screenful and
 * a half, cut at a paragraph break (else a line break, else a space) so no name or quotation is cut in two more
 * often than the writer's own paragraphing does. Pure.
 */

/** Texts up to this length are analysed in one go: the whole analysis is about as quick as a preview. */
export const PREVIEW_ABOVE = 48 * 1024;
/** The opening is cut between these lengths. */
const OPENING_MIN = 8 * 1024;
const OPENING_MAX = 16 * 1024;

/** Where the opening ends (an offset into `text`), or undefined when the text is short enough to analyse whole. */
export function openingLength(text: string): number | undefined {
  if (text.length <= PREVIEW_ABOVE) return undefined;
  const window = text.slice(OPENING_MIN, OPENING_MAX);
  for (const pattern of [/\n[ \t]*\r?\n/g, /\n/g, /\s/g]) {
    let last = -1;
    for (const match of window.matchAll(pattern)) last = match.index + match[0].length;
    if (last >= 0) return OPENING_MIN + last;
  }
  return OPENING_MAX;
}
