/**
 * The CLI streams: each document's annotation is written before the next document is read (so it never holds more
 * than one result), and its JSON is written in pieces that make exactly the line JSON.stringify would.
 */
import '../../../src/node/installNerModel';
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough } from 'stream';
import { analyzeArticle } from '../../../src/core/analyze';
import { main, type CliIO } from '../../../src/cli/cli';
import { jsonLineChunks } from '../../../src/cli/jsonChunks';
import { SEED } from './runCli';

/** Standard output as a list of writes; `waitFor` resolves once the output so far matches (false after `ms`). */
function fakeOutput() {
  const writes: string[] = [];
  const listeners: (() => void)[] = [];
  const stdout = {
    isTTY: false,
    write(chunk: string) {
      writes.push(chunk);
      for (const l of listeners.splice(0)) l();
      return true;
    },
    once: () => stdout,
    on: () => stdout,
  };
  const text = () => writes.join('');
  const waitFor = (pattern: RegExp, ms: number) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(pattern.test(text())), ms);
      const check = () => (pattern.test(text()) ? (clearTimeout(timer), resolve(true)) : listeners.push(check));
      check();
    });
  return { stdout, writes, text, waitFor };
}

function io(stdout: CliIO['stdout'], stdin: CliIO['stdin'] = new PassThrough()): CliIO {
  return { stdout, stderr: { write: () => true }, stdin, env: { ARTICLE_LENS_WAIT_NOTICE_MS: '600000' }, exit: () => undefined };
}

const seed = fs.readFileSync(SEED, 'utf8');

describe('annotate CLI: streaming output', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotate-streaming-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes JSON in pieces that make exactly JSON.stringify’s line, whatever the piece size', function () {
    const annotation = analyzeArticle(seed);
    const record = { file: 'seed.txt', ...annotation, skipped: undefined, odd: [1, undefined, () => 1, 'é “q”', { a: [] }], empty: [] };
    const expected = `${JSON.stringify(record)}\n`;
    for (const size of [1, 7, 100, 1 << 16]) {
      const pieces = [...jsonLineChunks(record, size)];
      assert.strictEqual(pieces.join(''), expected, `pieces of ${size}`);
      if (size < 1000) assert.ok(pieces.length > 10, `only ${pieces.length} pieces of ${size} characters`);
    }
  });

  it('writes the first file’s annotation before it reads the second (a named pipe that has no writer yet)', async function () {
    if (process.platform === 'win32') this.skip();
    const first = path.join(dir, 'first.txt');
    const second = path.join(dir, 'second.fifo');
    fs.writeFileSync(first, seed);
    execFileSync('mkfifo', [second]);
    const out = fakeOutput();
    const run = main(['--json', '--jobs', '1', '--no-progress', first, second], io(out.stdout));
    // Without streaming the CLI would wait for the second file (which never comes until we write it) before writing.
    const firstWritten = await out.waitFor(/"file":"[^"]*first\.txt"[\s\S]*\}\n/, 60_000);
    // Opened off the main thread: a synchronous open would wait for the CLI's reader, which runs on this thread.
    await fs.promises.writeFile(second, 'Jane Doe spoke in Paris on Monday.\n');
    assert.strictEqual(await run, 0);
    assert.ok(firstWritten, 'the first annotation was not written before the second file was read');
    const lines = out.text().trim().split('\n').map((l) => JSON.parse(l) as { file: string });
    assert.deepStrictEqual(lines.map((l) => path.basename(l.file)), ['first.txt', 'second.fifo']);
    // Written while made (the seed's JSON is one piece of 64K characters at most), it is the line JSON.stringify makes.
    assert.strictEqual(out.text().split('\n')[0], JSON.stringify({ file: first, ...analyzeArticle(seed) }));
  });

  it('--stream: answers each line before the next line arrives', async function () {
    const stdin = new PassThrough();
    const out = fakeOutput();
    const run = main(['--stream', '--jobs', '1'], io(out.stdout, stdin));
    stdin.write(`${JSON.stringify({ id: 1, text: seed })}\n`);
    const firstWritten = await out.waitFor(/"id":1[\s\S]*\}\n/, 60_000);
    stdin.end(`${JSON.stringify({ id: 2, text: 'Jane Doe spoke in Paris.' })}\n`);
    assert.strictEqual(await run, 0);
    assert.ok(firstWritten, 'the first record was not answered before the second arrived');
    assert.deepStrictEqual(out.text().trim().split('\n').map((l) => (JSON.parse(l) as { id: number }).id), [1, 2]);
  });
});
