// Helpers for the UI tests: a throw-away VS Code (code-server) with Article Lens installed from the VSIX that
// `vsce package` makes of this repo (what users install; ARTICLE_LENS_UI_FROM=source loads the source folder as a
// development extension instead), headless Chromium looking at it, and small readers of the workbench DOM.
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { openBrowser } from '../../scripts/vscode/browser.mjs';
import { REPO_ROOT, SEED_FILE } from '../../scripts/vscode/paths.mjs';
import { startCodeServer } from '../../scripts/vscode/server.mjs';
import { packageVsix } from '../../scripts/vscode/vsix.mjs';

export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');
export const MANIFEST = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
export const SEED_TEXT = readFileSync(SEED_FILE, 'utf8');

/** Word wrap on, as a reader of articles would have it; it also keeps the whole article in view for the screenshots. */
const UI_SETTINGS = {
  'editor.wordWrap': 'on',
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.activityBar.location': 'default',
  'breadcrumbs.enabled': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.layoutControl.enabled': false,
};

/**
 * Starts VS Code with the extension and opens the seed article in it. `folder` and `file` open another workspace
 * folder and article instead (a suite that writes files into its workspace uses a folder of its own); `settings`
 * add user settings (e.g. the web worker host's `remote.extensionKind`); `label` names the run and its VSIX (suites
 * may run at the same time), `vsixName` a VSIX file of its own.
 */
export function openSeedArticle({ folder = join(REPO_ROOT, 'seeds'), file = SEED_FILE, editorTimeout, settings = {}, label = 'ui', vsixName } = {}) {
  return openWorkbench({ folder, file, settings, label, vsixName, ...(editorTimeout ? { timeout: editorTimeout } : {}) });
}

/** Starts VS Code with the extension on a workspace folder, with one of its files open. */
export function openArticleIn(folder, file) {
  return openWorkbench({ folder, file });
}

/**
 * Starts VS Code with the extension on `folder` and opens `file` in it. `settings` add to the UI settings;
 * `initScript` runs in the page before the workbench loads (timing probes).
 */
