/**
 * The host's side of the story workers: one index worker (holds the StoryIndex, answers queries) and a small pool
 * of analysers that start when there is work and stop after a quiet minute (an analyser's tagger caches weigh
 * hundreds of megabytes; the index itself is small). Requests are promises; a crashed worker fails its requests,
 * and a crashed index worker is reported so the manager can rebuild from the cache. No `vscode` import.
 */
import type { AnalyzeOptions } from '../../../core/types';
import { Disposable } from '../../util/disposable';
import type { ForegroundWork } from '../../analysis/foregroundActivity';
import type { AnalyseResponse, IndexRequest, IndexResponse, StoryRole, StoryWorkerRequest, StoryWorkerResponse } from './storyProtocol';
import type { StoryQuery, StoryQueryResult } from './storyQueries';
import type { StoryWorkerPlatform, StoryWorkerPort } from './storyWorkerPort';

export interface StoryLog {
  info(message: string): void;
  error(message: string): void;
}

/** An analyser idle this long is stopped, freeing its memory. */
const ANALYSER_IDLE_MS = 60_000;

interface Pending {
  resolve(response: StoryWorkerResponse): void;
  reject(error: Error): void;
}

class WorkerHandle {
  readonly worker: StoryWorkerPort;
  readonly pending = new Map<number, Pending>();
  idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(platform: StoryWorkerPlatform, role: StoryRole, onExit: (handle: WorkerHandle, error: Error) => void) {
    this.worker = platform.start(role);
    this.worker.onMessage((response: StoryWorkerResponse) => {
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      pending.resolve(response);
    });
    this.worker.onExit((error) => onExit(this, error));
  }

  request(message: StoryWorkerRequest, transfer: ArrayBuffer[] = []): Promise<StoryWorkerResponse> {
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      this.worker.postMessage(message, transfer);
    });
  }

  failAll(error: Error): void {
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }
}

interface AnalyseJob {
  message: StoryWorkerRequest;
  transfer: ArrayBuffer[];
  resolve(response: AnalyseResponse): void;
  reject(error: Error): void;
}

export class StoryWorkerCancelled extends Error {
  constructor() {
    super('indexing cancelled');
  }
}

export class StoryWorkers extends Disposable {
  private index: WorkerHandle | undefined;
  private readonly analysers: WorkerHandle[] = [];
  private readonly busy = new Set<WorkerHandle>();
  private readonly queue: AnalyseJob[] = [];
  private nextId = 1;
  private readonly indexLost = new Set<() => void>();

  /** Set while the pump waits for the foreground to be idle (one wait at a time). */
  private waitingForForeground = false;

  /**
   * `foreground`: the open articles' analyses and the typing into them (analysis/foregroundActivity.ts). While
   * either lasts no new article of the workspace is handed to an analyser: on a two-core machine the index would
   * otherwise slow the article the reader just opened, and the keystrokes typed into a long one.
   */
  constructor(
    private readonly platform: StoryWorkerPlatform,
    private readonly log: StoryLog,
    private readonly foreground?: ForegroundWork,
  ) {
    super();
    this._register({ dispose: () => this.shutdown() });
  }

  /** Called when the index worker dies: everything it held is gone. */
  onDidLoseIndex(listener: () => void): { dispose(): void } {
    this.indexLost.add(listener);
    return { dispose: () => this.indexLost.delete(listener) };
  }

  analyse(uri: string, bytes: Uint8Array, knownHash: string | undefined, options: AnalyzeOptions): Promise<AnalyseResponse> {
    const buffer = bytes.buffer as ArrayBuffer;
    // Transfer only a buffer the bytes own entirely (workspace.fs may hand out a view on a larger one).
    const own = bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength ? bytes : bytes.slice();
    return this.enqueue({ kind: 'analyse', id: this.nextId++, uri, bytes: own, knownHash, options }, [own.buffer as ArrayBuffer]);
  }

  analyseText(uri: string, text: string, options: AnalyzeOptions): Promise<AnalyseResponse> {
    return this.enqueue({ kind: 'analyseText', id: this.nextId++, uri, text, options }, []);
  }

  /** Drops the analyses not started yet (they reject with StoryWorkerCancelled). */
  cancelQueued(): void {
    for (const job of this.queue.splice(0)) job.reject(new StoryWorkerCancelled());
  }

  get queuedCount(): number {
    return this.queue.length + this.busy.size;
  }

