// The story across articles in a real VS Code (UI): a workspace of several articles (the seed and synthetic
// variants, written here under test-results/), Ctrl+T finding "Macron" in more than one file, and the Story view
// listing him with several articles, a click opening the right file at the right place. Screenshots of each step.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, SEED_FILE } from '../../scripts/vscode/paths.mjs';
import {
  closeWorkbench, cursorPosition, openArticleIn, screenshot, screenshotIfFailed, waitFor,
} from './workbench.mjs';

const FOLDER = join(REPO_ROOT, 'test-results', 'story-ui');
const BERLIN = 'BERLIN, March 9, 2025 (Reuters) - German Chancellor Olaf Scholz met Emmanuel Macron on Saturday.\n\nMacron said the talks were useful.\n';
const MOSCOW = 'MOSCOW, March 4, 2025 (TASS) - French President Emmanuel Macron spoke to reporters yesterday.\n\n"We are ready to talk," Macron said.\n';

describe('Article Lens story across articles (UI)', function () {
  this.timeout(180_000);
  let workbench;
  let page;

  before(async function () {
    rmSync(FOLDER, { recursive: true, force: true });
    mkdirSync(FOLDER, { recursive: true });
    copyFileSync(SEED_FILE, join(FOLDER, 'tass-seed.txt'));
    writeFileSync(join(FOLDER, 'berlin.txt'), BERLIN);
    writeFileSync(join(FOLDER, 'moscow.txt'), MOSCOW);
    workbench = await openArticleIn(FOLDER, join(FOLDER, 'moscow.txt'));
    page = workbench.page;
  });

  after(async () => {
    await closeWorkbench(workbench);
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page, 'failed-story');
  });

  it('finds "Macron" in more than one file with Ctrl+T', async () => {
    await page.locator('.part.statusbar', { hasText: /3 articles/ }).first().waitFor({ state: 'visible', timeout: 90_000 });
    await page.locator('.editor-group-container.active .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+T');
    await page.keyboard.type('Macron');
    const rows = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Emmanuel Macron' });
    const files = await waitFor(async () => {
      const texts = await rows.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
      const names = new Set(texts.map((t) => (/(tass-seed|berlin|moscow)\.txt/.exec(t) ?? [])[0]).filter(Boolean));
      return names.size >= 2 ? [...names] : undefined;
    }, { timeout: 30_000, message: 'Ctrl+T to list Emmanuel Macron in several files' });
    await screenshot(page, 'story-01-ctrl-t-macron');
    assert.ok(files.length >= 2, `Macron in ${files.join(', ')}`);
    await page.keyboard.press('Escape');
  });

  it('lists Macron with several articles in the Story view, and a click opens berlin.txt at his mention', async () => {
    await page.keyboard.press('F1');
    await page.keyboard.type('Article Lens: Focus on Story View');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Story' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
    const sidebar = page.locator('.part.sidebar');
    const macron = sidebar.locator('.monaco-list-row', { hasText: /Emmanuel Macron.*3 articles/ }).first();
    await macron.waitFor({ state: 'visible', timeout: 30_000 });
    await macron.click();
    const berlin = sidebar.locator('.monaco-list-row', { hasText: /berlin\.txt/ }).first();
    await berlin.waitFor({ state: 'visible', timeout: 10_000 });
    await screenshot(page, 'story-02-view-macron');
    await berlin.click();
    await waitFor(async () => (await page.locator('.tab.active', { hasText: 'berlin.txt' }).count()) > 0, { timeout: 15_000, message: 'berlin.txt to open' });
    const position = await waitFor(async () => {
      const p = await cursorPosition(page);
      // Wait for the selection itself: the file opens at Ln 1, Col 1 first.
      return p && p.line === 1 && p.selected > 0 ? p : undefined;
    }, { timeout: 15_000, message: 'the selection of his first mention (line 1)' });
    // "Emmanuel Macron" starts at column 60 of line 1 of berlin.txt (1-based: 61); the selection ends after it.
    const column = BERLIN.indexOf('Emmanuel Macron') + 1;
    assert.ok(position.column === column || position.column === column + 'Emmanuel Macron'.length, `cursor at ${JSON.stringify(position)}`);
    await screenshot(page, 'story-03-click-opens-berlin');
  });
});
