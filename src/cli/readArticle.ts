/** Reads one article as UTF-8 text, refusing what is not text, with an error a person can act on. */
import * as fs from 'fs';

export class ArticleReadError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeArticle(bytes: Uint8Array, label: string): string {
  if (bytes.includes(0)) throw new ArticleReadError(`${label}: binary file (contains NUL bytes), not a text article`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ArticleReadError(`${label}: not valid UTF-8 text`);
  }
  // Editors hide the byte-order mark; offsets count from the first character after it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function readArticle(file: string): string {
  if (file === '-') return decodeArticle(fs.readFileSync(0), '(standard input)');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ArticleReadError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code ?? String(error)})`);
  }
  if (stat.isDirectory()) throw new ArticleReadError(`${file}: is a directory`);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ArticleReadError(code === 'EACCES' ? `${file}: permission denied` : `${file}: cannot read (${code ?? String(error)})`);
  }
  return decodeArticle(bytes, file);
}
