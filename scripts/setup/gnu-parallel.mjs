#!/usr/bin/env node
// Installs GNU parallel (the Debian package `parallel`) for the test of the README's GNU parallel recipe
// (test/unit/cli/corpus.test.ts), when it is missing and this machine can install it: apt-get as root. Never fails
// the run: without it, that one test is skipped and says why. Run by `npm test` (pretest) and by the test itself.
import { spawnSync } from 'node:child_process';

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

if (has('parallel')) process.exit(0);
if (process.platform !== 'linux' || !has('apt-get') || process.getuid?.() !== 0) {
  console.log('[setup] GNU parallel is not installed and cannot be installed here (needs apt-get as root): its CLI test will be skipped');
  process.exit(0);
}
console.log('[setup] installing GNU parallel (apt-get install -y parallel) for the CLI recipe test …');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const quiet = { stdio: ['ignore', 'ignore', 'inherit'], env, timeout: 240_000 };
let result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'parallel'], quiet);
if (result.status !== 0) {
  // The package lists may be missing or old on a fresh machine.
  spawnSync('apt-get', ['update'], quiet);
  result = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'parallel'], quiet);
}
console.log(has('parallel') ? '[setup] GNU parallel installed' : '[setup] GNU parallel could not be installed: its CLI test will be skipped');
