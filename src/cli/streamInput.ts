/**
 * --stream input: JSON Lines on standard input, one article per line, `{"id": …, "text": …, "referenceDate"?: …}`
 * (../shared/FORMAT.md). Lines are split on bytes, so a line longer than the size cap is skipped without being held
 * (it gets an error record); each line is decoded as strict UTF-8 and checked, and a bad one becomes an error record
 * in its place, so the output keeps one line per input line.
 */
import { formatByteSize } from './byteSize';
import { isIsoDate } from '../core/temporal/calendar';

export type StreamRecord =
  | { line: number; id: string | number; text: string; referenceDate?: string }
  | { line: number; id: string | number | null; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });


/** One input line (without its line end) → a record to annotate or an error record. */
export function parseStreamLine(bytes: Uint8Array, line: number): StreamRecord {
  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    return { line, id: null, error: `line ${line}: not valid UTF-8` };
  }
  if (source.trim() === '') return { line, id: null, error: `line ${line}: empty line (expected {"id": …, "text": …})` };
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { line, id: null, error: `line ${line}: not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, id: null, error: `line ${line}: expected a JSON object {"id": …, "text": …}` };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || (typeof record.id === 'number' && Number.isFinite(record.id)) ? record.id : null;
  if (id === null) {
    return { line, id: null, error: `line ${line}: "id" must be a string or a number${'id' in record ? '' : ' (it is missing)'}` };
  }
  if (typeof record.text !== 'string') return { line, id, error: `line ${line}: "text" must be a string${'text' in record ? '' : ' (it is missing)'}` };
  const referenceDate = record.referenceDate;
  if (referenceDate !== undefined && referenceDate !== null) {
    if (typeof referenceDate !== 'string' || !isIsoDate(referenceDate)) {
      return { line, id, error: `line ${line}: "referenceDate" must be a calendar date YYYY-MM-DD` };
    }
    return { line, id, text: record.text, referenceDate };
  }
  return { line, id, text: record.text };
}

export interface StreamInputOptions {
  maxBytes: number;
  onWaiting(message: string): void;
  waitNoticeMs: number;
}

/** The records of a JSON Lines stream, in order; a final line without a line end counts, an empty tail does not. */
export async function* streamRecords(input: NodeJS.ReadableStream & { isTTY?: boolean }, options: StreamInputOptions): AsyncGenerator<StreamRecord> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 0;
  const finishLine = (): StreamRecord => {
    line++;
    if (tooLong) {
      tooLong = false;
      parts = [];
      size = 0;
      return { line, id: null, error: `line ${line}: longer than the limit of ${formatByteSize(options.maxBytes)} (raise it with --max-size)` };
    }
    let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    size = 0;
    return parseStreamLine(bytes, line);
  };
  const hint = input.isTTY ? ' (one JSON object per line; end with Ctrl-D)' : '';
  const timer = setTimeout(() => options.onWaiting(`annotate: --stream: waiting for JSON Lines on standard input${hint}…`), options.waitNoticeMs);
  try {
    for await (const chunk of input as AsyncIterable<Buffer | string>) {
      clearTimeout(timer);
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      let from = 0;
      for (;;) {
        const nl = buffer.indexOf(0x0a, from);
        const end = nl < 0 ? buffer.length : nl;
        if (!tooLong) {
          if (size + (end - from) > options.maxBytes) {
            tooLong = true;
            parts = [];
            size = 0;
          } else if (end > from) {
            parts.push(buffer.subarray(from, end));
            size += end - from;
          }
        }
        if (nl < 0) break;
        yield finishLine();
        from = nl + 1;
      }
    }
  } finally {
    clearTimeout(timer);
  }
  if (size > 0 || tooLong) yield finishLine();
}
