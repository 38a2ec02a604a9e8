// Opens Debian's Chromium through playwright-core (both from the cache; no browser download), headless, with a
// fresh profile per run, and builds the workbench URLs that load this extension.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CHROMIUM_BIN, PLAYWRIGHT_CORE_DIR, RUNS_DIR } from './paths.mjs';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export function loadPlaywright() {
  const require = createRequire(import.meta.url);
  return require(PLAYWRIGHT_CORE_DIR);
}

/**
 * @param {{ label?: string, viewport?: { width: number, height: number } }} [options]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, close: () => Promise<void> }>}
 */
export async function openBrowser(options = {}) {
  const { chromium } = loadPlaywright();
  mkdirSync(RUNS_DIR, { recursive: true });
  const profileDir = mkdtempSync(join(RUNS_DIR, `${options.label ?? 'chromium'}-profile-`));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_BIN,
    headless: true,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? await context.newPage();
  let closed = false;
  // Chromium dies with us (playwright's pipe closes); its profile folder must not stay behind either.
  const onExit = () => { try { rmSync(profileDir, { recursive: true, force: true }); } catch { /* best effort */ } };
  process.on('exit', onExit);
  return {
    context,
    page,
    async close() {
      if (closed) return;
      closed = true;
      process.off('exit', onExit);
      try { await context.close(); } catch { /* already gone */ }
      try { rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 }); } catch { /* best effort */ }
    },
  };
}

/**
 * The workbench URL for `folder`, with payload entries (e.g. extensionDevelopmentPath / extensionTestsPath, given as
 * absolute local paths) turned into the `vscode-remote://` URIs the smoke-test driver expects.
 * @param {{ baseUrl: string, remoteUri: (p: string) => string }} server
 * @param {string} folder
 * @param {Record<string, string>} [payloadPaths]
 */
export function workbenchUrl(server, folder, payloadPaths = {}) {
  const payload = Object.entries(payloadPaths).map(([key, path]) => [key, server.remoteUri(path)]);
  payload.push(['skipWelcome', 'true']);
  return `${server.baseUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
