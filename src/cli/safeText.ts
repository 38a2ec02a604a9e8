/**
 * Text from an article (or a file name) made safe to write to a terminal: every C0 and C1 control character and
 * DEL is shown as `\xHH`, except tab, line feed and the CR of a CRLF line end. Without this, a file holding
 * `ESC ]0;… BEL` retitles the terminal, `ESC [2J` clears it, and a lone CR hides what came before it on the line.
 */

// C0 (U+0000–U+001F) but tab and line feed, DEL (U+007F) and C1 (U+0080–U+009F); a CR only when no LF follows it.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/g;

const shown = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** `next` is the character after `text` in the article, when `text` is a piece of it (a CR before a LF is a line end). */
export function terminalSafe(text: string, next = ''): string {
  if (next === '\n' && text.endsWith('\r')) return `${text.slice(0, -1).replace(CONTROL, shown)}\r`;
  return text.replace(CONTROL, shown);
}
