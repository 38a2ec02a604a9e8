/**
 * Runs analyses in a worker thread, one at a time, newest version first. Requests carry a key (the document) and a
 * new request for a key supersedes the older one: a queued request is dropped, a running one is ignored when it
 * returns, or, once it has run long enough to matter, the worker is terminated and restarted. If the worker cannot
 * start, analyses run in-process, one per turn of the event loop. No `vscode` import, no Node API: the worker comes
 * from the platform (a Node worker thread, or a Web Worker in VS Code for the Web; ./analysisWorkerPlatform.ts).
 */
import type { AnalyzeOptions } from '../../core/types';
import type { AnalysisResult } from './analysisResult';
import {
  ResultAssembler, isWorkerReady, type AnalysisRequest, type NextPartRequest, type WorkerOutbound,
} from './analysisMessages';
import type { PackedDecorationPlan } from '../../presentation/decorationPlan';
import type { AnalysisHostInfo, AnalysisWorkerPlatform, AnalysisWorkerPort } from './analysisWorkerPlatform';
import { Disposable } from '../util/disposable';
import { onNextTurn } from '../util/nextTurn';
import { wallClock } from '../util/wallClock';

export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis superseded by a newer version');
  }
}

export interface AnalysisLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What a caller may ask of one analysis besides its result. */
export interface AnalysisHooks {
  /** Send the highlights of a long text's opening ahead of the full result (nothing is drawn for it yet). */
  preview?: boolean;
  /**
   * Called with a highlight plan before the result is complete: the opening's (`complete` false), then the whole
   * text's as soon as it arrives (`complete` true; the same object as the result's `decorations`).
   */
  onHighlights?(plan: PackedDecorationPlan, complete: boolean, analysisMs?: number): void;
}

interface Job {
  id: number;
  key: string;
  text: string;
  options: AnalyzeOptions;
  hooks: AnalysisHooks;
  resolve(result: AnalysisResult): void;
  reject(error: unknown): void;
  startedAt?: number;
  superseded?: boolean;
  assembler?: ResultAssembler;
}

type Outcome = { ok: true; result: AnalysisResult } | { ok: false; error: string };

/** A superseded job that has run this long is worth killing the worker for (a restart costs less than waiting). */
const TERMINATE_STALE_AFTER_MS = 1500;
/** In-process fallback only for texts this short: a news article is 2-20 KB; 64 KB analyses in about a second. */
const IN_PROCESS_LIMIT = 64 * 1024;
/** After this many crashes in a row the worker is given up on and analyses run in-process. */
const MAX_WORKER_FAILURES = 3;

