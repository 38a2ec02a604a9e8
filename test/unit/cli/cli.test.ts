import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from '../../../scripts/eval/paths';
import { markup } from '../../../src/cli/markup';
import { analyzeArticle } from '../../../src/core/analyze';
import { annotationToMarkdown } from '../../../src/presentation/exportReport';
import { makeStyle, wantsColor } from '../../../src/cli/style';

/** The bundled CLI run as a person would run it: `node dist/cli.js ...`, built first if missing. */
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function run(args: string[], env: NodeJS.ProcessEnv = {}, input?: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, ...env },
    input,
    timeout: 120000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('annotate CLI', function () {
  this.timeout(180000);
  let dir: string;
  const article = 'WASHINGTON (Reuters) - U.S. Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi on Monday.\r\n' +
    '"We had a candid talk," Blinken said. 😀 Wang said China wanted stability.\n';

  before(function () {
    if (!fs.existsSync(CLI)) {
      const build = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
      assert.strictEqual(build.status, 0, `build failed: ${build.stderr}`);
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotate-'));
    fs.writeFileSync(path.join(dir, 'article.txt'), article);
    fs.writeFileSync(path.join(dir, 'bom.txt'), '\uFEFF' + article);
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0x65, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73]));
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.mkdirSync(path.join(dir, 'folder'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const file = (name: string) => path.join(dir, name);

  it('writes one JSON object per file per line, "file" first, with spans that match the text', () => {
    const r = run(['--json', file('article.txt'), file('empty.txt')]);
    assert.strictEqual(r.status, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.strictEqual(lines.length, 2);
    const first = JSON.parse(lines[0]);
    assert.strictEqual(Object.keys(first)[0], 'file');
    assert.strictEqual(first.file, file('article.txt'));
    assert.strictEqual(first.dateline.place, 'WASHINGTON');
    assert.strictEqual(first.dateline.agency, 'Reuters');
    assert.ok(first.entities.length > 0 && first.quotes.length > 0 && first.temporal.length > 0, lines[0].slice(0, 300));
    for (const e of first.entities) for (const m of e.mentions) assert.strictEqual(article.slice(m.start, m.end), m.text);
    assert.deepStrictEqual(JSON.parse(lines[1]).entities, []);
  });

  it('counts offsets after a byte-order mark as an editor does', () => {
    const plain = JSON.parse(run(['--json', file('article.txt')]).stdout);
    const bom = JSON.parse(run(['--json', file('bom.txt')]).stdout);
    assert.deepStrictEqual(bom.entities, plain.entities);
  });

  it('resolves dates against --reference-date', () => {
    const r = run(['--json', '--reference-date', '2021-10-06', file('article.txt')]);
    const a = JSON.parse(r.stdout);
    assert.strictEqual(a.referenceDate, '2021-10-06');
    const monday = a.temporal.find((t: { text: string }) => /Monday/.test(t.text));
    assert.ok(monday && /^2021-10-0[0-9]$|^2021-10-1[0-1]$/.test(monday.value), JSON.stringify(a.temporal));
  });

  it('reports missing, binary, non-UTF-8 and empty-directory arguments on stderr, annotates the rest, exits 1', () => {
    const r = run(['--json', file('missing.txt'), file('binary.txt'), file('article.txt'), file('latin1.txt'), file('folder')]);
    assert.strictEqual(r.status, 1);
    const lines = r.stdout.trim().split('\n');
    assert.strictEqual(lines.length, 1);
    assert.strictEqual(JSON.parse(lines[0]).file, file('article.txt'));
    assert.match(r.stderr, /missing\.txt: no such file/);
    assert.match(r.stderr, /binary\.txt: binary file/);
    assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
    assert.match(r.stderr, /folder: no file here matches \*\.txt/);
  });

  it('rejects a bad --reference-date and unknown options with a usage error (exit 2)', () => {
    for (const args of [['--reference-date', '2021-02-30', file('article.txt')], ['--reference-date'], ['--frobnicate', file('article.txt')], []]) {
      const r = run(args);
      assert.strictEqual(r.status, 2, `${args.join(' ')} → ${r.status}`);
      assert.match(r.stderr, /^annotate: .+\n[\s\S]*Usage: annotate/);
      assert.strictEqual(r.stdout, '');
    }
  });

  it('prints help and version', () => {
    const help = run(['--help']);
    assert.strictEqual(help.status, 0);
    assert.match(help.stdout, /Usage: annotate \[--json\] (?:\[--checks\] )?\[--reference-date YYYY-MM-DD\] FILE/);
    const version = run(['--version']);
    assert.strictEqual(version.status, 0);
    assert.strictEqual(version.stdout.trim(), JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version);
  });

  it('writes a readable report without colour when not on a terminal: marked article, then the outline', () => {
    const r = run([file('article.txt')]);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.ok(!r.stdout.includes('\u001b['), 'no ANSI codes when piped');
    // Names are marked [text|TYPE], dates {text|value}, quotations ⟦...⟧→speaker; the text itself is intact.
    assert.match(r.stdout, /\[[^\]|]+\|(?:PER|ORG|LOC|MISC)\]/);
    assert.match(r.stdout, /\{Monday\|[^}]+\}/);
    assert.match(r.stdout, /⟦"[^⟧]*talk,"⟧→/);
    assert.match(r.stdout, /said\. 😀 /);
    assert.match(r.stdout, /\nDateline\n {2}WASHINGTON \(Reuters\)\n/);
    assert.match(r.stdout, /\nTimeline\n {2}\S+ +DATE +Monday\n/);
    assert.match(r.stdout, /\nQuotes\n {2}.+\n {4}direct +"We had a candid talk,"/);
    assert.match(r.stdout, /\nPlaces\n(?: {2}.*\n)* {2}Washington — \d+ mentions?/);
  });

  it('writes the extension\'s Markdown report per file with --markdown', () => {
    const r = run(['--markdown', file('article.txt'), file('bom.txt')]);
    assert.strictEqual(r.status, 0, r.stderr);
    const text = fs.readFileSync(file('article.txt'), 'utf8');
    const expected = (name: string) => annotationToMarkdown(analyzeArticle(text), text, name);
    assert.strictEqual(r.stdout, `${expected(file('article.txt'))}\n${expected(file('bom.txt'))}`);
    assert.match(r.stdout, /^# Article Lens report: .*article\.txt\n[\s\S]*\n## People \(\d+\)\n[\s\S]*\n## Timeline \(1\)\n/);
    for (const args of [['--markdown', '--json', file('article.txt')], ['--markdown', '--summary', dir], ['--markdown', '--stream']]) {
      const bad = run(args);
      assert.strictEqual(bad.status, 2, `${args.join(' ')} → ${bad.status}`);
      assert.match(bad.stderr, /--markdown writes one report per file/);
    }
  });

  it('reads standard input for "-"', () => {
    const r = run(['--json', '-'], {}, article);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(JSON.parse(r.stdout).file, '-');
  });
});

describe('annotate CLI: colour and markup', () => {
  const text = 'Ann Lee said "yes" on Monday.';
  const annotation = {
    referenceDate: null,
    dateline: null,
    entities: [{ id: 'ann-lee', type: 'PERSON' as const, name: 'Ann Lee', mentions: [{ start: 0, end: 7, text: 'Ann Lee', kind: 'name' as const }] }],
    temporal: [{ start: 22, end: 28, text: 'Monday', type: 'DATE' as const, value: 'XXXX-WXX-1' }],
    quotes: [{ start: 13, end: 18, text: '"yes"', kind: 'direct' as const, speaker: 'ann-lee', speakerMention: { start: 0, end: 7 }, cue: { start: 8, end: 12, text: 'said' } }],
  };

  it('colours only a terminal without NO_COLOR or TERM=dumb', () => {
    assert.strictEqual(wantsColor({ isTTY: true }, {}), true);
    assert.strictEqual(wantsColor({ isTTY: false }, {}), false);
    assert.strictEqual(wantsColor({ isTTY: true }, { NO_COLOR: '' }), false);
    assert.strictEqual(wantsColor({ isTTY: true }, { TERM: 'dumb' }), false);
  });

  it('marks names, dates and quotations in brackets without colour, leaving the text intact', () => {
    const plain = markup(text, annotation, makeStyle(false));
    assert.strictEqual(plain, '[Ann Lee|PER] said ⟦"yes"⟧→Ann Lee on {Monday|XXXX-WXX-1}.');
  });

  it('marks with ANSI colours only, the text unchanged once the codes are removed', () => {
    const coloured = markup(text, annotation, makeStyle(true));
    assert.ok(coloured.includes('\u001b[36mAnn Lee\u001b[0m'));
    assert.strictEqual(coloured.replace(/\u001b\[[0-9;]*m/g, ''), text);
  });
});
