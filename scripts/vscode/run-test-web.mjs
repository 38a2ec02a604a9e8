#!/usr/bin/env node
// The desktop-with-internet path for the SAME web worker host suite (out/test/web/suite.js): @vscode/test-web
// downloads a VS Code for the Web build (and playwright's Chromium) and runs the suite in its web worker extension
// host, as vscode.dev would. Machines without that download (like the one `npm test` runs on here) use
// `run-integration.mjs --web` (code-server's web worker host) instead, as run-electron.mjs stands beside
// run-integration.mjs for the desktop host.   npm run test:web-desktop [-- --browser chromium|firefox|webkit]
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.mjs';

const require = createRequire(import.meta.url);
const { runTests } = require('@vscode/test-web');

const argv = process.argv.slice(2);
const option = (name, fallback) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : fallback; };

try {
  await runTests({
    browserType: option('--browser', 'chromium'),
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: join(REPO_ROOT, 'out', 'test', 'web', 'suite.js'),
    // The repo as the workspace (the suite reads seeds/ and ../shared/gold through workspace.fs).
    folderPath: REPO_ROOT,
    headless: true,
    quality: 'stable',
  });
  process.exit(0);
} catch (error) {
  console.error(`[test-web] web worker host tests failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
