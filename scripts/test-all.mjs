#!/usr/bin/env node
// The one test command (`npm test`; `pretest` has already built dist/ and compiled out/):
//   1. unit tests (mocha, Node),
//   2. the real VS Code install (scripts/vscode/install.mjs; cached in .cache/vscode-real, fast after the first run),
//   3. integration tests inside a real VS Code extension host (out/test/integration/index.js), and the web suite
//      inside the browser's web worker extension host (out/test/web/suite.js: VS Code for the Web),
//   4. UI tests driving that VS Code in headless Chromium (test/ui/**), with screenshots in test-results/screenshots/.
// Ends with a summary whose last line is "N passed, N failed[, N skipped]", and exits non-zero if anything failed.
// The same with or without CI set.   Options: --unit-only (just step 1).
// ARTICLE_LENS_VSCODE=electron runs step 3 with @vscode/test-electron (a downloaded desktop VS Code) instead.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './vscode/paths.mjs';

const unitOnly = process.argv.includes('--unit-only');
const useElectron = process.env.ARTICLE_LENS_VSCODE === 'electron';
const results = [];

function banner(title) {
  console.log(`\n${'='.repeat(100)}\n== ${title}\n${'='.repeat(100)}`);
}

/** Sums mocha's "N passing / N failing / N pending" lines (spec reporter) in a run's output. */
export function mochaCounts(output) {
  const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
  const sum = (word) => [...plain.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))].reduce((n, m) => n + Number(m[1]), 0);
  return { passed: sum('passing'), failed: sum('failing'), skipped: sum('pending') };
}

/** Turns a finished run into a suite result; a non-zero exit with no failing test counted is one failure. */
function record(name, { code, output }, started, note) {
  const counts = mochaCounts(output);
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  results.push({ name, ...counts, code, seconds: (Date.now() - started) / 1000, note });
}

// A signal to this process is passed on to the running suite, whose own handlers stop its VS Code and browser.
let current;
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    console.log(`\n[test-all] ${signal}: stopping`);
    if (current && current.exitCode === null) {
      current.kill(signal);
      current.once('close', () => process.exit(code));
      setTimeout(() => process.exit(code), 15_000).unref();
    } else {
      process.exit(code);
    }
  });
}

function runNode(args, { env = process.env } = {}) {
  return new Promise((resolveRun) => {
    let output = '';
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    current = child;
    const forward = (stream) => (chunk) => { const text = chunk.toString(); output += text; stream.write(text); };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('error', (error) => { output += String(error); });
    child.on('close', (code, signal) => resolveRun({ code: code ?? (signal ? 2 : 0), output }));
  });
}

async function unitTests() {
  banner('Unit tests (mocha, Node)');
  const started = Date.now();
  const run = await runNode([join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--config', '.mocharc.json']);
  record('unit', run, started);
}

async function installVSCode() {
  banner('Real VS Code: install (cached in .cache/vscode-real)');
  const started = Date.now();
  const run = await runNode([join(REPO_ROOT, 'scripts', 'vscode', 'install.mjs')]);
  if (run.code !== 0) {
    results.push({ name: 'real VS Code install', passed: 0, failed: 1, skipped: 0, code: run.code, seconds: (Date.now() - started) / 1000, note: 'see the install log above' });
    return false;
  }
  return true;
}

async function integrationTests() {
  const started = Date.now();
  const real = join(REPO_ROOT, 'out', 'test', 'integration', 'index.js');
  const smoke = join(REPO_ROOT, 'out', 'test', 'integration-smoke', 'index.js');
  const tests = existsSync(real) ? real : smoke;
  const note = tests === smoke ? 'test/integration/index.ts is missing: ran the runner smoke test instead' : undefined;
  if (useElectron) {
    banner('Integration tests (desktop VS Code via @vscode/test-electron)');
    record('integration (electron)', await runNode([join(REPO_ROOT, 'scripts', 'vscode', 'run-electron.mjs'), '--tests', tests]), started, note);
    return;
  }
  banner('Integration tests (real VS Code extension host: code-server + Chromium)');
  if (note) console.log(`[integration] ${note}`);
  const run = await runNode([join(REPO_ROOT, 'scripts', 'vscode', 'run-integration.mjs'), '--tests', tests]);
  record('integration (extension host)', run, started, note);
  await webIntegrationTests();
}

async function webIntegrationTests() {
  banner('Integration tests (web worker extension host: VS Code for the Web in code-server + Chromium)');
  const started = Date.now();
  record('integration (web worker host)', await runNode([join(REPO_ROOT, 'scripts', 'vscode', 'run-integration.mjs'), '--web']), started);
}

async function uiTests() {
  banner('UI tests (real VS Code in headless Chromium; screenshots in test-results/screenshots/)');
  const started = Date.now();
  record('UI (workbench DOM)', await runNode([join(REPO_ROOT, 'scripts', 'vscode', 'run-ui.mjs')]), started);
}

function summary() {
  banner('Summary');
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const status = r.failed > 0 ? 'FAIL' : 'ok  ';
    console.log(`${status} ${r.name.padEnd(width)}  ${String(r.passed).padStart(4)} passed  ${String(r.failed).padStart(3)} failed  ` +
      `${String(r.skipped).padStart(3)} skipped  ${r.seconds.toFixed(1).padStart(6)} s${r.note ? `  (${r.note})` : ''}`);
  }
  const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }),
    { passed: 0, failed: 0, skipped: 0 });
  if (results.some((r) => r.failed > 0 && r.name.startsWith('UI'))) {
    console.log('\nScreenshots of each UI step (and of each failure): test-results/screenshots/');
  }
  console.log('');
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
  return total;
}

const started = Date.now();
await unitTests();
if (!unitOnly) {
  const installed = useElectron || await installVSCode();
  if (installed) {
    await integrationTests();
    if (!useElectron) await uiTests();
  }
}
console.log(`\n(total ${((Date.now() - started) / 1000).toFixed(0)} s)`);
const total = summary();
process.exit(total.failed > 0 ? 1 : 0);
