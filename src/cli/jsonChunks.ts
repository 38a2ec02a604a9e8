/**
 * A JSON Lines record written in pieces: exactly the text of `JSON.stringify(record) + '\n'`, produced top-level field
 * by field and array item by array item, in chunks of about `chunkChars`. A 10 MB article's annotation is some 20 MB
 * of JSON; made as one string (two bytes a character once any name has an accent) and then encoded for the pipe, it
 * took three copies of that at once. In pieces, the writer holds one chunk at a time.
 */

/** What JSON.stringify writes for an array item: null for what it cannot write (undefined, functions, symbols). */
function itemJson(item: unknown): string {
  return JSON.stringify(item) ?? 'null';
}

export function* jsonLineChunks(record: Readonly<Record<string, unknown>>, chunkChars = 1 << 16): Generator<string> {
  let chunk = '{';
  let first = true;
  for (const key of Object.keys(record)) {
    const value = record[key];
    // Fields JSON.stringify leaves out of an object.
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    chunk += `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    // An array with a toJSON of its own would be written as that returns: whole (annotations have none).
    if (!Array.isArray(value) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
      chunk += JSON.stringify(value);
    } else {
      chunk += '[';
      for (let i = 0; i < value.length; i++) {
        chunk += (i > 0 ? ',' : '') + itemJson(value[i]);
        if (chunk.length >= chunkChars) {
          yield chunk;
          chunk = '';
        }
      }
      chunk += ']';
    }
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}}\n`;
}
