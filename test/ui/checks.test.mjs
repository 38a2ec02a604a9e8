// The editor's checks as a reader of the Problems panel sees them: a crafted article with a weekday that
// contradicts its date, a name spelled two ways, a quotation never closed and vague sourcing, opened in a real
// VS Code (code-server in headless Chromium). Screenshot: test-results/screenshots/checks-problems-panel.png.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/vscode/paths.mjs';
import { closeWorkbench, openWorkbench, screenshot, waitFor } from './workbench.mjs';

const FOLDER = join(REPO_ROOT, 'test-results', 'checks-ui');
const FILE = join(FOLDER, 'crafted-article.txt');
const ARTICLE = [
  'PARIS, July 1, 2025 (Reuters) - French President Emmanuel Macron met Ukrainian President Volodymyr Zelensky on Monday, July 2, 2025, officials said.',
  '',
  'The summit took place on September 30, 2025, in Geneva, according to reports.',
  '',
  'Later, Zelenskyy said the talks went well. Macron said "we will meet again before the winter.',
  '',
  'The ministers left Paris on Tuesday.',
  '',
].join('\n');

describe("Editor's checks in the Problems panel (UI)", function () {
  this.timeout(180_000);
  let workbench;
  let page;

  before(async function () {
    mkdirSync(FOLDER, { recursive: true });
    writeFileSync(FILE, ARTICLE);
    workbench = await openWorkbench({ folder: FOLDER, file: FILE, label: 'checks' });
    page = workbench.page;
  });

  after(async () => {
    await closeWorkbench(workbench);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, 'failed-checks-problems-panel').catch(() => {});
  });

  it('lists each slip in the Problems panel with its code and draws it in the editor', async () => {
    // Squiggles: Monaco draws a warning decoration for each warning diagnostic.
    await waitFor(async () => (await page.locator('.monaco-editor .squiggly-warning').count()) >= 4,
      { timeout: 90_000, message: 'the checks\' warnings to be drawn in the editor' });
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await waitFor(async () => (await rows.count()) >= 6, { timeout: 30_000, message: 'the Problems panel to list the checks' });
    const panelText = await page.locator('.markers-panel').innerText();
    for (const expected of [
      'July 2, 2025 is a Wednesday, not a Monday',
      'look like one name spelled two ways',
      'This quotation is never closed',
      'is after the article\'s date',
      'Vague attribution: "officials said"',
      'articleLens.check.weekday-date',
    ]) assert.ok(panelText.includes(expected), `the Problems panel does not show "${expected}":\n${panelText}`);
    await page.mouse.move(5, 5);
    const file = await screenshot(page, 'checks-problems-panel');
    console.log(`      (screenshot ${file})`);
  });
});
