/**
 * Turning document text into inert Markdown. An article is untrusted input: a hover card must never turn its text
 * into a link, a command link, an image or HTML. Every ASCII punctuation character is backslash-escaped (CommonMark
 * lets any of them be escaped, and escaping ':' and '.' also defeats bare-URL autolinks), and line breaks fold into
 * spaces so text can never start a heading, list or code block.
 */
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(ASCII_PUNCTUATION, '\\$&');
}

/** The first `maxWords` words of a text, with an ellipsis when cut. */
export function firstWords(text: string, maxWords: number): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length <= maxWords) return words.join(' ');
  return words.slice(0, maxWords).join(' ') + '…';
}

export function wordCount(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}