  async load(uri: string, bytes: Uint8Array): Promise<boolean> {
    const response = await this.indexRequest({ kind: 'load', id: this.nextId++, uri, bytes }, [bytes.buffer as ArrayBuffer]);
    if (response.kind === 'loaded' && !response.ok) this.log.error(`story index: cannot load ${uri}: ${response.error}`);
    return response.kind === 'loaded' && response.ok;
  }

  async remove(uris: string[]): Promise<void> {
    if (uris.length > 0) await this.indexRequest({ kind: 'remove', id: this.nextId++, uris });
  }

  async clear(): Promise<void> {
    await this.indexRequest({ kind: 'clear', id: this.nextId++ });
  }

  async query<T extends StoryQueryResult>(query: StoryQuery): Promise<T> {
    const response = await this.indexRequest({ kind: 'query', id: this.nextId++, query });
    if (response.kind !== 'result') throw new Error(`story query ${query.kind} failed: ${response.kind === 'error' ? response.error : response.kind}`);
    return response.result as T;
  }

  private async indexRequest(message: IndexRequest, transfer: ArrayBuffer[] = []): Promise<IndexResponse> {
    if (this.isDisposed) throw new StoryWorkerCancelled();
    this.index ??= new WorkerHandle(this.platform, 'index', (handle, error) => this.onIndexExit(handle, error));
    const response = (await this.index.request(message, transfer)) as IndexResponse;
    if (response.kind === 'error') throw new Error(response.error);
    return response;
  }

  private enqueue(message: StoryWorkerRequest, transfer: ArrayBuffer[]): Promise<AnalyseResponse> {
    if (this.isDisposed) return Promise.reject(new StoryWorkerCancelled());
    return new Promise((resolve, reject) => {
      this.queue.push({ message, transfer, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.queue.length > 0 && this.foreground?.busy) {
      if (!this.waitingForForeground) {
        this.waitingForForeground = true;
        void this.foreground.whenIdle().then(() => {
          this.waitingForForeground = false;
          this.pump();
        });
      }
      return;
    }
    while (this.queue.length > 0 && !this.isDisposed) {
      const handle = this.freeAnalyser();
      if (!handle) return;
      const job = this.queue.shift()!;
      this.busy.add(handle);
      if (handle.idleTimer) clearTimeout(handle.idleTimer);
      handle.request(job.message, job.transfer).then(
        (response) => {
          this.release(handle);
          if (response.kind === 'error') this.log.error(`story analyser: ${response.error}`);
          job.resolve(response as AnalyseResponse);
        },
        (error: Error) => {
          this.release(handle);
          job.reject(error);
        },
      );
    }
  }

  private freeAnalyser(): WorkerHandle | undefined {
    const free = this.analysers.find((h) => !this.busy.has(h));
    if (free) return free;
    if (this.analysers.length >= this.platform.analyserCount) return undefined;
    const handle = new WorkerHandle(this.platform, 'analyser', (h, error) => this.onAnalyserExit(h, error));
    this.analysers.push(handle);
    return handle;
  }

  private release(handle: WorkerHandle): void {
    this.busy.delete(handle);
    if (!this.analysers.includes(handle)) return;
    if (handle.idleTimer) clearTimeout(handle.idleTimer);
    handle.idleTimer = setTimeout(() => {
      if (this.busy.has(handle)) return;
      this.analysers.splice(this.analysers.indexOf(handle), 1);
      handle.worker.terminate();
    }, ANALYSER_IDLE_MS);
    (handle.idleTimer as { unref?: () => void }).unref?.();
    this.pump();
  }

  private onAnalyserExit(handle: WorkerHandle, error: Error): void {
    const at = this.analysers.indexOf(handle);
    if (at < 0) return; // stopped on purpose
    this.analysers.splice(at, 1);
    this.busy.delete(handle);
    if (handle.idleTimer) clearTimeout(handle.idleTimer);
    this.log.error(`story analyser failed: ${error.message}`);
    handle.failAll(error);
    this.pump();
  }

  private onIndexExit(handle: WorkerHandle, error: Error): void {
    if (this.index !== handle) return;
    this.index = undefined;
    handle.failAll(error);
    if (this.isDisposed) return;
    this.log.error(`story index worker failed: ${error.message}`);
    for (const listener of this.indexLost) listener();
  }

  private shutdown(): void {
    this.cancelQueued();
    const all = [...this.analysers, ...(this.index ? [this.index] : [])];
    this.analysers.length = 0;
    this.index = undefined;
    for (const handle of all) {
      if (handle.idleTimer) clearTimeout(handle.idleTimer);
      handle.failAll(new StoryWorkerCancelled());
      handle.worker.terminate();
    }
  }
}
