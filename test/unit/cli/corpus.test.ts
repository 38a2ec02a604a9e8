/**
 * The corpus CLI (issue #12): directories with --include/--exclude in a stable order, --stream JSON Lines in
 * order with error lines, --jobs without reordering, --summary's story table, the progress bar only on a terminal,
 * and the README's GNU parallel recipe run as written.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from '../../../scripts/eval/paths';
import { makeProgress } from '../../../src/cli/progress';
import { StoryTable } from '../../../src/cli/summary';
import { parseStreamLine } from '../../../src/cli/streamInput';
import { SEED, ensureBuilt, runCli, runShell } from './runCli';

const seedText = fs.readFileSync(SEED, 'utf8');

/** Synthetic articles: the seed, and short variants that share and do not share its people. */
const ARTICLES: Record<string, string> = {
  'a.txt': seedText,
  'b.txt': 'PARIS (AFP) - French President Emmanuel Macron met Olaf Scholz in Berlin on Tuesday. "We agree," Macron said.\n',
  'c.md': 'Vladimir Putin spoke to Emmanuel Macron by phone on Friday, the Kremlin said. Putin said the talks were useful.\n',
  'd.txt': 'Boris Johnson and Dustin Johnson were both in London on Monday. Johnson said little.\n',
};

describe('annotate CLI: corpus', function () {
  this.timeout(180_000);
  let dir: string;
  const at = (...parts: string[]) => path.join(dir, ...parts);

  before(() => {
    ensureBuilt();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotate-corpus-'));
    // corpus/ a.txt, sub/b.txt, sub/deeper/c.md, Z/d.txt, notes.json (not an article), .hidden/x.txt, drafts/y.txt
    fs.mkdirSync(at('corpus', 'sub', 'deeper'), { recursive: true });
    fs.mkdirSync(at('corpus', 'Z'));
    fs.mkdirSync(at('corpus', '.hidden'));
    fs.mkdirSync(at('corpus', 'drafts'));
    fs.writeFileSync(at('corpus', 'a.txt'), ARTICLES['a.txt']!);
    fs.writeFileSync(at('corpus', 'sub', 'b.txt'), ARTICLES['b.txt']!);
    fs.writeFileSync(at('corpus', 'sub', 'deeper', 'c.md'), ARTICLES['c.md']!);
    fs.writeFileSync(at('corpus', 'Z', 'd.txt'), ARTICLES['d.txt']!);
    fs.writeFileSync(at('corpus', 'notes.json'), '{"not": "an article"}');
    fs.writeFileSync(at('corpus', '.hidden', 'x.txt'), 'Hidden text.');
    fs.writeFileSync(at('corpus', 'drafts', 'y.txt'), 'Draft text.');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const files = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l).file as string);

  describe('directories', () => {
    it('are walked recursively in sorted order, articles only, hidden entries skipped', () => {
      const r = runCli(['--json', at('corpus')]);
      assert.strictEqual(r.status, 0, r.stderr);
      // Code-unit order at each level: "Z" < "a.txt" < "drafts" < "sub".
      assert.deepStrictEqual(files(r.stdout), [
        at('corpus', 'Z', 'd.txt'),
        at('corpus', 'a.txt'),
        at('corpus', 'drafts', 'y.txt'),
        at('corpus', 'sub', 'b.txt'),
        at('corpus', 'sub', 'deeper', 'c.md'),
      ]);
    });

    it('honour --include and --exclude (by name at any depth, or by path below the directory)', () => {
      const md = runCli(['--json', '--include', '*.md', at('corpus')]);
      assert.deepStrictEqual(files(md.stdout), [at('corpus', 'sub', 'deeper', 'c.md')]);
      const noDrafts = runCli(['--json', '--exclude', 'drafts/**', '--exclude=d.txt', at('corpus')]);
      assert.deepStrictEqual(files(noDrafts.stdout), [at('corpus', 'a.txt'), at('corpus', 'sub', 'b.txt'), at('corpus', 'sub', 'deeper', 'c.md')]);
      const byPath = runCli(['--json', '--include', 'sub/**/*.{txt,md}', at('corpus')]);
      assert.deepStrictEqual(files(byPath.stdout), [at('corpus', 'sub', 'b.txt'), at('corpus', 'sub', 'deeper', 'c.md')]);
      const none = runCli(['--json', '--include', '*.xml', at('corpus')]);
      assert.strictEqual(none.status, 1);
      assert.match(none.stderr, /corpus: no file here matches \*\.xml/);
    });

    it('mix with files in the order given', () => {
      const r = runCli(['--json', at('corpus', 'sub'), at('corpus', 'a.txt')]);
      assert.deepStrictEqual(files(r.stdout), [at('corpus', 'sub', 'b.txt'), at('corpus', 'sub', 'deeper', 'c.md'), at('corpus', 'a.txt')]);
    });
  });

  describe('--jobs', () => {
    it('gives byte-for-byte the output of --jobs 1 with 3 worker threads, JSON and readable report alike', () => {
      for (const mode of [['--json'], []]) {
        const one = runCli([...mode, '--jobs', '1', at('corpus')]);
        const three = runCli([...mode, '--jobs', '3', at('corpus')]);
        assert.strictEqual(one.status, 0, one.stderr);
        assert.strictEqual(three.status, 0, three.stderr);
        assert.ok(one.stdout.length > 1000);
        assert.strictEqual(three.stdout, one.stdout);
      }
    });

    it('rejects a number of threads that is not one', () => {
      for (const bad of ['0', 'two', '-1', '1000']) {
        const r = runCli(['--jobs', bad, SEED]);
        assert.strictEqual(r.status, 2, bad);
        assert.match(r.stderr, /--jobs: .* is not a number of worker threads/);
      }
    });
  });

  describe('--stream', () => {
    const lines = [
      JSON.stringify({ id: 'seed', text: seedText }),
      'this is not JSON',
      JSON.stringify({ id: 2, text: ARTICLES['b.txt'], referenceDate: '2024-05-14' }),
      '',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 'bad-date', text: 'x', referenceDate: '2024-02-30' }),
      JSON.stringify(['an', 'array']),
      ...Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `v${i}`, text: i % 2 ? ARTICLES['c.md'] : `${ARTICLES['d.txt']!.repeat(i + 1)}` })),
    ];
    const input = `${lines.join('\r\n')}\n`;

    it('writes one line per input line, in order, with "id" in place of "file", error lines in place of bad lines', () => {
      for (const jobs of ['1', '2']) {
        const r = runCli(['--stream', '--jobs', jobs], { input });
        assert.strictEqual(r.status, 0, r.stderr);
        const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
        assert.strictEqual(out.length, lines.length);
        assert.deepStrictEqual(out.map((o) => o.id), ['seed', null, 2, null, 'no-text', null, 'bad-date', null, ...Array.from({ length: 12 }, (_, i) => `v${i}`)]);
        assert.strictEqual(Object.keys(out[0])[0], 'id');
        assert.ok(!('file' in out[0]));
        assert.strictEqual(out[0].dateline.agency, 'TASS');
        for (const e of out[0].entities) for (const m of e.mentions) assert.strictEqual(seedText.slice(m.start, m.end), m.text);
        assert.strictEqual(out[2].referenceDate, '2024-05-14', 'a line\'s own referenceDate is used');
        const errors = out.filter((o) => 'error' in o);
        assert.strictEqual(errors.length, 6);
        for (const e of errors) assert.deepStrictEqual(Object.keys(e), ['id', 'error']);
        assert.match(out[1].error, /^line 2: not JSON/);
        assert.match(out[3].error, /^line 4: empty line/);
        assert.match(out[4].error, /^line 5: "text" must be a string \(it is missing\)/);
        assert.match(out[5].error, /^line 6: "id" must be a string or a number/);
        assert.match(out[6].error, /^line 7: "referenceDate" must be a calendar date/);
        assert.match(out[7].error, /^line 8: expected a JSON object/);
      }
    });

    it('gives each line the annotation that file mode gives the same text', () => {
      const stream = JSON.parse(runCli(['--stream'], { input: `${JSON.stringify({ id: 'x', text: seedText })}\n` }).stdout);
      const file = JSON.parse(runCli(['--json', SEED]).stdout);
      delete stream.id;
      delete file.file;
      assert.deepStrictEqual(stream, file);
    });

    it('turns a line over --max-size or not UTF-8 into an error line and goes on', () => {
      const big = JSON.stringify({ id: 'big', text: 'a'.repeat(5000) });
      const payload = Buffer.concat([
        Buffer.from(`${big}\n`),
        Buffer.from('{"id": "latin1", "text": "caf'),
        Buffer.from([0xe9, 0x22, 0x7d, 0x0a]),
        Buffer.from(`${JSON.stringify({ id: 'ok', text: 'Angela Merkel spoke.' })}`), // last line without a line end
      ]);
      const r = runCli(['--stream', '--max-size', '1KB'], { input: payload });
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.deepStrictEqual(out.map((o) => o.id), [null, null, 'ok']);
      assert.match(out[0].error, /^line 1: longer than the limit of 1 KB/);
      assert.match(out[1].error, /^line 2: not valid UTF-8/);
      assert.strictEqual(out[2].entities[0].name, 'Angela Merkel');
    });

    it('adds the editor\'s checks with --checks, in worker threads too', () => {
      const input = [
        JSON.stringify({ id: 'clash', text: 'PARIS (AFP) - Emmanuel Macron spoke on Monday, July 2, 2025, in Paris.' }),
        JSON.stringify({ id: 'fine', text: 'Angela Merkel spoke.' }),
      ].join('\n');
      const out = runCli(['--stream', '--checks', '--jobs', '2'], { input }).stdout.trim().split('\n').map((l) => JSON.parse(l));
      assert.deepStrictEqual(out.map((o) => o.checks.map((c: { code: string }) => c.code)), [['weekday-date'], []]);
      const without = JSON.parse(runCli(['--stream'], { input: input.split('\n')[0] }).stdout);
      assert.ok(!('checks' in without));
    });

    it('refuses FILE arguments', () => {
      const r = runCli(['--stream', SEED]);
      assert.strictEqual(r.status, 2);
      assert.match(r.stderr, /--stream reads standard input/);
    });

    it('checks lines without running anything (parseStreamLine)', () => {
      const ok = parseStreamLine(Buffer.from('{"id":"a","text":"t","referenceDate":"2020-01-31"}'), 1);
      assert.deepStrictEqual(ok, { line: 1, id: 'a', text: 't', referenceDate: '2020-01-31' });
      assert.deepStrictEqual(parseStreamLine(Buffer.from('{"id":"a","text":5}'), 3), { line: 3, id: 'a', error: 'line 3: "text" must be a string' });
    });
  });

  describe('--summary', () => {
    it('prints the story table: one row per entity across the files, with article and mention counts', () => {
      const r = runCli(['--summary', at('corpus')]);
      assert.strictEqual(r.status, 0, r.stderr);
      assert.match(r.stdout, /^entity +type +articles +mentions +also\n/);
      const macron = r.stdout.split('\n').find((l) => l.startsWith('Emmanuel Macron '));
      assert.ok(macron, r.stdout);
      assert.match(macron, /^Emmanuel Macron +person +3 +\d+ +Macron/);
      assert.match(r.stdout, /\n\d+ entities in 5 articles\n$/);
    });

    it('with --json: one object per entity, Macron one row across the files, its mentions summed', () => {
      const r = runCli(['--summary', '--json', '--jobs', '2', at('corpus')]);
      const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      const macron = rows.find((x) => x.name === 'Emmanuel Macron');
      assert.strictEqual(macron.type, 'PERSON');
      assert.strictEqual(macron.articles, 3);
      const perFile = runCli(['--json', at('corpus')]).stdout.trim().split('\n').map((l) => JSON.parse(l));
      const mentions = perFile.flatMap((a) => a.entities).filter((e: { name: string; type: string }) => e.type === 'PERSON' && /Macron/.test(e.name));
      assert.strictEqual(macron.mentions, mentions.reduce((n: number, e: { mentions: unknown[] }) => n + e.mentions.length, 0));
      assert.strictEqual(rows.filter((x) => /Macron/.test(x.name) && x.type === 'PERSON').length, 1);

    });

    it('counts articles and mentions per row of the core\'s identity across articles (StoryTable)', () => {
      const t = new StoryTable();
      t.add([{ type: 'PERSON', name: 'Emmanuel Macron', mentions: 3, aliases: ['Macron'] }]);
      t.add([{ type: 'PERSON', name: 'Macron', mentions: 2, aliases: [] }, { type: 'LOCATION', name: 'Paris', mentions: 1, aliases: [] }]);
      t.add([{ type: 'PERSON', name: 'Macron', mentions: 1, aliases: [] }, { type: 'ORGANIZATION', name: 'Macron', mentions: 1, aliases: [] }]);
      assert.deepStrictEqual(t.rows(), [
        { name: 'Emmanuel Macron', type: 'PERSON', articles: 3, mentions: 6, aliases: ['Macron'] },
        { name: 'Macron', type: 'ORGANIZATION', articles: 1, mentions: 1, aliases: [] },
        { name: 'Paris', type: 'LOCATION', articles: 1, mentions: 1, aliases: [] },
      ]);
      const johnsons = new StoryTable();
      johnsons.add([{ type: 'PERSON', name: 'Boris Johnson', mentions: 2, aliases: ['Johnson'] }]);
      johnsons.add([{ type: 'PERSON', name: 'Dustin Johnson', mentions: 1, aliases: [] }]);
      johnsons.add([{ type: 'PERSON', name: 'Johnson', mentions: 4, aliases: [] }]);
      const rows = johnsons.rows();
      assert.strictEqual(rows.length, 3, 'a surname shared by two people joins neither');
      assert.deepStrictEqual(rows.find((r) => r.name === 'Johnson')?.ambiguousWith, ['Boris Johnson', 'Dustin Johnson']);
      assert.deepStrictEqual(rows.find((r) => r.name === 'Boris Johnson')?.sharesSurnameWith, ['Dustin Johnson']);
    });
  });

  describe('progress', () => {
    it('is silent when standard error is not a terminal', () => {
      const r = runCli(['--json', '--jobs', '2', at('corpus')]);
      assert.strictEqual(r.stderr, '');
    });

    it('draws a bar with the article count on a terminal, and messages go above it', () => {
      let written = '';
      const tty = { isTTY: true, columns: 100, write: (s: string) => ((written += s), true), cursorTo: () => true, moveCursor: () => true, clearLine: () => true, clearScreenDown: () => true };
      const progress = makeProgress(tty, true, 3);
      progress.advance(1_000_000);
      progress.log('annotate: x.txt: no such file');
      progress.advance(500_000);
      progress.stop();
      assert.match(written, /x\.txt: no such file\n/);
      assert.match(written, /annotate \[[^\]]*\] [0-2]\/3 articles/);
      let plain = '';
      makeProgress({ isTTY: false, write: (s: string) => (plain += s) }, true, 3).log('m');
      assert.strictEqual(plain, 'm\n');
    });
  });

  describe('GNU parallel recipe (README)', () => {
    before(function () {
      const has = () => spawnSync('sh', ['-c', 'command -v parallel'], { stdio: 'ignore' }).status === 0;
      if (!has()) spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'setup', 'gnu-parallel.mjs')], { stdio: 'inherit', timeout: 300_000 });
      if (!has()) {
        console.log('      (skipped: GNU parallel is not installed and scripts/setup/gnu-parallel.mjs could not install it)');
        this.skip();
      }
    });

    it('splits a JSON Lines corpus over processes and gives the same lines in the same order as one process', () => {
      const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
      const recipe = /^parallel .*annotate --stream.*$/m.exec(readme)?.[0];
      assert.ok(recipe, 'README has a GNU parallel recipe line');
      const corpus = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: Object.values(ARTICLES)[i % 4] })).join('\n') + '\n';
      fs.writeFileSync(at('articles.jsonl'), corpus);
      // The README's line as written, with `annotate` being this build, and blocks of 8 lines instead of the README's
      // few hundred so that these 40 articles go through 5 processes.
      assert.match(recipe, / -N \d+ /);
      const command = recipe.replace(/\bannotate\b/, 'CLI').replace(/ -N \d+ /, ' -N 8 ');
      const r = runShell(command, { cwd: dir, timeout: 170_000 });
      assert.strictEqual(r.status, 0, `${command}\n${r.stderr}`);
      const viaParallel = fs.readFileSync(at('annotations.jsonl'), 'utf8');
      const direct = runCli(['--stream', '--jobs', '1'], { input: corpus }).stdout;
      assert.strictEqual(viaParallel.trim().split('\n').length, 40);
      assert.strictEqual(viaParallel, direct);
    });
  });
});
