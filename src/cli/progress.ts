/**
 * The progress bar on standard error (cli-progress), shown only when standard error is a terminal: articles done
 * of how many (a plain counter in --stream mode, where the total is unknown), megabytes and MB/s. Messages written
 * while it runs go through `log`, above the bar, so they do not tear it. Off a terminal it is silent and `log`
 * writes straight to standard error.
 */
import { MultiBar, type SingleBar } from 'cli-progress';

export interface Progress {
  /** A message for standard error (one line, no line end). */
  log(message: string): void;
  /** One more article done, of `bytes` bytes. */
  advance(bytes: number): void;
  stop(): void;
}

export interface ProgressStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export function makeProgress(stderr: ProgressStream, show: boolean, total: number | undefined): Progress {
  if (!show || !stderr.isTTY) {
    return { log: (message) => void stderr.write(`${message}\n`), advance: () => {}, stop: () => {} };
  }
  const started = Date.now();
  let bytes = 0;
  const format =
    total === undefined
      ? 'annotate {value} articles | {mb} MB | {rate} MB/s'
      : 'annotate [{bar}] {value}/{total} articles | {mb} MB | {rate} MB/s | ETA {eta_formatted}';
  const bars = new MultiBar(
    // No hidden cursor and no SIGINT handler of its own (that would keep Ctrl-C from stopping the run).
    // The stream type is NodeJS.WritableStream; cli-progress uses only write, isTTY and the cursor moves.
    { stream: stderr as NodeJS.WritableStream, format, clearOnComplete: true, fps: 5, barsize: 30 },
  );
  const payload = () => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    return { mb: (bytes / 1e6).toFixed(1), rate: (bytes / 1e6 / seconds).toFixed(2) };
  };
  const bar: SingleBar = bars.create(total ?? 0, 0, payload());
  return {
    log: (message) => bars.log(`${message}\n`),
    advance: (n) => {
      bytes += n;
      bar.increment(1, payload());
    },
    stop: () => {
      bars.update(); // writes the messages still waiting for the next redraw
      bars.stop();
    },
  };
}
