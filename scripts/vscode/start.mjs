#!/usr/bin/env node
// `npm start` (after `npm run build`): opens the seed article in a real VS Code with Article Lens.
//  - A desktop VS Code on PATH (`code`): `code --extensionDevelopmentPath=<repo> <repo>/seeds/tass-macron-putin-call.txt`.
//  - Otherwise (or with ARTICLE_LENS_VSCODE=web): installs code-server once (cached in .cache/vscode-real), packages
//    the extension as a VSIX, installs it into a fresh, throw-away VS Code server on 127.0.0.1 and prints the address
//    to open in a browser; runs until Ctrl-C, then kills the server's whole process group.
// Options: --port N (default: a free port; or ARTICLE_LENS_PORT), --check (web only: open the address in headless
// Chromium, wait for the highlights, save test-results/screenshots/start-check.png, then stop; for CI and for us).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { installRealVSCode } from './install.mjs';
import { REPO_ROOT, SEED_FILE } from './paths.mjs';
import { startCodeServer } from './server.mjs';
import { packageVsix } from './vsix.mjs';

const argv = process.argv.slice(2);
const check = argv.includes('--check');
const portArg = argv.includes('--port') ? Number(argv[argv.indexOf('--port') + 1]) : Number(process.env.ARTICLE_LENS_PORT || 0);
const log = (line) => console.log(`[start] ${line}`);

function desktopCode() {
  if (process.env.ARTICLE_LENS_VSCODE === 'web' || check) return undefined;
  const found = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  // code-server also calls itself `code` in some setups; a desktop VS Code's CLI answers --version with 3 lines.
  if (found.status !== 0 || !path) return undefined;
  const version = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return version.status === 0 && version.stdout.trim().split('\n').length >= 2 ? path : undefined;
}

function packageOrExplain() {
  log('packaging the extension (vsce package --no-dependencies)');
  try {
    const { file, bytes } = packageVsix();
    log(`packaged ${file} (${(bytes / 1024 / 1024).toFixed(2)} MB)`);
    return file;
  } catch (error) {
    log(`packaging failed, loading the extension from the source folder instead: ${error instanceof Error ? error.message : error}`);
    return undefined;
  }
}

async function checkInBrowser(url) {
  const { openBrowser } = await import('./browser.mjs');
  const browser = await openBrowser({ label: 'start-check' });
  try {
    await browser.page.goto(url);
    await browser.page.locator('.monaco-editor .view-lines [class*="ced-"]').first().waitFor({ state: 'visible', timeout: 90_000 });
    const dir = join(REPO_ROOT, 'test-results', 'screenshots');
    mkdirSync(dir, { recursive: true });
    await browser.page.waitForTimeout(1000);
    await browser.page.screenshot({ path: join(dir, 'start-check.png') });
    log(`check passed: the seed article is open with highlights (screenshot: test-results/screenshots/start-check.png)`);
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!existsSync(join(REPO_ROOT, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` first (`npm start` does)');
  }
  const code = desktopCode();
  if (code) {
    log(`desktop VS Code found (${code}): opening the seed article with the extension from ${REPO_ROOT}`);
    const child = spawn(code, [`--extensionDevelopmentPath=${REPO_ROOT}`, SEED_FILE], { stdio: 'inherit' });
    child.on('close', (status) => process.exit(status ?? 0));
    return;
  }

  log('no desktop VS Code on PATH: starting VS Code in the browser (code-server) on this machine');
  // Until the server is up, Ctrl-C just exits ('exit' handlers in server.mjs remove what was started).
  let stop = (why) => { log(`${why}: stopping`); process.exit(130); };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal === 'SIGINT' ? 'Ctrl-C' : signal));
  installRealVSCode();
  const vsix = packageOrExplain();
  const server = await startCodeServer({
    label: 'start',
    port: portArg || undefined,
    vsixFiles: vsix ? [vsix] : [],
    smokeTestDriver: !vsix, // needed only to load the extension from the source folder
    settings: { 'editor.wordWrap': 'on', 'workbench.secondarySideBar.defaultVisibility': 'hidden' },
    log,
  });
  let stopping = false;
  stop = async (why) => {
    if (stopping) return;
    stopping = true;
    log(`${why}: stopping VS Code (process group ${server.pgid})`);
    await server.stop();
    process.exit(0);
  };

  const payload = [['openFile', server.remoteUri(SEED_FILE)], ['skipWelcome', 'true']];
  if (!vsix) payload.unshift(['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)]);
  const url = `${server.baseUrl}/?folder=${encodeURIComponent(join(REPO_ROOT, 'seeds'))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  if (check) {
    try {
      await checkInBrowser(url);
    } catch (error) {
      console.error(`[start] check FAILED: ${error instanceof Error ? error.message : error}`);
      await server.stop();
      process.exit(1);
    }
    await stop('check done');
    return;
  }
  console.log('');
  console.log('  Article Lens is running in VS Code at:');
  console.log('');
  console.log(`    ${url}`);
  console.log('');
  console.log(`  (the folder ${join(REPO_ROOT, 'seeds')} with the seed article open; plain ${server.baseUrl}/ also works:`);
  console.log(`   then open any .txt article). From another machine: ssh -L ${server.port}:127.0.0.1:${server.port} <this host>.`);
  console.log('  Press Ctrl-C to stop.');
  console.log('');
}

main().catch((error) => {
  console.error(`[start] FAILED: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
