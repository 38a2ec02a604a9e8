/**
 * Bytes → article text, as an editor would open them: UTF-8 (a byte-order mark removed), or UTF-16 little- or
 * big-endian when the file starts with that byte-order mark. Anything else with NUL bytes is refused as binary.
 * The one decoder of article bytes: the CLI's files and standard input, and the story index's and the map's
 * workspace files (desktop and web alike — TextDecoder exists in Node, browsers and workers), so an offset means
 * the same character everywhere.
 */

export class ArticleReadError extends Error {}

export type DecodedArticle = { ok: true; text: string } | { ok: false; reason: string };

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

const decoders = new Map<Encoding, InstanceType<typeof TextDecoder>>();
function decoderFor(encoding: Encoding): InstanceType<typeof TextDecoder> {
  let decoder = decoders.get(encoding);
  if (!decoder) {
    // ignoreBOM: keep the mark in the decoded text; it is removed below, the same way for every encoding.
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    decoders.set(encoding, decoder);
  }
  return decoder;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** The encoding a byte-order mark announces, 'utf-32' for a UTF-32 mark (which no editor default reads), or undefined. */
function encodingOf(bytes: Uint8Array): Encoding | 'utf-32' | undefined {
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) return 'utf-32';
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return 'utf-8';
  if (startsWith(bytes, 0xff, 0xfe)) return 'utf-16le';
  if (startsWith(bytes, 0xfe, 0xff)) return 'utf-16be';
  return undefined;
}

/** The article text of `bytes`, or why they are not one — for callers that skip such files and say why. */
export function tryDecodeArticle(bytes: Uint8Array): DecodedArticle {
  const refuse = (reason: string): DecodedArticle => ({ ok: false, reason });
  const announced = encodingOf(bytes);
  if (announced === 'utf-32') return refuse('UTF-32 text is not supported (convert it to UTF-8)');
  const encoding = announced ?? 'utf-8';
  const utf16 = encoding !== 'utf-8';
  // In UTF-8 a NUL byte is a NUL character: no article holds one. (UTF-16 is full of NUL bytes; its text is checked below.)
  if (!utf16 && bytes.includes(0)) return refuse('binary file (contains NUL bytes), not a text article');
  const name = utf16 ? `UTF-16 (${encoding === 'utf-16le' ? 'little' : 'big'}-endian)` : 'UTF-8';
  if (utf16 && bytes.length % 2 === 1) return refuse(`not valid ${name} text (odd number of bytes)`);
  let text: string;
  try {
    text = decoderFor(encoding).decode(bytes);
  } catch {
    return refuse(`not valid ${name} text`);
  }
  if (utf16 && text.includes('\u0000')) return refuse('binary file (contains NUL characters), not a text article');
  // Editors hide the byte-order mark; offsets count from the first character after it.
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** The article text of `bytes`; throws ArticleReadError, its message starting with `label`, when they are not one. */
export function decodeArticle(bytes: Uint8Array, label: string): string {
  const decoded = tryDecodeArticle(bytes);
  if (!decoded.ok) throw new ArticleReadError(`${label}: ${decoded.reason}`);
  return decoded.text;
}
