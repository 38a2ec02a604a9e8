// The Article Map for the story in a real VS Code (code-server in headless Chromium): a workspace of three
// articles about Vladimir Putin (written here under test-results/), the panel switched to "The story", the entity
// filter set to Putin with the keyboard, only marks from paragraphs naming him left, from several files, a click on
// one opening the right file at its words; each article's date marked, vague references at the edges, durations
// listed apart and sentences on the cards; a window reload bringing the panel back with its scope, filter and
// picture (article scope first, then the story filtered on Putin); both pictures exported as SVG and PNG from the
// panel's toolbar; then the same panel in the Dark High Contrast theme. Screenshots of each.
// Expected values come from the article texts, not from the extension's code.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/vscode/paths.mjs';
import { closeWorkbench, cursorPosition, openWorkbench, runCommand, screenshot, waitFor, webviewFrame } from './workbench.mjs';

const FOLDER = join(REPO_ROOT, 'test-results', 'map-story-ui');
const ARTICLES = {
  'moscow.txt':
    'MOSCOW, March 4, 2025 (TASS) - Russian President Vladimir Putin met the security council on Monday.\n' +
    'The weather in Moscow was mild on March 1, 2025.\n' +
    '"We will not give up," Putin told reporters about Ukraine.\n' +
    'Putin said the sides would meet again in the near future.\n',
  'kyiv.txt':
    'KYIV, June 10, 2025 (Reuters) - Ukrainian President Volodymyr Zelensky said on Friday that Vladimir Putin cannot be trusted.\n' +
    '"Putin wants war, not peace," Zelensky said.\n' +
    'Zelensky met French President Emmanuel Macron yesterday.\n' +
    'The war has gone on for more than three years.\n',
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
    // A window reload reopens the URL's file; 'preserve' makes VS Code restore the editors (the map panel) as well.
    workbench = await openWorkbench({ folder: FOLDER, file: join(FOLDER, 'kyiv.txt'), settings: { 'window.restoreWindows': 'preserve' } });
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
  const titleText = async () => (await frame.locator('#map-title').textContent()) ?? '';
  const checked = (selector) => frame.locator(selector).getAttribute('aria-checked');
  const selectedTab = () => frame.locator('[role="tab"][aria-selected="true"]').getAttribute('data-picture');
  const nodeNames = () => frame.locator('.graph-svg .node').evaluateAll((els) => els.map((e) => `${e.dataset.side}:${e.dataset.name}`).sort());

  /** Reloads the window (Developer: Reload Window) and waits for the workbench and a map page showing `selector`. */
  async function reloadWindow(selector) {
    const loaded = page.waitForEvent('load', { timeout: 180_000 });
    await runCommand(page, 'Developer: Reload Window');
    await loaded;
    await page.locator('.monaco-editor .view-lines .view-line').first().waitFor({ state: 'visible', timeout: 180_000 });
    frame = await webviewFrame(page, selector, { timeout: 120_000 });
  }

  it('comes back in the article scope, on the same picture, after a window reload', async () => {
    await runCommand(page, 'Article Lens: Show Article Map');
    frame = await webviewFrame(page, '.timeline-svg .mark', { timeout: 90_000 });
    await waitFor(async () => /kyiv\.txt/.test(await titleText()), { timeout: 60_000, message: 'the map of kyiv.txt' });
    assert.equal(await checked('#scope-article'), 'true');
    const before = await markLabels();
    assert.ok(before.some((l) => l.startsWith('yesterday')), `kyiv.txt's marks: ${before.join(' | ')}`);
    await reloadWindow('.timeline-svg .mark');
    const after = await waitFor(async () => {
      const labels = /kyiv\.txt/.test(await titleText()) ? await markLabels() : [];
      return labels.length === before.length ? labels : undefined;
    }, { timeout: 90_000, message: 'the restored map of kyiv.txt' });
    assert.deepEqual(after, before, 'the same timeline after the reload');
    assert.equal(await checked('#scope-article'), 'true', 'still the article scope');
    assert.equal(await selectedTab(), 'timeline');
  });

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

  it('marks each article\'s date, puts vague references at the edges, lists durations apart and shows the sentence on a card', async () => {
    const seen = await waitFor(async () => {
      const d = await frame.evaluate(() => {
        const box = (el) => { const b = el.getBoundingClientRect(); return { left: b.left, right: b.right }; };
        const shown = (el) => getComputedStyle(el).display !== 'none';
        return {
          titles: [...document.querySelectorAll('.timeline-svg .article-date title')].map((t) => t.textContent),
          lines: [...document.querySelectorAll('.timeline-svg .article-date-line')].filter(shown).map((l) => box(l).left),
          labels: [...document.querySelectorAll('.timeline-svg .article-date-label')].filter(shown).map((l) => l.textContent),
          listed: [...document.querySelectorAll('.listed-article-dates li')].map((li) => li.textContent),
          durations: [...document.querySelectorAll('.listed-durations li')].map((li) => li.textContent),
          future: [...document.querySelectorAll('.timeline-svg .mark-future')].map((m) => ({ words: m.querySelector('.label').textContent, ...box(m.querySelector('.symbol')) })),
          calendarRight: Math.max(...[...document.querySelectorAll('.timeline-svg .mark-calendar .symbol')].map((s) => box(s).right)),
          monday: (() => { const m = [...document.querySelectorAll('.timeline-svg .mark')].find((e) => e.querySelector('.label')?.textContent === 'Monday'); return m && box(m.querySelector('.symbol')); })(),
        };
      });
      return d.titles.length === 3 ? d : undefined;
    }, { timeout: 30_000, message: 'three article dates on the story\'s timeline' });
    assert.deepEqual(seen.titles, ['Article date 4 March 2025: moscow.txt', 'Article date 10 June 2025: kyiv.txt', 'Article date 12 June 2025: paris.txt']);
    assert.equal(seen.lines.length, 3);
    assert.ok(seen.lines[0] < seen.lines[1] && seen.lines[1] < seen.lines[2], `article-date lines in time order: ${seen.lines}`);
    assert.ok(seen.labels.includes('moscow.txt'), `article-date labels: ${seen.labels}`);
    assert.ok(seen.monday && (seen.monday.left + seen.monday.right) / 2 < seen.lines[0], `Monday, 3 March, is left of the Moscow article's date: ${JSON.stringify(seen.monday)} vs ${seen.lines[0]}`);
    assert.deepEqual(seen.listed.map((t) => /(moscow|kyiv|paris)\.txt/.exec(t)?.[0]), ['moscow.txt', 'kyiv.txt', 'paris.txt']);
    assert.deepEqual(seen.future.map((f) => f.words), ['in the near future']);
    assert.ok(seen.future[0].left > seen.calendarRight, '"in the near future" is right of every dated mark');
    assert.ok(seen.durations.some((t) => t.includes('more than three years') && t.includes('kyiv.txt')), `durations: ${seen.durations}`);
    await frame.locator('.timeline-svg .mark[aria-label*="moscow.txt"]', { has: frame.locator('.label', { hasText: 'Monday' }) }).first().locator('.symbol').hover();
    const card = frame.locator('#map-tooltip:not([hidden])');
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    const text = (await card.textContent()) ?? '';
    assert.match(text, /met the security council on Monday/, `the card shows the sentence: ${text}`);
    assert.match(text, /moscow\.txt, line 1/);
    await screenshot(page, 'map-story-01b-card');
    await page.mouse.move(1, 1);
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

  it('comes back after a window reload with the story scope, the filter on Putin and the same picture', async () => {
    await frame.locator('[role="tab"][data-picture="graph"]').click();
    await frame.locator('.graph-svg .node').first().waitFor({ state: 'visible', timeout: 20_000 });
    const title = await titleText();
    const nodes = await nodeNames();
    assert.ok(nodes.length > 0);
    await reloadWindow('.graph-svg .node');
    await waitFor(async () => (await titleText()) === title && (await nodeNames()).length === nodes.length, { timeout: 90_000, message: `the restored map titled "${title}"` });
    assert.deepEqual(await nodeNames(), nodes, 'the same graph after the reload');
    assert.equal(await checked('#scope-story'), 'true', 'still the story scope');
    assert.equal(await selectedTab(), 'graph', 'still the graph');
    assert.equal(await frame.locator('#filter-input').inputValue(), 'Vladimir Putin', 'still filtered on Putin');
    await screenshot(page, 'map-story-02b-after-reload');
    await frame.locator('[role="tab"][data-picture="timeline"]').click();
    await frame.locator('.timeline-svg .mark').first().waitFor({ state: 'visible', timeout: 20_000 });
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

  it('exports both of the story\'s pictures as SVG and PNG from the panel\'s toolbar', async () => {
    frame = await webviewFrame(page, '#scope-story', { timeout: 60_000 });
    for (const [picture, name] of [['timeline', 'timeline'], ['graph', 'who-said-what']]) {
      await frame.locator(`[role="tab"][data-picture="${picture}"]`).click();
      await frame.locator(`#picture-${picture}:not([hidden]) svg`).first().waitFor({ state: 'visible', timeout: 20_000 });
      for (const format of ['svg', 'png']) {
        const file = join(FOLDER, `story.${name}.${format}`);
        rmSync(file, { force: true });
        await frame.locator(`.map-export[data-format="${format}"]`).click();
        // The save dialog (VS Code's own in the browser) offers the story's default file: accept it.
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 20_000 });
        await waitFor(async () => (await input.inputValue()).endsWith(`story.${name}.${format}`), { timeout: 10_000, message: `the save dialog to offer story.${name}.${format}` });
        await page.keyboard.press('Enter');
        await waitFor(async () => existsSync(file), { timeout: 30_000, message: `${file} to be written` });
        const bytes = await waitFor(async () => { const b = readFileSync(file); return b.length > 100 ? b : undefined; }, { timeout: 10_000, message: `${file} to be complete` });
        if (format === 'png') {
          assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is a PNG`);
        } else {
          const svg = bytes.toString('utf8');
          assert.match(svg, /^<\?xml[^>]*>\s*<svg[\s>]/);
          for (const words of picture === 'timeline' ? ['Monday', 'moscow.txt'] : ['Vladimir Putin', 'Volodymyr Zelensky']) assert.ok(svg.includes(words), `${file} lacks "${words}"`);
        }
        frame = await webviewFrame(page, '#scope-story', { timeout: 30_000 });
      }
    }
    await frame.locator('[role="tab"][data-picture="timeline"]').click();
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