export class AnalysisService extends Disposable {
  private worker: AnalysisWorkerPort | undefined;
  private workerStartedAt: number | undefined;
  private workerFailures = 0;
  private inProcess: ((text: string, options: AnalyzeOptions) => AnalysisResult) | undefined;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private nextId = 1;
  /** Called once nothing is queued or running (see whenIdle). */
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly platform: AnalysisWorkerPlatform,
    private readonly log: AnalysisLogger,
    private readonly terminateStaleAfterMs = TERMINATE_STALE_AFTER_MS,
  ) {
    super();
    this._register({ dispose: () => this.shutdown() });
  }

  /** Whether analyses currently run in a worker thread (false after falling back to in-process). */
  get usesWorker(): boolean {
    return this.workerFailures < MAX_WORKER_FAILURES;
  }

  /** Which kind of worker the platform runs, and what it measured. */
  get hostInfo(): AnalysisHostInfo {
    return this.platform.info;
  }

  analyze(key: string, text: string, options: AnalyzeOptions, hooks: AnalysisHooks = {}): Promise<AnalysisResult> {
    this.supersede(key);
    return new Promise<AnalysisResult>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, key, text, options, hooks, resolve, reject });
      this.pump();
    });
  }

  /**
   * Starts the worker now, in the background, so it has loaded its bundle and model when the first article
   * arrives (activation happens before the first editor may need it). Does nothing once started or fallen back.
   */
  warmUp(): void {
    if (this.isDisposed || !this.usesWorker) return;
    this.getWorker();
  }

  /** Whether an analysis is queued or running: the open articles' work, which background work yields to. */
  get busy(): boolean {
    return this.running !== undefined || this.queue.length > 0;
  }

  /** Resolves once nothing is queued or running (at once when idle; also when the service is disposed). */
  whenIdle(): Promise<void> {
    if (!this.busy || this.isDisposed) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Drops the queued and running work for a key (its document closed or changed). */
  cancel(key: string): void {
    this.supersede(key);
  }

  private supersede(key: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].key === key) this.queue.splice(i, 1)[0].reject(new AnalysisCancelled());
    }
    const running = this.running;
    if (running && running.key === key && !running.superseded) {
      running.superseded = true;
      running.reject(new AnalysisCancelled());
      if (this.worker && running.startedAt !== undefined && Date.now() - running.startedAt > this.terminateStaleAfterMs) {
        this.log.info(`terminating the analysis worker: a stale analysis has run ${Date.now() - running.startedAt} ms`);
        this.restartWorker();
      }
    }
  }

  private pump(): void {
    if (this.running || this.isDisposed) return;
    const job = this.queue.shift();
    if (!job) {
      this.notifyIdle();
      return;
    }
    this.running = job;
    job.startedAt = Date.now();
    const worker = this.usesWorker ? this.getWorker() : undefined;
    if (worker) {
      const request: AnalysisRequest = { id: job.id, text: job.text, options: job.options, preview: job.hooks.preview };
      job.assembler = new ResultAssembler();
      worker.postMessage(request);
    } else {
      // In-process fallback: yield first so the triggering event (a keystroke, an editor switch) finishes.
      onNextTurn(() => this.runInProcess(job));
    }
  }

  private runInProcess(job: Job): void {
    if (job.text.length > IN_PROCESS_LIMIT) {
      // On the extension host's own thread a long analysis would freeze the editor: refuse rather than hang.
      this.finish(job, {
        ok: false,
        error: `the analysis worker is unavailable and ${Math.round(job.text.length / 1024)} KB is too much text to analyse in-process (limit ${IN_PROCESS_LIMIT / 1024} KB)`,
      });
      return;
    }
    try {
      this.inProcess ??= this.platform.loadInProcessAnalyzer();
      const result = this.inProcess(job.text, job.options);
      this.finish(job, { ok: true, result });
    } catch (error) {
      this.finish(job, { ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private onMessage(message: WorkerOutbound): void {
    if (isWorkerReady(message)) {
      const warm = (message.warmUpMs === undefined ? '' : `, warmed up in ${message.warmUpMs} ms`) +
        (message.firstArticleMs === undefined ? '' : `, first article analysed in ${message.firstArticleMs} ms`);
      const since = this.workerStartedAt === undefined ? '' : ` ${Date.now() - this.workerStartedAt} ms after its start`;
      const boot = this.workerStartedAt === undefined || message.scriptStartedAt === undefined ? ''
        : `; its script ran ${message.scriptStartedAt - this.workerStartedAt} ms after its start`;
      this.log.info(`analysis worker ready${since} (name model loaded in ${message.modelMs} ms${warm}) at ${wallClock()}${boot}`);
      return;
    }
    const part = message;
    const job = this.running;
    if (!job || job.id !== part.id || !job.assembler) return;
    if (part.kind === 'error') {
      this.finish(job, { ok: false, error: part.error });
      return;
    }
    if (part.kind === 'preview') {
      // A one-off ahead of the paced parts: nothing to ask for.
      if (!job.superseded) this.notifyHighlights(job, part.decorations, false);
      return;
    }
    if (job.superseded) {
      // Nobody waits for the rest: stop asking for parts and start the next job (the worker drops this result
      // when the next request arrives).
      this.finish(job, { ok: false, error: 'superseded' });
      return;
    }
    try {
      const result = job.assembler.add(part);
      if (part.kind === 'decorations') this.notifyHighlights(job, part.decorations, true, part.durationMs);
      if (result) {
        this.finish(job, { ok: true, result });
        return;
      }
      // Ask for the next part only after the event loop has had a turn: other extensions' requests, the editor's
      // input, run in between parts, however large the result.
      const worker = this.worker;
      onNextTurn(() => {
        if (this.running === job && this.worker === worker && worker) {
          const next: NextPartRequest = { id: job.id, kind: 'next' };
          worker.postMessage(next);
        }
      });
    } catch (error) {
      this.finish(job, { ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  private notifyHighlights(job: Job, plan: PackedDecorationPlan, complete: boolean, analysisMs?: number): void {
    try {
      job.hooks.onHighlights?.(plan, complete, analysisMs);
    } catch (error) {
      this.log.error(`drawing early highlights failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    }
  }

  private finish(job: Job, response: Outcome): void {
    if (this.running !== job) return;
    this.running = undefined;
    if (!job.superseded) {
      if (response.ok) job.resolve(response.result);
      else job.reject(new Error(response.error));
    }
    this.pump();
  }

  private getWorker(): AnalysisWorkerPort | undefined {
    if (this.worker) return this.worker;
    try {
      this.workerStartedAt = Date.now();
      // The events may arrive before startWorker returns (a worker that fails at once): `started` is set first.
      let started: AnalysisWorkerPort | undefined;
      const worker = this.platform.startWorker({
        onPart: (message: WorkerOutbound) => {
          if (this.worker === started) this.onMessage(message);
        },
        onFailure: (error) => {
          if (started) this.onWorkerFailure(started, error);
        },
      });
      started = worker;
      this.worker = worker;
      return worker;
    } catch (error) {
      this.workerFailures = MAX_WORKER_FAILURES;
      this.log.error(`cannot start the analysis worker (${String(error)}); analysing in-process`);
      return undefined;
    }
  }

  private onWorkerFailure(worker: AnalysisWorkerPort, error: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    void worker.terminate();
    this.workerFailures++;
    this.log.error(`analysis worker failed (${this.workerFailures}/${MAX_WORKER_FAILURES}): ${error.stack ?? error.message}`);
    if (this.workerFailures >= MAX_WORKER_FAILURES) this.log.warn('analysing in-process from now on');
    const job = this.running;
    if (job) {
      this.running = undefined;
      // Retry the interrupted job (in a fresh worker, or in-process) unless it is stale anyway.
      if (!job.superseded) this.queue.unshift(job);
    }
    this.pump();
  }

  private restartWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.running = undefined;
    if (worker) void worker.terminate();
    this.pump();
  }

  private notifyIdle(): void {
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private shutdown(): void {
    for (const job of this.queue.splice(0)) job.reject(new AnalysisCancelled());
    this.running?.reject(new AnalysisCancelled());
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
    this.notifyIdle();
  }
}
