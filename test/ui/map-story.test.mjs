// The Article Map for the story in a real VS Code (code-server in headless Chromium): a workspace of three
// articles about Vladimir Putin (written here under test-results/), the panel switched to "The story", the entity
// filter set to Putin with the keyboard, only marks from paragraphs naming him left, from several files, a click on
// one opening the right file at its words; then the same panel in the Dark High Contrast theme. Screenshots of each.
// Expected values come from the article texts, not from the extension's code.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/vscode/paths.mjs';
import { closeWorkbench, cursorPosition, openArticleIn, runCommand, screenshot, waitFor, webviewFrame } from './workbench.mjs';

const FOLDER = join(REPO_ROOT, 'test-results', 'map-story-ui');
const ARTICLES = {
  'moscow.txt':
    'MOSCOW, March 4, 2025 (TASS) - Russian President Vladimir Putin met the security council on Monday.\n' +
    'The weather in Moscow was mild on March 1, 2025.\n' +
    '"We will not give up," Putin told reporters about Ukraine.\n',
  'kyiv.txt':
    'KYIV, June 10, 2025 (Reuters) - Ukrainian President Volodymyr Zelensky said on Friday that Vladimir Putin cannot be trusted.\n' +
    '"Putin wants war, not peace," Zelensky said.\n' +
    'Zelensky met French President Emmanuel Macron yesterday.\n',
  'paris.txt':
    'PARIS, June 12, 2025 (AFP) - Ukrainian President Volodymyr Zelensky spoke in Paris on Wednesday.\n' +
    '"Vladimir Putin must stop the war," Zelensky said.\n',
};
/** Lines (0-based) of each file that name Putin: the filter keeps the dates on these. */
const PUTIN_LINES = Object.fromEntries(Object.entries(ARTICLES).map(([file, text]) => [file, text.split('\n').flatMap((line, i) => (/Putin/.test(line) ? [i] : []))]));

describe('Article Map for the story (UI)', function () {
  this.timeout(180_000);
  let workbench;
  let page;
  let frame;

  before(async function () {
    this.timeout(360_000);
    rmSync(FOLDER, { recursive: true, force: true });
    mkdirSync(FOLDER, { recursive: true });
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(FOLDER, name), text);
    workbench = await openArticleIn(FOLDER, join(FOLDER, 'kyiv.txt'));
    page = workbench.page;
  });

  after(async () => {
    await closeWorkbench(workbench);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await screenshot(page, `failed-map-story-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`).catch(() => {});
    }
  });

  /** The marks' aria labels: "words: value. file, line N (dated …)". */
  const markLabels = () => frame.locator('.timeline-svg .mark').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));

  it('draws the timeline of every indexed article in the story scope', async () => {
    await page.locator('.part.statusbar', { hasText: /3 articles/ }).first().waitFor({ state: 'visible', timeout: 120_000 });
    await runCommand(page, 'Article Lens: Show Article Map');
    frame = await webviewFrame(page, '#scope-story', { timeout: 60_000 });
    await frame.locator('#scope-story').click();
    const files = await waitFor(async () => {
      const labels = await markLabels();
      const names = new Set(labels.map((l) => (/(moscow|kyiv|paris)\.txt/.exec(l) ?? [])[0]).filter(Boolean));
      return names.size === 3 ? names : undefined;
    }, { timeout: 60_000, message: 'marks from the three articles' });
    assert.equal(files.size, 3);
    assert.match(await frame.locator('#map-title').textContent(), /Story: 3 articles/);
    await screenshot(page, 'map-story-01-all');
  });

  it('filters on Vladimir Putin from the keyboard: only marks in paragraphs naming him, from several files', async () => {
    const input = frame.locator('#filter-input');
    await input.click();
    await page.keyboard.type('Putin');
    await frame.locator('#filter-list [role="option"]', { hasText: 'Vladimir Putin' }).first().waitFor({ state: 'visible', timeout: 10_000 });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await waitFor(async () => /about Vladimir Putin/.test((await frame.locator('#map-title').textContent()) ?? ''), { timeout: 30_000, message: 'the title to name the filter' });
    const labels = await waitFor(async () => {
      const l = await markLabels();
      return l.length > 0 && !l.some((x) => x.startsWith('March 1, 2025')) ? l : undefined;
    }, { timeout: 30_000, message: 'the filtered marks' });
    const files = new Set();
    for (const label of labels) {
      const m = /(moscow|kyiv|paris)\.txt, line (\d+)/.exec(label);
      assert.ok(m, `a mark names its file and line: ${label}`);
      assert.ok(PUTIN_LINES[m[0].split(',')[0]].includes(Number(m[2]) - 1), `${label}: a paragraph naming Putin`);
      files.add(m[1]);
    }
    assert.ok(files.size >= 2, `marks about Putin from ${[...files].join(', ')}`);
    await screenshot(page, 'map-story-02-putin');
  });

  it('opens the right file at the right words when a mark is clicked', async () => {
    const mark = frame.locator('.timeline-svg .mark[aria-label*="moscow.txt"]', { has: frame.locator('.label', { hasText: 'Monday' }) }).first();
    await mark.click();
    await waitFor(async () => (await page.locator('.tab.active', { hasText: 'moscow.txt' }).count()) > 0, { timeout: 15_000, message: 'moscow.txt to open' });
    const position = await waitFor(async () => {
      const p = await cursorPosition(page);
      return p && p.line === 1 && p.selected > 0 ? p : undefined;
    }, { timeout: 15_000, message: 'the selection of "Monday" on line 1' });
    const column = ARTICLES['moscow.txt'].indexOf('Monday') + 1;
    assert.ok(position.column === column || position.column === column + 'Monday'.length, `cursor at ${JSON.stringify(position)}`);
    await screenshot(page, 'map-story-03-click-opens-moscow');
  });

  it('stays readable in the Dark High Contrast theme (borders, focus outline; screenshots)', async () => {
    // The workspace setting, not the theme picker: a picker that closes as focus moves lets the typing reach the editor.
    mkdirSync(join(FOLDER, '.vscode'), { recursive: true });
    writeFileSync(join(FOLDER, '.vscode', 'settings.json'), JSON.stringify({ 'workbench.colorTheme': 'Default High Contrast' }));
    frame = await webviewFrame(page, '#scope-story', { timeout: 60_000 });
    await waitFor(async () => frame.evaluate(() => document.body.classList.contains('vscode-high-contrast')), { timeout: 20_000, message: 'the high-contrast theme in the panel' });
    const border = await frame.evaluate(() => {
      const button = document.querySelector('#scope-story');
      const style = getComputedStyle(button);
      return { width: style.borderTopWidth, color: style.borderTopColor, contrast: getComputedStyle(document.documentElement).getPropertyValue('--vscode-contrastBorder').trim() };
    });
    assert.ok(border.contrast, 'the theme sets --vscode-contrastBorder');
    assert.notEqual(border.color, 'rgba(0, 0, 0, 0)', `buttons have a visible border: ${JSON.stringify(border)}`);
    await frame.locator('.timeline-svg .mark').first().focus();
    await page.mouse.move(1, 1);
    await screenshot(page, 'map-story-timeline-hc');
    await frame.locator('[role="tab"][data-picture="graph"]').click();
    await frame.locator('.graph-svg .node').first().waitFor({ state: 'visible', timeout: 20_000 });
    await screenshot(page, 'map-story-graph-hc');
  });
});
