// The open article's analysis comes first: the story index's analysers wait while the analysis service has work
// (on a two-core machine the index's reading of the workspace delayed a newly opened article's highlights by
// 1–2 s), and the service says when it is busy and when it is idle again.
import * as assert from 'node:assert/strict';
import { AnalysisService } from '../../../../src/extension/analysis/analysisService';
import type { AnalysisWorkerEvents, AnalysisWorkerPlatform } from '../../../../src/extension/analysis/analysisWorkerPlatform';
import type { WorkerInbound, WorkerOutbound } from '../../../../src/extension/analysis/analysisMessages';
import { PacedPartSender, splitResult } from '../../../../src/extension/analysis/analysisMessages';
import { StoryWorkers } from '../../../../src/extension/features/story/storyWorkers';
import { ForegroundActivity, TYPING_QUIET_MS, type ForegroundWork } from '../../../../src/extension/analysis/foregroundActivity';
import type { StoryWorkerRequest, StoryWorkerResponse } from '../../../../src/extension/features/story/storyProtocol';
import type { StoryWorkerPlatform } from '../../../../src/extension/features/story/storyWorkerPort';

const quietLog = { info() {}, warn() {}, error() {} };
const EMPTY = new Uint32Array(0);

/** An analysis worker that answers only when the test says so (`answer()`), with an empty result. */
function manualPlatform() {
  let events: AnalysisWorkerEvents | undefined;
  let request: { id: number } | undefined;
  let parts: Iterator<{ part: WorkerOutbound }> | undefined;
  const sendNext = () => {
    const step = parts?.next();
    if (step && !step.done) events!.onPart(step.value.part);
  };
  const platform: AnalysisWorkerPlatform = {
    info: { kind: 'node-thread' },
    startWorker(e) {
      events = e;
      return {
        postMessage: (message: WorkerInbound) => {
          if ('kind' in message && message.kind === 'next') sendNext();
          else request = message as { id: number };
        },
        terminate() {},
      };
    },
    loadInProcessAnalyzer: () => { throw new Error('no in-process analyser in this test'); },
  };
  const answer = () => {
    parts = splitResult(request!.id, {
      annotation: { referenceDate: 'x', dateline: null, entities: [], temporal: [], quotes: [] } as never,
      paragraphs: [], durationMs: 0,
      decorations: { person: EMPTY, organization: EMPTY, location: EMPTY, misc: EMPTY, date: EMPTY, quote: EMPTY, quoteSpeaker: EMPTY },
    });
    sendNext();
  };
  return { platform, answer };
}

/** A story worker platform whose analysers record each request and answer it "skipped" on the next turn. */
function answeringPlatform(analyserCount: number, started: StoryWorkerRequest[]): StoryWorkerPlatform {
  return {
    analyserCount,
    start() {
      let listener: ((response: StoryWorkerResponse) => void) | undefined;
      return {
        postMessage(message) {
          started.push(message);
          setTimeout(() => listener?.({ kind: 'skipped', id: message.id, reason: 'test' } as StoryWorkerResponse), 0);
        },
        onMessage(l) { listener = l; },
        onExit() {},
        terminate() {},
      };
    },
  };
}

describe('extension: the open article first (analysis service busy/idle, typing, story analysers yield)', () => {
  it('is busy from a request until its result, and whenIdle settles then', async () => {
    const { platform, answer } = manualPlatform();
    const service = new AnalysisService(platform, quietLog);
    try {
      assert.equal(service.busy, false);
      await service.whenIdle(); // idle: at once
      const result = service.analyze('doc', 'text', {});
      assert.equal(service.busy, true);
      let idle = false;
      const idled = service.whenIdle().then(() => (idle = true));
      await new Promise((r) => setTimeout(r, 20));
      assert.equal(idle, false, 'idle while an analysis runs');
      answer();
      await result;
      await idled;
      assert.equal(service.busy, false);
    } finally {
      service.dispose();
    }
  });

  it('the worker\'s part sender is idle before a result and once its last part went, not in between (the worker warms up only then)', () => {
    const sent: string[] = [];
    const sender = new PacedPartSender((part) => sent.push(part.kind));
    assert.equal(sender.idle, true);
    sender.start(1, splitResult(1, {
      annotation: { referenceDate: 'x', dateline: null, entities: [], temporal: [], quotes: [] } as never,
      paragraphs: [], durationMs: 0,
      decorations: { person: EMPTY, organization: EMPTY, location: EMPTY, misc: EMPTY, date: EMPTY, quote: EMPTY, quoteSpeaker: EMPTY },
    }));
    assert.deepEqual(sent, ['decorations']);
    assert.equal(sender.idle, false, 'the rest of the result is still to send');
    while (!sender.idle) sender.next(1);
    assert.equal(sent[sent.length - 1], 'done');
  });

  it('counts typing as foreground work until it has paused for a second', async () => {
    let now = 1000;
    const slept: number[] = [];
    const analyses: ForegroundWork = { busy: false, whenIdle: () => Promise.resolve() };
    const activity = new ForegroundActivity(analyses, () => now, async (ms) => {
      slept.push(ms);
      now += ms;
    });
    assert.equal(activity.busy, false, 'nothing typed yet');
    activity.noteEdit();
    assert.equal(activity.busy, true);
    now += TYPING_QUIET_MS / 4;
    assert.equal(activity.busy, true, 'still typing');
    await activity.whenIdle();
    assert.deepEqual(slept, [TYPING_QUIET_MS * 3 / 4], 'waited for the rest of the quiet second');
    assert.equal(activity.busy, false);
  });

  it('is busy while an analysis is, even when nobody types', async () => {
    let busy = true;
    let release!: () => void;
    const analyses: ForegroundWork = {
      get busy() { return busy; },
      whenIdle: () => (busy ? new Promise<void>((resolve) => (release = () => { busy = false; resolve(); })) : Promise.resolve()),
    };
    const activity = new ForegroundActivity(analyses);
    assert.equal(activity.busy, true);
    let idle = false;
    const idled = activity.whenIdle().then(() => (idle = true));
    await new Promise((r) => setTimeout(r, 10));
    assert.equal(idle, false);
    release();
    await idled;
    assert.equal(activity.busy, false);
  });

  it('the story analysers start no article while the foreground is busy, and catch up when it is idle', async () => {
    const started: StoryWorkerRequest[] = [];
    const platform = answeringPlatform(2, started);
    let busy = true;
    let release!: () => void;
    const foreground: ForegroundWork = {
      get busy() { return busy; },
      whenIdle: () => new Promise<void>((resolve) => (release = () => { busy = false; resolve(); })),
    };
    const workers = new StoryWorkers(platform, quietLog, foreground);
    try {
      const jobs = [workers.analyseText('file:///a.txt', 'A', {}), workers.analyseText('file:///b.txt', 'B', {})];
      await new Promise((r) => setTimeout(r, 30));
      assert.equal(started.length, 0, 'no analyser started while the open article is analysed');
      release();
      const responses = await Promise.all(jobs);
      assert.deepEqual(responses.map((r) => r.kind), ['skipped', 'skipped']);
      assert.equal(started.length, 2);
    } finally {
      workers.dispose();
    }
  });

  it('without a foreground to yield to, the story analysers start at once (as before)', async () => {
    const started: StoryWorkerRequest[] = [];
    const platform = answeringPlatform(1, started);
    const workers = new StoryWorkers(platform, quietLog);
    try {
      const job = workers.analyseText('file:///a.txt', 'A', {});
      assert.equal(started.length, 1);
      assert.equal((await job).kind, 'skipped');
    } finally {
      workers.dispose();
    }
  });
});

