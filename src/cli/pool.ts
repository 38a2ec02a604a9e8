/**
 * Analysis off the main thread: N worker threads, each running documentJob.ts on the tasks it is given. Workers
 * start lazily (one file needs one worker) and each holds up to QUEUE_DEPTH tasks, so it starts the next one as
 * soon as it posts a result instead of idling while the result makes the round trip through this thread. A worker
 * that dies fails only its own task and is replaced: when it held one task, that task failed; when it held more,
 * the pool cannot tell which one it was running (a worker may take its next message before it finishes), so each
 * of them runs again alone on a fresh worker, where the one that kills it again fails and the others succeed.
 * Ordering is not the pool's business (ordered.ts keeps the output in order).
 *
 * The worker side lives in this same file: the pool starts workers on this module's own file (in the esbuild
 * bundle that is dist/cli.js, compiled by tsc it is out/src/cli/pool.js), and a thread started with ROLE serves.
 */
// A worker thread is a Node entry point of its own: it installs the name tagger's model loader too.
import '../node/installNerModel';
import { Worker, isMainThread, parentPort, workerData } from 'worker_threads';
import { runDocumentTask, type DocumentResult, type DocumentTask } from './documentJob';

const ROLE = 'article-lens-cli-pool';

/** Runs document tasks: in this thread (--jobs 1) or in a pool of worker threads. */
export interface Analyzer {
  run(task: DocumentTask): Promise<DocumentResult>;
  close(): Promise<void>;
}

export class InlineAnalyzer implements Analyzer {
  run(task: DocumentTask): Promise<DocumentResult> {
    // In this thread the JSON is written while it is made (documentJob.ts `incremental`).
    return new Promise((resolve) => resolve(runDocumentTask({ ...task, incremental: true })));
  }
  async close(): Promise<void> {}
}

interface Request {
  task: DocumentTask;
  /** Warm-up: analyse the task's text again and again for this long, then answer once. */
  warmMs?: number;
}
type Reply = { result: DocumentResult } | { error: string };

interface Job {
  request: Request;
  resolve(result: DocumentResult): void;
  reject(error: Error): void;
  /** Run on a worker holding nothing else (it was in a worker that died with more than one task). */
  alone?: boolean;
}

interface PoolWorker {
  worker: Worker;
  /** Tasks sent and not answered yet, oldest (the running one, for a worker that answers in order) first. */
  jobs: Job[];
}

/** Tasks a worker holds at once: the one it runs and the next, already in its message queue. */
const QUEUE_DEPTH = 2;

export class WorkerPool implements Analyzer {
  private readonly workers: PoolWorker[] = [];
  private readonly waiting: Job[] = [];
  private closed = false;

  constructor(
    readonly size: number,
    private readonly entry: string = __filename,
  ) {}

  run(task: DocumentTask): Promise<DocumentResult> {
    return this.submit({ task });
  }

  /** Starts every worker and lets each analyse `task` for `ms` (a benchmark's warm-up). */
  async warmUp(task: DocumentTask, ms: number): Promise<void> {
    await Promise.all(Array.from({ length: this.size }, () => this.submit({ task, warmMs: ms })));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new Error('the worker pool was closed'));
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }

  private submit(request: Request): Promise<DocumentResult> {
    if (this.closed) return Promise.reject(new Error('the worker pool was closed'));
    return new Promise((resolve, reject) => {
      this.waiting.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  /**
   * The worker for the next task: an empty one, else a new one while the pool may grow, else the least busy one
   * with room (none for a task that must run alone, or while a worker runs such a task).
   */
  private workerFor(job: Job): PoolWorker | undefined {
    const empty = this.workers.find((w) => w.jobs.length === 0);
    if (empty) return empty;
    if (this.workers.length < this.size) return this.spawn();
    if (job.alone) return undefined;
    let best: PoolWorker | undefined;
    for (const w of this.workers) {
      if (w.jobs.length >= QUEUE_DEPTH || w.jobs[0]!.alone) continue;
      if (!best || w.jobs.length < best.jobs.length) best = w;
    }
    return best;
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const worker = this.workerFor(this.waiting[0]!);
      if (!worker) return;
      const job = this.waiting.shift()!;
      worker.jobs.push(job);
      worker.worker.postMessage(job.request);
    }
  }

  private spawn(): PoolWorker {
    const pw: PoolWorker = { worker: new Worker(this.entry, { workerData: { role: ROLE } }), jobs: [] };
    this.workers.push(pw);
    pw.worker.on('message', (reply: Reply) => {
      // A worker answers its tasks in the order it was given them.
      const job = pw.jobs.shift();
      if (job) {
        if ('error' in reply) job.reject(new Error(reply.error));
        else job.resolve(reply.result);
      }
      this.dispatch();
    });
    const lose = (why: Error) => {
      const index = this.workers.indexOf(pw);
      if (index < 0) return;
      this.workers.splice(index, 1);
      const held = pw.jobs.splice(0);
      if (held.length === 1 || this.closed) for (const job of held) job.reject(why);
      else {
        // Which of them it was running is unknown: each runs again, alone, first in line.
        for (const job of held) job.alone = true;
        this.waiting.unshift(...held);
      }
      this.dispatch();
    };
    pw.worker.on('error', (error) => lose(error instanceof Error ? error : new Error(String(error))));
    pw.worker.on('exit', (code) => lose(new Error(`worker thread exited (code ${code})`)));
    return pw;
  }
}

function serve(): void {
  const port = parentPort!;
  port.on('message', (request: Request) => {
    let reply: Reply;
    try {
      let result = runDocumentTask(request.task);
      if (request.warmMs) {
        const until = Date.now() + request.warmMs;
        while (Date.now() < until) result = runDocumentTask(request.task);
      }
      reply = { result };
    } catch (error) {
      reply = { error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) serve();
