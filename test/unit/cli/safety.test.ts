/**
 * The CLI's safety on hostile or unusual input (issue #10): control characters cannot drive the terminal, a closed
 * pipe ends the run quietly, input is read with a size cap, a FIFO or pipe without a writer is announced, UTF-16
 * with a byte-order mark is read, and results are written as they are ready.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { analyzeArticle } from '../../../src/core/analyze';
import { markup } from '../../../src/cli/markup';
import { outline } from '../../../src/cli/outline';
import { makeStyle } from '../../../src/cli/style';
import { terminalSafe } from '../../../src/cli/safeText';
import { decodeArticle } from '../../../src/core/text/decodeArticle';
import { parseByteSize } from '../../../src/cli/byteSize';
import { LiveCli, SEED, ensureBuilt, runCli, runShell } from './runCli';

/** Every control character a terminal acts on: C0 but tab and LF, DEL, C1; a CR only when no LF follows. */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;
const SGR = /\u001b\[[0-9;]*m/g;

describe('annotate CLI: safety', function () {
  this.timeout(120_000);
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  const hostile = 'PARIS (Reuters) - Emmanuel Macron \u001b]0;PWNED\u0007\u001b[2J met Olaf Scholz on Monday.\n' +
    '"We agreed," Macron said.\u009b31m Scholz\r said nothing.\r\nThe end.\n';

  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotate-safety-'));
    fs.writeFileSync(file('hostile.txt'), hostile);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('control characters', () => {
    it('are shown as \\xHH in the report written to a pipe: the title sequence and the screen clear never reach the terminal', () => {
      const r = runCli([file('hostile.txt')]);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.ok(!TERMINAL_CONTROL.test(r.stdout), `a control character reached stdout: ${JSON.stringify(r.stdout.match(TERMINAL_CONTROL))}`);
      assert.ok(r.stdout.includes('\\x1b]0;PWNED\\x07\\x1b[2J'), r.stdout);
      assert.ok(r.stdout.includes('\\x9b31m'), 'a C1 control (CSI) is shown');
      assert.match(r.stdout, /Scholz(?:\|PER\])?\\x0d said/, 'a lone CR is shown');
      assert.ok(r.stdout.includes('said nothing.\r\nThe end.'), 'a CRLF line end stays a line end');
    });

    it('are shown the same way in colour (on a terminal): only the report\'s own SGR colour codes remain', () => {
      const annotation = analyzeArticle(hostile);
      const style = makeStyle(true);
      const report = markup(hostile, annotation, style) + outline(annotation, style);
      assert.ok(SGR.test(report), 'the report is coloured');
      const withoutColour = report.replace(SGR, '');
      assert.ok(!TERMINAL_CONTROL.test(withoutColour), JSON.stringify(withoutColour.match(TERMINAL_CONTROL)));
      assert.ok(withoutColour.includes('\\x1b]0;PWNED\\x07'));
    });

    it('leave --json untouched: offsets still index the raw text (JSON escapes the characters itself)', () => {
      const r = runCli(['--json', file('hostile.txt')]);
      assert.strictEqual(r.status, 0, r.stderr);
      const a = JSON.parse(r.stdout);
      assert.ok(a.entities.length > 0);
      for (const e of a.entities) for (const m of e.mentions) assert.strictEqual(hostile.slice(m.start, m.end), m.text);
      assert.ok(!/[\u0000-\u001f]/.test(r.stdout.trimEnd()), 'no raw control character in the JSON line');
    });

    it('in a file name are shown too (heading and error messages)', () => {
      const name = file('evil\u001b]0;X\u0007.txt');
      fs.writeFileSync(name, 'Angela Merkel spoke.');
      const r = runCli([name, file('missing\u001b[2J.txt')]);
      assert.ok(!TERMINAL_CONTROL.test(r.stdout) && !TERMINAL_CONTROL.test(r.stderr), JSON.stringify(r));
      assert.match(r.stdout, /== .*evil\\x1b\]0;X\\x07\.txt ==/);
      assert.match(r.stderr, /missing\\x1b\[2J\.txt: no such file/);
    });

    it('terminalSafe keeps tab, LF and CRLF and shows the rest', () => {
      assert.strictEqual(terminalSafe('a\tb\nc\r\nd\re\u0000f\u007fg\u0085h'), 'a\tb\nc\r\nd\\x0de\\x00f\\x7fg\\x85h');
      assert.strictEqual(terminalSafe('line\r', '\n'), 'line\r', 'a CR before a LF that starts the next piece');
    });
  });

  it('exits quietly when the reader of its output goes away (| head -c 10): no EPIPE trace', () => {
    const files = Array.from({ length: 6 }, () => SEED);
    const r = runShell(`CLI --json --jobs 1 ${files.map((f) => `"${f}"`).join(' ')} | head -c 10`);
    assert.strictEqual(r.stdout.slice(0, 10), '{"file":"/');
    assert.strictEqual(r.stderr, '', `stderr: ${r.stderr}`);
    // The same with the readable report and with a pool of workers.
    const r2 = runShell(`CLI --jobs 2 ${files.map((f) => `"${f}"`).join(' ')} | head -c 10`);
    assert.strictEqual(r2.stderr, '', `stderr: ${r2.stderr}`);
    assert.strictEqual(r2.stdout.length, 10);
  });

  describe('input size cap', () => {
    it('reads /dev/zero up to --max-size, says it is too large, and still annotates the other files', function () {
      if (!fs.existsSync('/dev/zero')) this.skip();
      const started = Date.now();
      const r = runCli(['--json', '--max-size', '2MB', '/dev/zero', SEED], { timeout: 30_000 });
      assert.notStrictEqual(r.status, null, 'the run did not finish within 30 s');
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr, /\/dev\/zero: too large \(more than 2 MB; the limit is 2 MB\): not annotated; raise it with --max-size/);
      assert.strictEqual(JSON.parse(r.stdout).file, SEED);
      assert.ok(Date.now() - started < 30_000);
    });

    it('refuses a regular file above the cap before reading it, with its size; the default cap is 50 MB', () => {
      const big = file('big.txt');
      fs.writeFileSync(big, 'Emmanuel Macron spoke. '.repeat(60_000)); // 1.38 MB
      const r = runCli(['--json', '--max-size=1MB', big]);
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr, /big\.txt: too large \(1\.4 MB; the limit is 1 MB\)/);
      assert.strictEqual(r.stdout, '');
      assert.match(runCli(['--help']).stdout, /default 50 MB/);
      assert.strictEqual(runCli(['--json', big]).status, 0);
    });

    it('caps standard input too', () => {
      const r = runCli(['--json', '--max-size', '100KB', '-'], { input: 'a'.repeat(200_000) });
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr, /\(standard input\): too large/);
    });

    it('parses sizes as people write them and rejects nonsense with a usage error', () => {
      assert.strictEqual(parseByteSize('20MB'), 20_000_000);
      assert.strictEqual(parseByteSize('1.5 GB'), 1_500_000_000);
      assert.strictEqual(parseByteSize('64KiB'), 65_536);
      assert.strictEqual(parseByteSize('12345'), 12_345);
      assert.strictEqual(parseByteSize('twelve'), undefined);
      const r = runCli(['--max-size', '12 parsecs', SEED]);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /--max-size: "12 parsecs" is not a size/);
    });
  });

  describe('inputs that keep us waiting', () => {
    it('says on stderr that a FIFO has no writer yet, then annotates what a writer sends', async function () {
      const fifo = file('pipe.fifo');
      if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
      const cli = new LiveCli(['--json', fifo], { ARTICLE_LENS_WAIT_NOTICE_MS: '300' });
      try {
        await cli.until((c) => /pipe\.fifo: waiting for a writer on this named pipe \(FIFO\)/.test(c.stderr), 15_000, 'the waiting notice');
        assert.strictEqual(cli.stdout, '');
        fs.writeFileSync(fifo, fs.readFileSync(SEED)); // opens the FIFO as its writer, writes, closes
        assert.strictEqual(await cli.exited, 0);
        assert.strictEqual(JSON.parse(cli.stdout).file, fifo);
      } finally {
        cli.kill();
      }
    });

    it('says so when standard input gives nothing (stdin left open)', async () => {
      const cli = new LiveCli(['--json', '-'], { ARTICLE_LENS_WAIT_NOTICE_MS: '300' });
      try {
        await cli.until((c) => /waiting for the article on standard input/.test(c.stderr), 15_000, 'the waiting notice');
        cli.child.stdin.end('Angela Merkel spoke in Berlin.');
        assert.strictEqual(await cli.exited, 0);
        assert.strictEqual(JSON.parse(cli.stdout).entities[0].name, 'Angela Merkel');
      } finally {
        cli.kill();
      }
    });

    it('waits for the default few seconds before saying anything', () => {
      const r = runCli(['--json', '-'], { input: 'Angela Merkel spoke.' });
      assert.strictEqual(r.stderr, '');
    });
  });

  describe('UTF-16 with a byte-order mark', () => {
    const text = 'BERLIN (dpa) - Angela Merkel met Emmanuel Macron on Monday. "Good talks," Merkel said. 😀 Café.\r\n';
    const utf16be = (s: string) => {
      const le = Buffer.from(s, 'utf16le');
      for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
      return le;
    };

    it('is decoded (little- and big-endian) to the same annotation as UTF-8, offsets after the mark', () => {
      fs.writeFileSync(file('utf8.txt'), text);
      fs.writeFileSync(file('le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      fs.writeFileSync(file('be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]));
      const r = runCli(['--json', file('utf8.txt'), file('le.txt'), file('be.txt')]);
      assert.strictEqual(r.status, 0, r.stderr);
      const [utf8, le, be] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.ok(utf8.entities.length >= 2);
      for (const other of [le, be]) {
        assert.deepStrictEqual({ ...other, file: undefined }, { ...utf8, file: undefined });
      }
    });

    it('without a mark (or broken) it is still refused with a clear message', () => {
      assert.throws(() => decodeArticle(Buffer.from(text, 'utf16le'), 'x.txt'), /x\.txt: binary file \(contains NUL bytes\)/);
      assert.throws(() => decodeArticle(Buffer.from([0xff, 0xfe, 0x41]), 'odd.txt'), /odd\.txt: not valid UTF-16 \(little-endian\) text \(odd number of bytes\)/);
      assert.throws(() => decodeArticle(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'lone.txt'), /lone\.txt: not valid UTF-16/);
      assert.throws(() => decodeArticle(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0]), 'u32.txt'), /UTF-32 text is not supported/);
      assert.strictEqual(decodeArticle(Buffer.from([0xfe, 0xff, 0x00, 0x41]), 'be.txt'), 'A');
    });
  });

  it('writes each result as soon as it is ready: the first annotation is out while the next input is still awaited', async () => {
    const cli = new LiveCli(['--stream', '--jobs', '1']);
    try {
      cli.child.stdin.write(`${JSON.stringify({ id: 'one', text: fs.readFileSync(SEED, 'utf8') })}\n`);
      await cli.until((c) => c.stdout.endsWith('\n'), 30_000, 'the first annotation');
      assert.strictEqual(JSON.parse(cli.stdout).id, 'one');
      cli.child.stdin.write(`${JSON.stringify({ id: 'two', text: 'Angela Merkel spoke.' })}\n`);
      await cli.until((c) => c.stdout.split('\n').length === 3, 30_000, 'the second annotation');
      cli.child.stdin.end();
      assert.strictEqual(await cli.exited, 0);
      assert.deepStrictEqual(cli.stdout.trim().split('\n').map((l) => JSON.parse(l).id), ['one', 'two']);
    } finally {
      cli.kill();
    }
  });
});
