// Article Lens in VS Code for the Web: the same VSIX, run by the browser's web worker extension host (the host
// vscode.dev and github.dev use; the `remote.extensionKind` setting puts it there in code-server), looked at in
// headless Chromium. Checks what a reader sees — "Macron" in the person colour, the hover card naming Emmanuel
// Macron, the people in the outline, a click on Putin's row selecting his first mention — and that the
// extension really runs in the web worker ("Developer: Show Running Extensions"). Prints the time from opening
// the workbench to the first highlights, the bundle and VSIX sizes. Screenshots: test-results/screenshots/web-*.png.
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { REPO_ROOT } from '../../scripts/vscode/paths.mjs';
import { webWorkerHostSettings } from '../../scripts/vscode/run-integration.mjs';
import {
  MANIFEST, SEED_TEXT, closeWorkbench, cursorPosition, lineColumnAt, occurrencesInSeed, openSeedArticle,
  screenshot, screenshotIfFailed, sidebarGroupChildren, themeColor, waitFor, waitForDecorated,
} from './workbench.mjs';

const container = (MANIFEST.contributes?.viewsContainers?.activitybar ?? []).find((c) => c.id === 'articleLens');
const kb = (file) => `${(statSync(isAbsolute(file) ? file : join(REPO_ROOT, file)).size / 1024).toFixed(0)} KB`;

describe('Article Lens in VS Code for the Web (UI, web worker extension host)', function () {
  this.timeout(120_000);
  let workbench;
  let page;
  let openedAt;

  before(async function () {
    this.timeout(180_000);
    openedAt = Date.now();
    workbench = await openSeedArticle({ settings: webWorkerHostSettings(), label: 'ui-web' });
    page = workbench.page;
  });

  after(async () => {
    await closeWorkbench(workbench);
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page, 'web-failed');
  });

  function decoratedEverywhere(needle, timeout = 30_000) {
    return waitForDecorated(page, needle, occurrencesInSeed(needle), { timeout, interval: 100 });
  }

  it('colours every "Macron" in the person colour', async () => {
    const occurrences = await decoratedEverywhere('Macron', 90_000);
    console.log(`      [measure] UI, web worker host: workbench opened -> every "Macron" highlighted ${Date.now() - openedAt} ms ` +
      `(browser bundle dist/web/extension.js ${kb('dist/web/extension.js')}, worker dist/web/analysisWorker.js ${kb('dist/web/analysisWorker.js')}, ` +
      `VSIX ${workbench.vsixFile ? kb(workbench.vsixFile) : 'not packaged (ARTICLE_LENS_UI_FROM=source)'})`);
    await page.mouse.move(5, 5);
    await screenshot(page, 'web-01-article-highlights');
    const person = await themeColor(page, 'articleLens.personForeground');
    assert.ok(person.defined, 'articleLens.personForeground is not defined in the workbench');
    for (const { at, spans } of occurrences) {
      for (const span of spans) assert.equal(span.color, person.color, `"Macron" at ${at} (span "${span.text}") is ${span.color}, not ${person.color}`);
    }
  });

  it('shows a hover card naming "Emmanuel Macron" over a bare "Macron"', async () => {
    const occurrences = await decoratedEverywhere('Macron');
    const bare = occurrences.find((o) => o.spans.every((s) => !s.text.includes('Emmanuel'))) ?? occurrences[0];
    const box = bare.spans[0].box;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:visible', { hasText: 'Emmanuel Macron' }).first();
    await hover.waitFor({ state: 'visible', timeout: 20_000 });
    await screenshot(page, 'web-02-hover-macron');
    assert.match((await hover.textContent()) ?? '', /Emmanuel Macron/);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  it('lists the people in the Article Lens outline view', async () => {
    assert.ok(container, 'package.json has no "articleLens" activity bar container');
    const sidebar = page.locator('.part.sidebar');
    await page.locator(`.part.activitybar .action-item a[aria-label^="${container.title}"], ` +
      `.part.activitybar .action-item[aria-label^="${container.title}"]`).first().click();
    const peopleGroup = sidebar.locator('.monaco-list-row', { hasText: /^\s*People/ }).first();
    const putin = sidebar.locator('.monaco-list-row', { hasText: 'Vladimir Putin' }).first();
    await peopleGroup.waitFor({ state: 'visible', timeout: 30_000 });
    if (!(await putin.isVisible()) && (await peopleGroup.getAttribute('aria-expanded')) === 'false') await peopleGroup.click();
    await putin.waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot(page, 'web-03-outline-people');
    const people = await sidebarGroupChildren(page, 'People');
    for (const name of ['Emmanuel Macron', 'Vladimir Putin']) {
      assert.ok(people.some((p) => p.includes(name)), `"${name}" is not listed under People: ${JSON.stringify(people)}`);
    }
  });

  it('selects the first mention of Vladimir Putin when his outline row is clicked', async () => {
    const first = SEED_TEXT.indexOf('Vladimir Putin');
    const named = lineColumnAt(SEED_TEXT, first);
    const nameEnd = lineColumnAt(SEED_TEXT, first + 'Vladimir Putin'.length);
    const before = await cursorPosition(page);
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Vladimir Putin' }).first().click();
    const after = await waitFor(async () => {
      const position = await cursorPosition(page);
      return position.selected > 0 && position.label !== before.label ? position : undefined;
    }, { timeout: 15_000, message: 'the click to select a mention' });
    await screenshot(page, 'web-04-outline-selects-putin');
    assert.equal(after.line, named.line, `selection on line ${after.line}, but he is first named on line ${named.line} (${after.label})`);
    assert.ok(after.column <= nameEnd.column, `selection ends at column ${after.column}, after his first name ends (${nameEnd.column})`);
    const selectedText = SEED_TEXT.split(/\r\n|\r|\n/)[after.line - 1].slice(after.column - 1 - after.selected, after.column - 1);
    assert.match(selectedText, /\w/, `selected "${selectedText}"`);
    console.log(`      (selected "${selectedText}": ${after.label})`);
  });

  it('runs in the web worker extension host (Developer: Show Running Extensions)', async () => {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill('>Developer: Show Running Extensions');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Show Running Extensions' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('Enter');
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: MANIFEST.displayName }).first();
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    await screenshot(page, 'web-05-running-extensions');
    assert.match((await row.textContent()) ?? '', /web worker/i, 'the Running Extensions row does not say "web worker"');
  });
});