export async function openWorkbench({ folder, file, settings = {}, initScript, label = 'ui', timeout = 180_000, vsixName }) {
  const fromSource = process.env.ARTICLE_LENS_UI_FROM === 'source';
  // .cache may be shared by several checkouts (worktrees) and suites: each packages its own VSIX.
  const vsixFile = `${(vsixName ?? `article-lens-${label}.vsix`).replace(/\.vsix$/, '')}-${basename(REPO_ROOT).replace(/[^A-Za-z0-9_-]/g, '_')}.vsix`;
  const vsixFiles = fromSource ? [] : [packageVsix({ out: join(REPO_ROOT, '.cache', 'vscode-real', vsixFile) }).file];
  const server = await startCodeServer({ label, settings: { ...UI_SETTINGS, ...(settings ?? {}) }, quiet: true, vsixFiles, smokeTestDriver: fromSource });
  let browser;
  try {
    browser = await openBrowser({ label });
    const { page } = browser;
    if (initScript) await page.addInitScript(initScript);
    const payload = [['openFile', server.remoteUri(file)], ['skipWelcome', 'true']];
    if (fromSource) payload.unshift(['extensionDevelopmentPath', server.remoteUri(REPO_ROOT)]);
    await page.goto(`${server.baseUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { timeout });
    await page.locator('.monaco-editor .view-lines .view-line').first().waitFor({ state: 'visible', timeout });
    return { server, browser, page, vsixFile: vsixFiles[0] };
  } catch (error) {
    if (browser) await screenshot(browser.page, 'failed-open-seed-article').catch(() => {});
    await browser?.close();
    await server.stop();
    throw error;
  }
}

export async function closeWorkbench(workbench) {
  await workbench?.browser?.close();
  await workbench?.server?.stop();
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Every occurrence of `needle` rendered in the editor, with the leaf spans that draw it and their computed style. */
export function renderedOccurrences(page, needle) {
  return page.evaluate((needle) => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
    const lines = [...editor.querySelectorAll('.view-lines .view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    // Monaco draws spaces as no-break spaces; wrapped lines are consecutive view lines, so concatenating them in
    // vertical order gives the text back (with paragraphs run together, which no needle spans).
    const pieces = [];
    let text = '';
    for (const line of lines) {
      for (const span of line.querySelectorAll(':scope > span > span')) {
        const piece = span.textContent.replace(/\u00a0/g, ' ');
        pieces.push({ span, start: text.length, end: text.length + piece.length });
        text += piece;
      }
    }
    const found = [];
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const spans = pieces.filter((p) => p.start < at + needle.length && p.end > at).map(({ span }) => {
        const style = getComputedStyle(span);
        const box = span.getBoundingClientRect();
        return {
          text: span.textContent.replace(/\u00a0/g, ' '),
          className: span.className,
          color: style.color,
          fontWeight: style.fontWeight,
          box: { x: box.x, y: box.y, width: box.width, height: box.height },
        };
      });
      found.push({ at, spans });
    }
    return found;
  }, needle);
}

/** The colour a theme colour id (e.g. `articleLens.personForeground`) resolves to in the editor, as computed CSS. */
export function themeColor(page, colorId) {
  return page.evaluate((colorId) => {
    const host = document.querySelector('.monaco-editor') ?? document.body;
    const probe = document.createElement('span');
    probe.style.color = `var(--vscode-${colorId.replace(/\./g, '-')})`;
    host.appendChild(probe);
    const defined = getComputedStyle(host).getPropertyValue(`--vscode-${colorId.replace(/\./g, '-')}`).trim() !== '';
    const color = getComputedStyle(probe).color;
    probe.remove();
    return { defined, color };
  }, colorId);
}

/** The colour undecorated article text is drawn in. */
export function plainTextColor(page) {
  return page.evaluate(() => {
    const span = document.querySelector('.monaco-editor .view-lines .view-line > span > span:not([class*="ced-"])');
    return span ? getComputedStyle(span).color : undefined;
  });
}

/** The "Ln x, Col y (n selected)" status bar entry, parsed (the column is the active end of the selection). */
export async function cursorPosition(page) {
  const item = page.locator('[id="status.editor.selection"]');
  const label = (await item.textContent({ timeout: 10_000 })) ?? '';
  const match = /Ln\s+(\d+),\s*Col\s+(\d+)/.exec(label);
  const selected = /\((\d+) selected\)/.exec(label);
  return match
    ? { line: Number(match[1]), column: Number(match[2]), selected: selected ? Number(selected[1]) : 0, label: label.trim() }
    : { label: label.trim() };
}

/** 1-based line and column of a UTF-16 offset in `text`, as VS Code's status bar shows them. */
export function lineColumnAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, column: offset - lineStart + 1 };
}

export async function waitFor(predicate, { timeout = 30_000, interval = 250, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await predicate();
    if (last) return last;
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`timed out after ${timeout / 1000} s waiting for ${message}`);
}

/** The Article Lens output channel's log so far (its lines carry wall-clock times), or '' when not found. */
export function extensionLog(server) {
  const found = [];
  const visit = (dir) => {
    let entries = [];
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/Article Lens\.log$/.test(entry.name)) found.push(path);
    }
  };
  visit(join(server.runDir, 'ud', 'logs'));
  return found.map((file) => readFileSync(file, 'utf8')).join('\n');
}

/** Milliseconds since the epoch of a log line's "YYYY-MM-DD HH:MM:SS.mmm" time (local time, as VS Code writes it). */
export function logLineTime(line) {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})\.(\d{3})/.exec(line);
  return match ? new Date(+match[1], +match[2] - 1, +match[3], +match[4], +match[5], +match[6], +match[7]).getTime() : undefined;
}

/**
 * Opens the quick input with `key`, types `text` and accepts the row showing `rowText`. Retries a few times: a
 * quick input that opens while focus moves (a webview taking it, a theme change settling) closes again at once,
 * so a single try fails now and then on a loaded machine although nothing is wrong.
 */
async function acceptQuickInput(page, key, text, rowText, { attempts = 3 } = {}) {
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      await page.keyboard.press(key);
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(text, { timeout: 10_000 });
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: rowText }).first().waitFor({ state: 'visible', timeout: 20_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (error) {
      lastError = error;
      await page.keyboard.press('Escape').catch(() => {});
      await page.waitForTimeout(500);
    }
  }
  throw lastError;
}

/** Runs a command from the command palette by its label ("Article Lens: Show Article Map"). */
export function runCommand(page, label) {
  return acceptQuickInput(page, 'F1', `>${label}`, label.replace(/^[^:]*:\s*/, ''));
}

/** Opens a workspace file by name through Quick Open (Ctrl+P). */
export function quickOpenFile(page, name) {
  return acceptQuickInput(page, 'Control+P', name, name);
}

/** The frame of a webview whose page has `selector` (webviews are nested iframes), waiting until one does. */
export function webviewFrame(page, selector, { timeout = 30_000 } = {}) {
  return waitFor(async () => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      try {
        if (await frame.$(selector)) return frame;
      } catch {
        // A frame that is navigating or gone.
      }
    }
    return undefined;
  }, { timeout, message: `a webview showing ${selector}` });
}

/** How many times `needle` occurs in the seed article. */
export const occurrencesInSeed = (needle) => SEED_TEXT.split(needle).length - 1;

/**
 * Waits until every one of the `expected` occurrences of `needle` on screen is drawn by decorated spans (Monaco's
 * `ced-` decoration classes), then returns them (see renderedOccurrences). On time-out the error says how many the
 * editor shows, how many are decorated, and their spans.
 */
export async function waitForDecorated(page, needle, expected, { timeout = 30_000, interval = 250 } = {}) {
  let seen = [];
  const decorated = (o) => o.spans.length > 0 && o.spans.every((s) => s.className.includes('ced-'));
  try {
    return await waitFor(async () => {
      seen = await renderedOccurrences(page, needle);
      return seen.length === expected && seen.every(decorated) ? seen : undefined;
    }, { timeout, interval, message: `every "${needle}" to be decorated` });
  } catch (error) {
    throw new Error(`${error.message}: expected ${expected}, the editor shows ${seen.length}, ` +
      `decorated: ${seen.filter(decorated).length}. ` +
      `Spans: ${JSON.stringify(seen.map((o) => o.spans.map((s) => `${s.text}|${s.className}`)))}`);
  }
}

/** For an `afterEach`: a screenshot named after the failed test, so a failure shows what the workbench showed. */
export async function screenshotIfFailed(test, page, prefix) {
  if (test?.state !== 'failed' || !page) return;
  await screenshot(page, `${prefix}-${test.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => {});
}

/** The texts of the rows directly under the sidebar tree row whose text starts with `group` (e.g. "People"). */
export async function sidebarGroupChildren(page, group) {
  const rows = await page.locator('.part.sidebar .monaco-list-row').evaluateAll((elements) => elements
    .map((e) => ({ text: e.textContent ?? '', level: Number(e.getAttribute('aria-level')), top: e.getBoundingClientRect().top }))
    .sort((a, b) => a.top - b.top));
  const header = rows.findIndex((r) => r.text.trimStart().startsWith(group));
  if (header < 0) throw new Error(`no "${group}" row in the sidebar: ${JSON.stringify(rows.map((r) => r.text))}`);
  const children = [];
  for (const row of rows.slice(header + 1)) {
    if (row.level <= rows[header].level) break;
    if (row.level === rows[header].level + 1) children.push(row.text);
  }
  return children;
}
