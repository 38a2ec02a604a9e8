#!/usr/bin/env node
// Runs a compiled mocha test module (exporting `run(): Promise<void>`, as for @vscode/test-electron) INSIDE the
// extension host of a real VS Code: a throw-away code-server opened in headless Chromium with
// extensionDevelopmentPath = the repo root and extensionTestsPath = the module. Mocha's console output arrives through
// `codeAutomationLog`, its result through `codeAutomationExit` (0 = all passed). Builds nothing: `npm test` builds first.
//
//   node scripts/vscode/run-integration.mjs [--tests out/test/integration/index.js] [--folder <workspace>] [--timeout-ms N]
//
// Exit code: mocha's (0/1), 2 for a runner failure (timeout, server or browser trouble).
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { openBrowser, workbenchUrl } from './browser.mjs';
import { REPO_ROOT } from './paths.mjs';
import { startCodeServer } from './server.mjs';

/** Workbench start-up chatter that also arrives through codeAutomationLog; kept out of the test output. */
const WORKBENCH_NOISE = [
  /^Resolv(ing|ed) connection token/, /^Creating a socket/, /^\[reconnection-grace-time\]/, /^\[Service Worker\]/,
  /^Ignoring fetching additional builtin extensions/, /^Updating additional builtin extensions cache/,
  /^\[AgentHost/, /^\[AccountPolicyGate\]/, /ENOTFOUND open-vsx\.org/,
];

export const DEFAULT_TESTS = join(REPO_ROOT, 'out', 'test', 'integration', 'index.js');

/**
 * @param {{ tests?: string, folder?: string, timeoutMs?: number, write?: (text: string) => void }} [options]
 * @returns {Promise<{ code: number, output: string }>}
 */
export async function runIntegration(options = {}) {
  const tests = resolve(REPO_ROOT, options.tests ?? DEFAULT_TESTS);
  const folder = resolve(REPO_ROOT, options.folder ?? REPO_ROOT);
  const timeoutMs = options.timeoutMs ?? 5 * 60_000;
  const write = options.write ?? ((text) => process.stdout.write(text));
  let output = '';
  const emit = (text) => { output += text; write(text); };
  if (!existsSync(tests)) {
    emit(`[integration] ${tests} does not exist (did the build run? \`npm test\` compiles first)\n`);
    return { code: 2, output };
  }
  if (!existsSync(join(REPO_ROOT, 'dist', 'extension.js'))) {
    emit(`[integration] warning: dist/extension.js is missing, the extension cannot activate (run \`npm run build\`)\n`);
  }

  let server;
  let browser;
  let timer;
  const started = Date.now();
  try {
    server = await startCodeServer({ label: 'integration', log: (line) => emit(`[integration] ${line}\n`) });
    browser = await openBrowser({ label: 'integration' });
    const { page } = browser;
    let resolveExit;
    const exitCode = new Promise((resolve) => { resolveExit = resolve; });
    // Both must exist before the workbench loads: the smoke-test driver looks them up on window.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      if (!WORKBENCH_NOISE.some((noise) => noise.test(line))) emit(`${line}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    const timeout = new Promise((resolveTimeout) => {
      timer = setTimeout(() => resolveTimeout('timeout'), timeoutMs);
    });
    const url = workbenchUrl(server, folder, { extensionDevelopmentPath: REPO_ROOT, extensionTestsPath: tests });
    emit(`[integration] running ${tests} in the extension host (workspace ${folder})\n`);
    // The first load of the workbench can take long on a loaded machine; the run as a whole has its own timeout.
    await page.goto(url, { timeout: 180_000 });
    const result = await Promise.race([exitCode, timeout]);
    if (result === 'timeout') {
      emit(`[integration] TIMEOUT: no result after ${timeoutMs / 1000} s. Last server log lines:\n` +
        server.readLog().split('\n').slice(-30).join('\n') + '\n');
      return { code: 2, output };
    }
    emit(`[integration] extension host tests exited with ${result} after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return { code: result, output };
  } catch (error) {
    emit(`[integration] FAILED to run: ${error instanceof Error ? error.stack ?? error.message : error}\n`);
    return { code: 2, output };
  } finally {
    clearTimeout(timer);
    await browser?.close();
    await server?.stop();
  }
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--tests') options.tests = argv[++i];
    else if (arg === '--folder') options.folder = argv[++i];
    else if (arg === '--timeout-ms') options.timeoutMs = Number(argv[++i]);
    else throw new Error(`unknown argument ${arg}`);
  }
  if (options.tests && !isAbsolute(options.tests)) options.tests = resolve(process.cwd(), options.tests);
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { code } = await runIntegration(parseArgs(process.argv.slice(2)));
  process.exit(code);
}
