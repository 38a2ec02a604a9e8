// What a reader sees: the seed article opened in a real VS Code (code-server in headless Chromium) with Article Lens
// loaded. Checks the rendered DOM (decoration colours on the right words, the hover card, the outline view and its
// click-to-reveal) and saves a screenshot of each step in test-results/screenshots/.
// Expected values come from the article text and package.json, not from the extension's code.
import assert from 'node:assert/strict';
import {
  MANIFEST, SEED_TEXT, closeWorkbench, cursorPosition, lineColumnAt, occurrencesInSeed, openSeedArticle, plainTextColor,
  renderedOccurrences, screenshot, screenshotIfFailed, sidebarGroupChildren, themeColor, waitFor, waitForDecorated,
} from './workbench.mjs';

const contributes = MANIFEST.contributes ?? {};
const colorIds = (contributes.colors ?? []).map((c) => c.id);
const colorFor = (category) => colorIds.find((id) => id.toLowerCase() === `articlelens.${category}foreground`) ??
  `articleLens.${category}Foreground`;
const container = (contributes.viewsContainers?.activitybar ?? []).find((c) => c.id === 'articleLens');
const outlineView = (contributes.views?.articleLens ?? []).find((v) => v.id === 'articleLens.outline');

describe('Article Lens in a real VS Code (UI)', function () {
  this.timeout(120_000);
  let workbench;
  let page;
  let openedAt;

  before(async function () {
    this.timeout(180_000);
    openedAt = Date.now();
    workbench = await openSeedArticle();
    page = workbench.page;
  });

  after(async () => {
    await closeWorkbench(workbench);
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page, 'failed');
  });

  // The first wait covers the extension's start-up and first analysis; once that has failed, later waits are short.
  let analysisTimeout = 60_000;

  /** Waits until every occurrence of `needle` is drawn by decorated spans, then returns the occurrences. */
  async function decoratedEverywhere(needle) {
    const timeout = analysisTimeout;
    analysisTimeout = 5_000;
    const found = await waitForDecorated(page, needle, occurrencesInSeed(needle), { timeout });
    analysisTimeout = 30_000;
    return found;
  }

  it('opens the seed article and colours every "Macron" as a person', async () => {
    const occurrences = await decoratedEverywhere('Macron');
    // Side by side with test/ui/web.test.mjs (the web worker host), measured the same way.
    console.log(`      [measure] UI, Node extension host: workbench opened -> every "Macron" highlighted ${Date.now() - openedAt} ms`);
    await page.mouse.move(5, 5);
    await screenshot(page, '01-article-highlights');
    const person = await themeColor(page, colorFor('person'));
    assert.ok(person.defined, `theme colour ${colorFor('person')} is not defined in the workbench (contributes.colors?)`);
    const plain = await plainTextColor(page);
    assert.notEqual(person.color, plain, 'the person colour must differ from plain text');
    for (const { at, spans } of occurrences) {
      for (const span of spans) {
        assert.equal(span.color, person.color, `"Macron" at rendered offset ${at} (span "${span.text}") is ${span.color}, not the person colour ${person.color}`);
      }
    }
  });

  it('colours "Vladimir Putin" as a person', async () => {
    const occurrences = await decoratedEverywhere('Vladimir Putin');
    const person = await themeColor(page, colorFor('person'));
    for (const { spans } of occurrences) {
      for (const span of spans) assert.equal(span.color, person.color, `span "${span.text}" is ${span.color}, not ${person.color}`);
    }
  });

  it('colours "September 22, 2022" as a date, in a different colour from people', async () => {
    const occurrences = await decoratedEverywhere('September 22, 2022');
    const date = await themeColor(page, colorFor('date'));
    const person = await themeColor(page, colorFor('person'));
    assert.ok(date.defined, `theme colour ${colorFor('date')} is not defined in the workbench`);
    assert.notEqual(date.color, person.color, 'dates and people must not share a colour');
    for (const { spans } of occurrences) {
      for (const span of spans) assert.equal(span.color, date.color, `span "${span.text}" is ${span.color}, not the date colour ${date.color}`);
    }
  });

  it('shows a hover card naming "Emmanuel Macron" over a bare "Macron"', async () => {
    const occurrences = await decoratedEverywhere('Macron');
    // A mention that says only "Macron", so the card must come from the entity, not from the text under the mouse.
    const bare = occurrences.find((o) => o.spans.every((s) => !s.text.includes('Emmanuel'))) ?? occurrences[0];
    const box = bare.spans[0].box;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:visible', { hasText: 'Emmanuel Macron' }).first();
    await hover.waitFor({ state: 'visible', timeout: 20_000 });
    await screenshot(page, '02-hover-macron');
    assert.match((await hover.textContent()) ?? '', /Emmanuel Macron/);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  it('lists the people in the Article Lens outline view', async () => {
    assert.ok(container, 'package.json contributes.viewsContainers.activitybar has no "articleLens" container');
    assert.ok(outlineView, 'package.json contributes.views.articleLens has no "articleLens.outline" view');
    const sidebar = page.locator('.part.sidebar');
    const icon = page.locator(`.part.activitybar .action-item a[aria-label^="${container.title}"], ` +
      `.part.activitybar .action-item[aria-label^="${container.title}"]`).first();
    if (await icon.count()) {
      await icon.click();
    } else {
      // Fallback: the command every view gets, through the command palette.
      await page.keyboard.press('F1');
      await page.keyboard.type(`${outlineView.name}: Focus on ${outlineView.name} View`.replace(/^(.*): Focus/, 'Focus'));
      await page.keyboard.press('Enter');
    }
    const peopleGroup = sidebar.locator('.monaco-list-row', { hasText: /^\s*People/ }).first();
    const putin = sidebar.locator('.monaco-list-row', { hasText: 'Vladimir Putin' }).first();
    await peopleGroup.waitFor({ state: 'visible', timeout: 30_000 }).catch(() => {});
    if (!(await putin.isVisible()) && (await peopleGroup.count()) && (await peopleGroup.getAttribute('aria-expanded')) === 'false') {
      await peopleGroup.click();
    }
    await putin.waitFor({ state: 'visible', timeout: 30_000 });
    await screenshot(page, '03-outline-people');
    // The rows nested under "People" (tree rows carry aria-level), not just any row naming them (quotes do too).
    const people = await sidebarGroupChildren(page, 'People');
    for (const name of ['Emmanuel Macron', 'Vladimir Putin']) {
      assert.ok(people.some((p) => p.includes(name)), `"${name}" is not listed under People: ${JSON.stringify(people)}`);
    }
  });

  it('selects the first mention of Vladimir Putin when his outline row is clicked', async () => {
    // His first mention is the first time the article names him or an earlier phrase referring to him (here an
    // appositive, "his Russian counterpart, Vladimir Putin"): either way it lies on the line that first names him and
    // ends no later than that name does.
    const first = SEED_TEXT.indexOf('Vladimir Putin');
    const named = lineColumnAt(SEED_TEXT, first);
    const nameEnd = lineColumnAt(SEED_TEXT, first + 'Vladimir Putin'.length);
    const before = await cursorPosition(page);
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Vladimir Putin' }).first().click();
    const after = await waitFor(async () => {
      const position = await cursorPosition(page);
      return position.selected > 0 && position.label !== before.label ? position : undefined;
    }, { timeout: 15_000, message: 'the click to select a mention' })
      .catch(async (error) => { throw new Error(`${error.message}; status bar says "${(await cursorPosition(page)).label}"`); });
    await screenshot(page, '04-outline-selects-putin');
    assert.equal(after.line, named.line, `selection on line ${after.line}, but he is first named on line ${named.line} (${after.label})`);
    assert.ok(after.column <= nameEnd.column, `selection ends at column ${after.column}, after his first name ends (${nameEnd.column})`);
    const selectedText = SEED_TEXT.split(/\r\n|\r|\n/)[after.line - 1].slice(after.column - 1 - after.selected, after.column - 1);
    assert.match(selectedText, /\w/, `selected "${selectedText}"`);
    console.log(`      (selected "${selectedText}": ${after.label})`);
  });

  it('turns the highlights off and on again from the command palette', async () => {
    const command = (contributes.commands ?? []).find((c) => c.command === 'articleLens.toggleHighlights');
    assert.ok(command, 'package.json contributes.commands has no articleLens.toggleHighlights');
    const label = command.category ? `${command.category}: ${command.title}` : command.title;
    const decoratedSpans = () => page.locator('.editor-group-container.active .monaco-editor .view-lines [class*="ced-"]').count();
    const runFromPalette = async () => {
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${label}`);
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: command.title }).first().waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.press('Enter');
    };
    assert.ok((await decoratedSpans()) > 0, 'no highlights to begin with');
    await runFromPalette();
    await waitFor(async () => (await decoratedSpans()) === 0, { timeout: 15_000, message: `"${label}" to remove the highlights` });
    await screenshot(page, '05-highlights-off');
    await runFromPalette();
    await waitFor(async () => (await decoratedSpans()) > 0, { timeout: 15_000, message: `"${label}" to bring the highlights back` });
    await decoratedEverywhere('Vladimir Putin');
  });
  it('switches to the light theme: people, places and dates in their light defaults, clearly apart', async () => {
    const defaultsOf = (category, kind) => (contributes.colors ?? []).find((c) => c.id === colorFor(category))?.defaults?.[kind];
    const asCss = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    // As a user would: "Preferences: Toggle between Light/Dark Themes" goes to the preferred light theme (Default
    // Light Modern unless changed) and back to the preferred dark one (Default Dark Modern, the UI tests' theme).
    const toggleTheme = async () => {
      await page.locator('.editor-group-container.active .monaco-editor .view-lines').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill('>Toggle between Light/Dark Themes');
      await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Light/Dark' }).first().waitFor({ state: 'visible', timeout: 10_000 });
      await page.keyboard.press('Enter');
    };
    const personLight = defaultsOf('person', 'light');
    assert.ok(personLight, `package.json has no light default for ${colorFor('person')}`);
    await toggleTheme();
    try {
      await waitFor(async () => (await themeColor(page, colorFor('person'))).color === asCss(personLight),
        { timeout: 15_000, message: `the light theme's person colour ${personLight}` });
      // A theme change rebuilds the decoration types, so the spans are re-decorated a moment after the colour
      // variables change: the check is a wait for every occurrence in the light person colour. Every occurrence
      // must be counted: while the editor re-renders its lines it can show none, and "every span of none" passes.
      const expected = occurrencesInSeed('Vladimir Putin');
      const light = asCss(personLight);
      let seen = [];
      const started = Date.now();
      try {
        await waitFor(async () => {
          seen = await renderedOccurrences(page, 'Vladimir Putin');
          return seen.length === expected && seen.every(({ spans }) => spans.length > 0 && spans.every((span) => span.color === light));
        }, { timeout: 30_000, message: 'every "Vladimir Putin" span in the light person colour' });
      } catch (error) {
        // Say which decoration classes the wrong spans carry and what CSS the page holds for them (a class without
        // a rule is a decoration type the editor still shows after it was disposed).
        const wrong = seen.flatMap(({ at, spans }) => spans.filter((span) => span.color !== light).map((span) => ({ at, ...span })));
        const rules = await page.evaluate((classes) => classes.map((c) => {
          const found = [...document.styleSheets].flatMap((sheet) => { try { return [...sheet.cssRules]; } catch { return []; } })
            .filter((rule) => rule.selectorText?.includes(`.${c}`)).map((rule) => rule.cssText);
          return `${c}: ${found.join(' | ') || 'no rule'}`;
        }), [...new Set(wrong.flatMap((span) => span.className.split(/\s+/).filter((c) => c.startsWith('ced-'))))]).catch(() => []);
        throw new Error(`${error.message} (${Date.now() - started} ms): ${seen.length} of ${expected} occurrences shown; ` +
          `not ${light}: ${wrong.map((span) => `at ${span.at} "${span.text}" ${span.color} [${span.className}]`).join(', ') || 'none'}; ${rules.join('; ')}`);
      }
      const colours = await Promise.all(['person', 'organization', 'location', 'misc', 'date'].map(async (c) => (await themeColor(page, colorFor(c))).color));
      assert.equal(new Set(colours).size, colours.length, `light theme colours repeat: ${colours.join(' ')}`);
      await page.mouse.move(5, 5);
      await screenshot(page, '06-article-light');
    } finally {
      await toggleTheme();
      await waitFor(async () => (await themeColor(page, colorFor('person'))).color === asCss(defaultsOf('person', 'dark')),
        { timeout: 15_000, message: 'the dark theme to come back' });
    }
  });
});
