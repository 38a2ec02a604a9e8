/**
 * A file's bytes as the editor would show them: UTF-8 with the byte-order mark dropped (VS Code's default
 * encoding), so offsets in the index are the editor's offsets. Files that look binary (a NUL byte early on) are not
 * articles. Pure: TextDecoder exists in Node, browsers and web workers alike.
 */
const SNIFF_BYTES = 8192;

export type DecodedArticle = { ok: true; text: string } | { ok: false; reason: string };

export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  const sniff = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) if (bytes[i] === 0) return { ok: false, reason: 'binary file (a NUL byte)' };
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}
