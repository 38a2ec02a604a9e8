/**
 * What the reader is doing now, for background work to yield to: the open articles' analyses (queued or running)
 * and typing (an edit within the last second). The story index's analysers take no new file while either lasts:
 * on a two-core machine an index analysing the workspace slowed both a newly opened article's highlights and the
 * keystrokes typed into a long one. No `vscode` import: the manager reports edits, the clock is injectable.
 */
export interface ForegroundWork {
  readonly busy: boolean;
  /** Resolves once `busy` is false (at once when it is). */
  whenIdle(): Promise<void>;
}

/** After an edit, background work waits this long for the typing to pause. */
export const TYPING_QUIET_MS = 1000;

export class ForegroundActivity implements ForegroundWork {
  private lastEditAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly analyses: ForegroundWork,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** An article was edited just now. */
  noteEdit(): void {
    this.lastEditAt = this.now();
  }

  get busy(): boolean {
    return this.analyses.busy || this.typingFor() > 0;
  }

  async whenIdle(): Promise<void> {
    for (;;) {
      await this.analyses.whenIdle();
      const typing = this.typingFor();
      if (typing <= 0 && !this.analyses.busy) return;
      if (typing > 0) await this.sleep(typing);
    }
  }

  /** Milliseconds until the typing counts as paused (0 or less: paused). */
  private typingFor(): number {
    return this.lastEditAt + TYPING_QUIET_MS - this.now();
  }
}
