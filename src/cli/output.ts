/**
 * Standard output for a long run: each write waits for the pipe to drain when it is full (so a slow reader holds
 * the run back instead of piling results up in memory), and a reader that goes away (`annotate … | head`) ends
 * the run quietly — no "Unhandled 'error' event … EPIPE" trace.
 */
export interface OutputStream {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  isTTY?: boolean;
}

/** 128 + SIGPIPE: what a shell reports for a program stopped by a closed pipe. */
export const BROKEN_PIPE_STATUS = 141;

export class Output {
  private broken = false;
  private markBroken!: () => void;
  /** Settles when the reader has gone, so that a write waiting for 'drain' does not wait for ever. */
  private readonly gone = new Promise<void>((resolve) => (this.markBroken = resolve));

  constructor(
    private readonly stream: OutputStream,
    /** Called once when the reader has gone (EPIPE): the caller ends the run. */
    onBrokenPipe: () => void,
  ) {
    stream.on('error', (error) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
      if (this.broken) return;
      this.broken = true;
      this.markBroken();
      onBrokenPipe();
    });
  }

  get isBroken(): boolean {
    return this.broken;
  }

  async write(text: string): Promise<void> {
    if (this.broken) return;
    if (!this.stream.write(text)) await Promise.race([new Promise<void>((resolve) => this.stream.once('drain', resolve)), this.gone]);
  }
}
