// The story across articles and the Article Map in VS Code for the Web (UI, the browser's web worker extension
// host): on a folder of three articles (the seed and two synthetic ones, written under test-results/), the Story
// view lists Emmanuel Macron with several articles, and "Article Lens: Show Article Map" opens its webview (script
// loaded from the extension's URI under the web CSP) and draws the seed's timeline. Screenshots: web-story-*.png.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, SEED_FILE } from '../../scripts/vscode/paths.mjs';
import { webWorkerHostSettings } from '../../scripts/vscode/run-integration.mjs';
import { closeWorkbench, openSeedArticle, runCommand, screenshot, waitFor, webviewFrame } from './workbench.mjs';

const FOLDER = join(REPO_ROOT, 'test-results', 'web-story-ui');
const BERLIN = 'BERLIN, March 9, 2025 (Reuters) - German Chancellor Olaf Scholz met Emmanuel Macron on Saturday.\n\nMacron said the talks were useful.\n';
const MOSCOW = 'MOSCOW, March 4, 2025 (TASS) - French President Emmanuel Macron spoke to reporters yesterday.\n\n"We are ready to talk," Macron said.\n';

describe('Article Lens story and map in VS Code for the Web (UI, web worker extension host)', function () {
  this.timeout(180_000);
  let workbench;
  let page;

  before(async function () {
    this.timeout(240_000);
    rmSync(FOLDER, { recursive: true, force: true });
    mkdirSync(FOLDER, { recursive: true });
    copyFileSync(SEED_FILE, join(FOLDER, 'tass-seed.txt'));
    writeFileSync(join(FOLDER, 'berlin.txt'), BERLIN);
    writeFileSync(join(FOLDER, 'moscow.txt'), MOSCOW);
    workbench = await openSeedArticle({ folder: FOLDER, file: join(FOLDER, 'tass-seed.txt'), settings: webWorkerHostSettings(), label: 'ui-web-story' });
    page = workbench.page;
  });

  after(async () => {
    await closeWorkbench(workbench);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await screenshot(page, `web-story-failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`).catch(() => {});
    }
  });

  it('lists Emmanuel Macron with his three articles in the Story view', async () => {
    await page.locator('.part.statusbar', { hasText: /3 articles/ }).first().waitFor({ state: 'visible', timeout: 120_000 });
    await runCommand(page, 'Article Lens: Focus on Story View');
    const sidebar = page.locator('.part.sidebar');
    const macron = sidebar.locator('.monaco-list-row', { hasText: /Emmanuel Macron.*3 articles/ }).first();
    await macron.waitFor({ state: 'visible', timeout: 30_000 });
    await macron.click();
    const files = await waitFor(async () => {
      const texts = await sidebar.locator('.monaco-list-row').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      const names = new Set(texts.map((t) => (/(tass-seed|berlin|moscow)\.txt/.exec(t) ?? [])[0]).filter(Boolean));
      return names.size === 3 ? [...names].sort() : undefined;
    }, { timeout: 15_000, message: 'his three articles under his row' });
    assert.deepEqual(files, ['berlin.txt', 'moscow.txt', 'tass-seed.txt']);
    await screenshot(page, 'web-story-01-view-macron');
  });

  it('opens the Article Map and draws the seed\'s timeline', async () => {
    await page.locator('.tab', { hasText: 'tass-seed.txt' }).first().click();
    await runCommand(page, 'Article Lens: Show Article Map');
    const frame = await webviewFrame(page, '.timeline-svg .mark', { timeout: 60_000 });
    await frame.locator('.timeline-svg .mark[data-value="2022-09-22"]').first().waitFor({ state: 'visible', timeout: 30_000 });
    const marks = await frame.locator('.timeline-svg .mark').count();
    assert.ok(marks >= 2, `${marks} timeline marks`);
    await screenshot(page, 'web-story-02-article-map');
  });
});
