import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../../../scripts/eval/paths';

/** `annotate --checks` as a person runs it: the bundled CLI. */
const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');
const ARTICLE = 'PARIS, July 1, 2025 (Reuters) - The talks resumed on Monday, July 2, 2025, sources said.\n' +
  'Macron said "we will meet again before the winter.\n';

function run(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('annotate --checks', function () {
  this.timeout(180_000);
  let dir: string;
  let file: string;
  before(function () {
    if (!fs.existsSync(CLI)) {
      const build = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'annotate-checks-'));
    file = path.join(dir, 'article.txt');
    fs.writeFileSync(file, ARTICLE);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds a FORMAT.md checks array to the JSON, with spans into the text', () => {
    const r = run(['--json', '--checks', file]);
    assert.equal(r.status, 0, r.stderr);
    const annotation = JSON.parse(r.stdout);
    const checks = annotation.checks as Array<{ code: string; severity: string; start: number; end: number; message: string; related: Array<{ start: number; end: number }> }>;
    assert.deepEqual(checks.map((c) => c.code), ['weekday-date', 'vague-attribution', 'unbalanced-quote']);
    const [weekday] = checks;
    assert.equal(weekday.severity, 'warning');
    assert.match(ARTICLE.slice(weekday.start, weekday.end), /^Monday, July 2, 2025/);
    assert.equal(weekday.message, 'July 2, 2025 is a Wednesday, not a Monday: the weekday or the date is wrong.');
    for (const c of checks) for (const s of [c, ...c.related]) assert.ok(s.start >= 0 && s.end <= ARTICLE.length && s.start < s.end);
  });

  it('leaves the JSON as it was without the flag', () => {
    const annotation = JSON.parse(run(['--json', file]).stdout);
    assert.equal('checks' in annotation, false);
  });

  it('lists the checks in the readable report with line:column', () => {
    const r = run(['--checks', file]);
    assert.equal(r.status, 0, r.stderr);
    const section = r.stdout.slice(r.stdout.indexOf('Checks (3)'));
    assert.ok(section.startsWith('Checks (3)'), r.stdout.slice(-500));
    assert.match(section, /\n {2}1:54 {2}warning {2}weekday-date {2}July 2, 2025 is a Wednesday/);
    assert.match(section, /\n {2}2:13 {2}warning {2}unbalanced-quote/);
  });
});
