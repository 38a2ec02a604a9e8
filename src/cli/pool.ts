/**
 * Analysis off the main thread: N worker threads, each running documentJob.ts on the tasks it is given. Workers
 * start lazily (one file needs one worker), a task waits for the next idle worker, and a worker that dies fails
 * only its own task and is replaced. Ordering is not the pool's business (ordered.ts keeps the output in order).
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
}

interface PoolWorker {
  worker: Worker;
  job?: Job;
}

export class WorkerPool implements Analyzer {
  private readonly workers: PoolWorker[] = [];
  private readonly idle: PoolWorker[] = [];
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

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const worker = this.idle.pop() ?? (this.workers.length < this.size ? this.spawn() : undefined);
      if (!worker) return;
      worker.job = this.waiting.shift()!;
      worker.worker.postMessage(worker.job.request);
    }
  }

  private spawn(): PoolWorker {
    const pw: PoolWorker = { worker: new Worker(this.entry, { workerData: { role: ROLE } }) };
    this.workers.push(pw);
    pw.worker.on('message', (reply: Reply) => {
      const job = pw.job;
      pw.job = undefined;
      this.idle.push(pw);
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
      const idleIndex = this.idle.indexOf(pw);
      if (idleIndex >= 0) this.idle.splice(idleIndex, 1);
      pw.job?.reject(why);
      pw.job = undefined;
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
