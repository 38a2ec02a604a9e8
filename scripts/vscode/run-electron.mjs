#!/usr/bin/env node
// The desktop path for the SAME integration tests: @vscode/test-electron downloads a desktop VS Code (needs internet:
// update.code.visualstudio.com) and runs out/test/integration/index.js in its extension host. Used by `npm test`
// when ARTICLE_LENS_VSCODE=electron; machines without that download use run-integration.mjs (code-server) instead.
//   node scripts/vscode/run-electron.mjs [--tests out/test/integration/index.js] [--vscode-version stable]
// Set ARTICLE_LENS_VSCODE_EXECUTABLE to an installed VS Code (the Electron binary, not the `code` shell script) to skip
// the download.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './paths.mjs';

const require = createRequire(import.meta.url);
const { runTests } = require('@vscode/test-electron');

const argv = process.argv.slice(2);
const option = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback; };
const tests = resolve(option('--tests', join(REPO_ROOT, 'out', 'test', 'integration', 'index.js')));

try {
  await runTests({
    version: option('--vscode-version', 'stable'),
    vscodeExecutablePath: process.env.ARTICLE_LENS_VSCODE_EXECUTABLE || undefined,
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: tests,
    // The repo as the workspace (the seed article is in it); no other extensions, a fresh profile.
    launchArgs: [REPO_ROOT, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
  process.exit(0);
} catch (error) {
  console.error(`[electron] integration tests failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
