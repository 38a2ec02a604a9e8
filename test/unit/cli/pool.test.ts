/** The CLI's worker pool and ordered output: a dying worker fails only its own task; results keep input order. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WorkerPool } from '../../../src/cli/pool';
import { inOrder } from '../../../src/cli/ordered';
import type { DocumentTask } from '../../../src/cli/documentJob';

const task = (text: string): DocumentTask => ({ name: text, nameField: 'id', text, output: 'json', color: false });

describe('annotate CLI: worker pool', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotate-pool-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('fails only the task of a worker that dies, replaces the worker, and goes on', async () => {
    // A stand-in worker speaking the pool's protocol: echoes the text, or exits on "die".
    const entry = path.join(dir, 'echo-worker.js');
    fs.writeFileSync(entry, `const { parentPort } = require('worker_threads');
parentPort.on('message', (m) => {
  if (m.task.text === 'die') process.exit(3);
  setTimeout(() => parentPort.postMessage({ result: { kind: 'output', text: m.task.text, bytes: m.task.text.length } }), 20);
});`);
    const pool = new WorkerPool(1, entry);
    try {
      const outcomes = await Promise.allSettled(['a', 'die', 'b'].map((t) => pool.run(task(t))));
      assert.deepStrictEqual(outcomes[0], { status: 'fulfilled', value: { kind: 'output', text: 'a', bytes: 1 } });
      assert.strictEqual(outcomes[1].status, 'rejected');
      assert.match(String((outcomes[1] as PromiseRejectedResult).reason), /worker thread exited \(code 3\)/);
      assert.deepStrictEqual(outcomes[2], { status: 'fulfilled', value: { kind: 'output', text: 'b', bytes: 1 } });
    } finally {
      await pool.close();
    }
  });

  it('sends a worker its next task before it answers the current one (no idle round trip between tasks)', async () => {
    // A stand-in that answers each task after 20 ms with how many tasks it had received by then.
    const entry = path.join(dir, 'count-worker.js');
    fs.writeFileSync(entry, `const { parentPort } = require('worker_threads');
let received = 0;
parentPort.on('message', (m) => {
  received++;
  setTimeout(() => parentPort.postMessage({ result: { kind: 'output', text: m.task.text + ':' + received, bytes: 0 } }), 20);
});`);
    const pool = new WorkerPool(1, entry);
    try {
      const results = await Promise.all(['a', 'b', 'c'].map((t) => pool.run(task(t))));
      // a was answered with b already in the worker's queue; c was sent when a's answer came back.
      assert.deepStrictEqual(results.map((r) => (r.kind === 'output' ? r.text : '')), ['a:2', 'b:2', 'c:3']);
    } finally {
      await pool.close();
    }
  });

  it('hands results on in input order however the work finishes, with at most `window` in flight', async () => {
    const delays = [50, 5, 30, 1, 20, 0, 10];
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    await inOrder(
      delays.map((d, i) => ({ d, i })),
      ({ d, i }) => {
        inFlight++;
        most = Math.max(most, inFlight);
        return new Promise<number>((resolve) => setTimeout(() => resolve(i), d));
      },
      (i) => {
        inFlight--;
        seen.push(i);
      },
      3,
    );
    assert.deepStrictEqual(seen, [0, 1, 2, 3, 4, 5, 6]);
    assert.ok(most <= 3, `at most 3 in flight, saw ${most}`);
  });
});
