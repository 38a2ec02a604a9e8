/**
 * Bytes → article text, as an editor would open them: UTF-8 (a byte-order mark removed), or UTF-16 little- or
 * big-endian when the file starts with that byte-order mark. Anything else with NUL bytes is refused as binary.
 */

export class ArticleReadError extends Error {}

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

/** The encoding a byte-order mark announces, or undefined. UTF-32 marks are refused (no editor default reads them). */
function encodingOf(bytes: Uint8Array, label: string): Encoding | undefined {
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) {
    throw new ArticleReadError(`${label}: UTF-32 text is not supported (convert it to UTF-8)`);
  }
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return 'utf-8';
  if (startsWith(bytes, 0xff, 0xfe)) return 'utf-16le';
  if (startsWith(bytes, 0xfe, 0xff)) return 'utf-16be';
  return undefined;
}

export function decodeArticle(bytes: Uint8Array, label: string): string {
  const announced = encodingOf(bytes, label);
  const encoding = announced ?? 'utf-8';
  const utf16 = encoding !== 'utf-8';
  // In UTF-8 a NUL byte is a NUL character: no article holds one. (UTF-16 is full of NUL bytes; its text is checked below.)
  if (!utf16 && bytes.includes(0)) throw new ArticleReadError(`${label}: binary file (contains NUL bytes), not a text article`);
  const name = utf16 ? `UTF-16 (${encoding === 'utf-16le' ? 'little' : 'big'}-endian)` : 'UTF-8';
  if (utf16 && bytes.length % 2 === 1) throw new ArticleReadError(`${label}: not valid ${name} text (odd number of bytes)`);
  let text: string;
  try {
    text = decoderFor(encoding).decode(bytes);
  } catch {
    throw new ArticleReadError(`${label}: not valid ${name} text`);
  }
  if (utf16 && text.includes('\u0000')) throw new ArticleReadError(`${label}: binary file (contains NUL characters), not a text article`);
  // Editors hide the byte-order mark; offsets count from the first character after it.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
