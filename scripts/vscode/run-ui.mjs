#!/usr/bin/env node
// Runs the UI tests (test/ui/**/*.test.mjs): mocha in Node, each suite driving headless Chromium against its own
// throw-away VS Code with Article Lens loaded. Screenshots land in test-results/screenshots/.
//   node scripts/vscode/run-ui.mjs [mocha options…]
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './paths.mjs';

/** @returns {Promise<{ code: number, output: string }>} */
export function runUi({ extraArgs = [], write = (text) => process.stdout.write(text) } = {}) {
  const mochaBin = join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const args = [mochaBin, '--no-config', '--reporter', 'spec', '--timeout', '120000', ...extraArgs, 'test/ui/**/*.test.mjs'];
  return new Promise((resolveRun) => {
    let output = '';
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const forward = (chunk) => { const text = chunk.toString(); output += text; write(text); };
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('close', (code, signal) => resolveRun({ code: code ?? (signal ? 2 : 0), output }));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { code } = await runUi({ extraArgs: process.argv.slice(2) });
  process.exit(code);
}
