/**
 * Reads one article (a file, a FIFO or device, or standard input for "-") with a size cap, and says on stderr
 * when an input keeps us waiting. Regular files larger than the cap are refused before any byte is read; other
 * inputs are read until the cap and then refused, so `/dev/zero` costs the cap, not all memory.
 */
import * as fs from 'fs';
import { ArticleReadError, decodeArticle } from '../core/text/decodeArticle';
import { formatByteSize } from './byteSize';

export { ArticleReadError } from '../core/text/decodeArticle';

export interface ReadLimits {
  maxBytes: number;
  /** Standard input, for "-". */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Told once when an input has given no byte for `waitNoticeMs` (a FIFO without a writer, a silent pipe). */
  onWaiting(message: string): void;
  waitNoticeMs?: number;
}

export const WAIT_NOTICE_MS = 3000;

export function tooLargeMessage(label: string, maxBytes: number, size?: number): string {
  const what = size === undefined ? `more than ${formatByteSize(maxBytes)}` : `${formatByteSize(size)}`;
  return `${label}: too large (${what}; the limit is ${formatByteSize(maxBytes)}): not annotated; raise it with --max-size`;
}

/** Reads a stream to its end, at most maxBytes; says when the first byte is slow to come. */
export function readCapped(stream: NodeJS.ReadableStream, label: string, limits: ReadLimits, waitingMessage: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    const timer = setTimeout(() => limits.onWaiting(waitingMessage), limits.waitNoticeMs ?? WAIT_NOTICE_MS);
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      if (error) reject(error);
      else resolve(Buffer.concat(chunks, total));
    };
    const onData = (chunk: Buffer | string) => {
      clearTimeout(timer);
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += bytes.length;
      if (total > limits.maxBytes) {
        finish(new ArticleReadError(tooLargeMessage(label, limits.maxBytes)));
        // Stop reading: a file stream closes; standard input is paused and left alone.
        if ('destroy' in stream && stream !== limits.stdin) (stream as fs.ReadStream).destroy();
        else stream.pause();
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = () => finish();
    const onError = (error: NodeJS.ErrnoException) => finish(new ArticleReadError(ioMessage(label, error)));
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.resume();
  });
}

function ioMessage(label: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return `${label}: no such file`;
    case 'EACCES':
    case 'EPERM':
      return `${label}: permission denied`;
    case 'EISDIR':
      return `${label}: is a directory`;
    default:
      return `${label}: cannot read (${error.code ?? error.message})`;
  }
}

/** The article's text; throws ArticleReadError with a message a person can act on. `label` names it in messages. */
export async function readArticle(file: string, limits: ReadLimits, label = file): Promise<string> {
  if (file === '-') {
    const hint = limits.stdin.isTTY ? ' (type or paste the article, then Ctrl-D)' : '';
    const bytes = await readCapped(limits.stdin, '(standard input)', limits, `annotate: waiting for the article on standard input${hint}…`);
    return decodeArticle(bytes, '(standard input)');
  }
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (error) {
    throw new ArticleReadError(ioMessage(label, error as NodeJS.ErrnoException));
  }
  if (stat.isDirectory()) throw new ArticleReadError(`${label}: is a directory`);
  if (stat.isFile() && stat.size > limits.maxBytes) throw new ArticleReadError(tooLargeMessage(label, limits.maxBytes, stat.size));
  const waiting = stat.isFIFO()
    ? `annotate: ${label}: waiting for a writer on this named pipe (FIFO)…`
    : `annotate: ${label}: waiting for input…`;
  // A FIFO's open() blocks until a writer comes: createReadStream opens off the main thread, so the notice can fire.
  const bytes = await readCapped(fs.createReadStream(file), label, limits, waiting);
  return decodeArticle(bytes, label);
}
