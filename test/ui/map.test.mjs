// The Article Map in a real VS Code (code-server in headless Chromium): opened from the command palette beside the
// seed article, its timeline and who-said-what checked in the panel's DOM (positions, labels, colours), a click on
// a mark checked in the editor's selection, exports written to disk, light, dark and high-contrast screenshots, and the frame
// time of zooming and panning a large synthetic article (printed, not asserted).
// Expected values come from the article text, not from the extension's code.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT, SEED_FILE } from '../../scripts/vscode/paths.mjs';
import {
  SEED_TEXT, closeWorkbench, cursorPosition, lineColumnAt, openSeedArticle, quickOpenFile, runCommand, screenshot, screenshotIfFailed, waitFor, webviewFrame,
} from './workbench.mjs';

const WORKSPACE = join(REPO_ROOT, 'test-results', 'map-workspace');
const SEED_COPY = join(WORKSPACE, 'tass-macron-putin-call.txt');
const LARGE_NAME = 'large-synthetic-article.txt';

/**
 * A long chronicle: `dates` sentences, each with one full date and one direct quotation by one of `speakers`
 * people about two countries (from the world-countries package), so the map has ~2,000 marks and ~300 nodes.
 */
function syntheticArticle({ dates = 2000, speakers = 150 } = {}) {
  const require = createRequire(join(REPO_ROOT, 'package.json'));
  const countries = require('world-countries').map((c) => c.name.common).filter((n) => /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(n));
  const first = ['Anna', 'Boris', 'Clara', 'David', 'Elena', 'Felix', 'Greta', 'Hugo', 'Irina', 'Jonas', 'Karla', 'Lukas', 'Maria', 'Nikolai', 'Olga'];
  const last = ['Keller', 'Novak', 'Moreau', 'Fischer', 'Rossi', 'Lindqvist', 'Horvat', 'Petrov', 'Schmidt', 'Dubois'];
  const people = last.flatMap((l) => first.map((f) => `${f} ${l}`)).slice(0, speakers);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const lines = ['GENEVA, March 3. /Synthetic/. A long chronicle of talks, written to see how the Article Map draws many marks.'];
  for (let i = 0; i < dates; i++) {
    const a = countries[(i * 7) % countries.length];
    const b = countries[(i * 13 + 5) % countries.length];
    lines.push(`On ${months[(i * 5) % 12]} ${1 + ((i * 11) % 28)}, ${1990 + (i % 35)}, ${people[i % people.length]} said: "${a} and ${b} must keep talking."`);
  }
  return `${lines.join('\n')}\n`;
}

/** Frame time statistics from requestAnimationFrame deltas (ms). */
function frameStats(deltas) {
  const sorted = [...deltas].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = deltas.reduce((s, d) => s + d, 0) / Math.max(1, deltas.length);
  return { frames: deltas.length, mean: +mean.toFixed(1), median: +at(0.5).toFixed(1), p95: +at(0.95).toFixed(1), max: +(sorted.at(-1) ?? 0).toFixed(1), over50ms: deltas.filter((d) => d > 50).length };
}

describe('Article Map in a real VS Code (UI)', function () {
  this.timeout(120_000);
  let workbench;
  let page;
  let frame;

  before(async function () {
    this.timeout(360_000);
    rmSync(WORKSPACE, { recursive: true, force: true });
    mkdirSync(WORKSPACE, { recursive: true });
    copyFileSync(SEED_FILE, SEED_COPY);
    // A shared, busy machine can take minutes to bring the workbench up.
    workbench = await openSeedArticle({ folder: WORKSPACE, file: SEED_COPY, editorTimeout: 240_000 });
    page = workbench.page;
  });

  after(async () => {
    await closeWorkbench(workbench);
  });

  afterEach(async function () {
    await screenshotIfFailed(this.currentTest, page, 'failed-map');
  });

  /** The map's frame, re-found (a webview's frame is replaced when its panel is hidden and shown again). */
  async function mapFrame(selector = '.timeline-svg .mark') {
    frame = await webviewFrame(page, selector, { timeout: 60_000 });
    return frame;
  }

  /** Focus the article's editor (in the first editor group; the map is beside it) through its tab. */
  async function focusEditor() {
    await page.locator('.editor-group-container').first().locator('.tab.active').first().click();
  }

  /** The editor's "Ln, Col" label, or '' while no text editor is active (the focus is in the map). */
  const selectionLabel = () => cursorPosition(page).then((p) => p.label, () => '');

  async function showPicture(name) {
    await frame.locator(`[role="tab"][data-picture="${name}"]`).click();
    await frame.locator(`#picture-${name}:not([hidden]) svg`).first().waitFor({ state: 'visible', timeout: 20_000 });
  }

  it('opens the Article Map beside the seed article from the command palette', async () => {
    // The status bar's "Map" button says the extension sees an article; the palette runs the command.
    await page.locator('.statusbar-item', { hasText: 'Map' }).first().waitFor({ state: 'visible', timeout: 60_000 });
    await focusEditor();
    await runCommand(page, 'Article Lens: Show Article Map');
    await mapFrame();
    await frame.locator('.timeline-svg .mark[data-value="2022-09-22"]').first().waitFor({ state: 'visible', timeout: 30_000 });
    const title = await frame.locator('#map-title').textContent();
    assert.match(title ?? '', /tass-macron-putin-call\.txt/);
  });

  it('places 22 September 2022 and "back then" before the article date, which is marked', async () => {
    const geometry = await frame.evaluate(() => {
      const box = (el) => el && el.getBoundingClientRect();
      const markBox = (words) => {
        const mark = [...document.querySelectorAll('.timeline-svg .mark')].find((m) => m.querySelector('.label')?.textContent === words);
        return mark && { symbol: box(mark.querySelector('.symbol')), label: box(mark.querySelector('.label')), placement: [...mark.classList].find((c) => /^mark-(calendar|past|future|present)$/.test(c)) };
      };
      const plot = box(document.querySelector('.timeline-svg'));
      return {
        plot: { left: plot.left, right: plot.right },
        reference: box(document.querySelector('.reference-line')),
        referenceLabel: document.querySelector('.reference-label')?.textContent,
        referenceLabelBox: box(document.querySelector('.reference-label')),
        september: markBox('September 22, 2022'),
        backThen: markBox('back then'),
        july: markBox('July 1'),
        future: markBox('in the near future'),
        calendarRight: Math.max(...[...document.querySelectorAll('.timeline-svg .mark-calendar .symbol')].map((s) => box(s).right)),
        durations: [...document.querySelectorAll('.listed-durations li .list-words')].map((b) => b.textContent),
      };
    });
    const centre = (b) => b.left + b.width / 2;
    assert.equal(geometry.referenceLabel, 'Article date: 1 July 2025');
    assert.ok(geometry.reference && geometry.reference.height > 0, 'the article date is drawn as a line');
    const referenceX = centre(geometry.reference);
    for (const [words, mark] of [['September 22, 2022', geometry.september], ['back then', geometry.backThen]]) {
      assert.ok(mark, `no mark labelled "${words}"`);
      assert.equal(mark.placement, 'mark-calendar');
      assert.ok(centre(mark.symbol) < referenceX - 100, `"${words}" at x=${centre(mark.symbol)} is not well before the article date at x=${referenceX}`);
    }
    assert.ok(Math.abs(centre(geometry.september.symbol) - centre(geometry.backThen.symbol)) < 1, '"back then" is the same day as September 22, 2022');
    assert.ok(geometry.july && Math.abs(centre(geometry.july.symbol) - referenceX) < 3, 'the dateline\'s "July 1" sits on the article date');
    // "In the near future" is no date: it sits at the future edge, right of every dated mark and of the article date.
    assert.equal(geometry.future?.placement, 'mark-future');
    assert.ok(centre(geometry.future.symbol) > Math.max(referenceX, geometry.calendarRight), 'the future mark is not right of the dated ones');
    assert.ok(geometry.plot.right - geometry.future.symbol.right < 40, 'the future mark is not at the right edge');
    assert.deepEqual(geometry.durations, ['more than two hours', 'near three years']);
    // Labels readable: none leaves the picture, none overlaps another.
    const labels = await frame.evaluate(() => [...document.querySelectorAll('.timeline-svg .mark .label, .timeline-svg .reference-label, .timeline-svg .gutter-title')]
      .filter((l) => getComputedStyle(l).display !== 'none')
      .map((l) => { const b = l.getBoundingClientRect(); return { text: l.textContent, left: b.left, right: b.right, top: b.top, bottom: b.bottom }; }));
    for (const l of labels) {
      assert.ok(l.left >= geometry.plot.left - 0.5 && l.right <= geometry.plot.right + 0.5, `label "${l.text}" is clipped (${l.left}–${l.right} in ${geometry.plot.left}–${geometry.plot.right})`);
    }
    for (const a of labels) {
      for (const b of labels) {
        if (a === b) continue;
        const overlap = a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        assert.ok(!overlap, `labels "${a.text}" and "${b.text}" overlap`);
      }
    }
  });

  it('draws marks in the theme\'s date colour and shows a card on hover', async () => {
    const colours = await frame.evaluate(() => ({
      theme: getComputedStyle(document.documentElement).getPropertyValue('--vscode-articleLens-dateForeground').trim(),
      fill: getComputedStyle(document.querySelector('.timeline-svg .mark-calendar .symbol')).fill,
      probe: (() => { const p = document.createElement('span'); p.style.color = 'var(--vscode-articleLens-dateForeground)'; document.body.append(p); const c = getComputedStyle(p).color; p.remove(); return c; })(),
    }));
    assert.ok(colours.theme, 'the webview has no --vscode-articleLens-dateForeground (contributes.colors)');
    assert.equal(colours.fill, colours.probe, 'a date mark is not drawn in the date colour');
    await frame.locator('.timeline-svg .mark[data-value="2022-09-22"] .symbol').first().hover();
    const card = frame.locator('#map-tooltip:not([hidden])');
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    const text = (await card.textContent()) ?? '';
    assert.match(text, /22 September 2022/);
    assert.match(text, /2022-09-22/);
    assert.match(text, /previous phone call/, 'the card shows the sentence');
    await screenshot(page, 'map-01-timeline-card');
  });

  it('selects the right words in the editor when a mark is clicked', async () => {
    const words = 'September 22, 2022';
    const start = SEED_TEXT.indexOf(words);
    const expectedEnd = lineColumnAt(SEED_TEXT, start + words.length);
    await frame.locator('.timeline-svg .mark', { has: frame.locator('.label', { hasText: words }) }).first().click();
    const position = await waitFor(async () => {
      const p = await cursorPosition(page).catch(() => ({ selected: 0 }));
      return p.selected === words.length ? p : undefined;
    }, { timeout: 15_000, message: `"${words}" to be selected` }).catch(async (error) => {
      throw new Error(`${error.message}; the status bar says "${(await cursorPosition(page)).label}"`);
    });
    assert.equal(position.line, expectedEnd.line);
    assert.equal(position.column, expectedEnd.column);
    const selected = SEED_TEXT.split(/\r\n|\r|\n/)[position.line - 1].slice(position.column - 1 - position.selected, position.column - 1);
    assert.equal(selected, words);
  });

  it('shows Emmanuel Macron and the Elysee Palace as speakers, names unclipped, and a click selects their quotations in turn', async () => {
    await mapFrame();
    await showPicture('graph');
    const nodes = await frame.evaluate(() => {
      const svg = document.querySelector('.graph-svg').getBoundingClientRect();
      const plot = document.querySelector('.graph-plot');
      return {
        svg: { left: svg.left, right: svg.right },
        scrolls: plot.scrollWidth > plot.clientWidth + 1,
        nodes: [...document.querySelectorAll('.graph-svg .node')].map((n) => {
          const label = n.querySelector('.label').getBoundingClientRect();
          return { name: n.dataset.name, side: n.dataset.side, left: label.left, right: label.right, top: label.top, bottom: label.bottom, fill: getComputedStyle(n.querySelector('.node-dot')).fill };
        }),
        edges: document.querySelectorAll('.graph-svg .edge').length,
      };
    });
    const speakers = nodes.nodes.filter((n) => n.side === 'speaker').map((n) => n.name);
    for (const name of ['Emmanuel Macron', 'Elysee Palace']) assert.ok(speakers.includes(name), `speakers: ${speakers.join(', ')}`);
    assert.ok(nodes.edges > 0, 'no edges');
    assert.ok(!nodes.scrolls, 'the seed\'s graph should fit the panel');
    for (const n of nodes.nodes) {
      assert.ok(n.left >= nodes.svg.left - 0.5 && n.right <= nodes.svg.right + 0.5, `"${n.name}" is clipped`);
    }
    const macron = '.graph-svg .node[data-side="speaker"][data-name="Emmanuel Macron"]';
    // The editor still holds the previous test's selection: read it with the editor active, so a change is seen.
    await focusEditor();
    await frame.locator(macron).waitFor({ state: 'visible' });
    const selections = [];
    for (let i = 0; i < 2; i++) {
      const before = await selectionLabel();
      await frame.locator(macron).click();
      const p = await waitFor(async () => {
        // The click lands in the panel; on a loaded machine its focus can arrive after the reveal's, which hides the
        // editor's "Ln, Col" item. The selection is the same either way: bring the editor forward to read it.
        const now = await cursorPosition(page).catch(async () => {
          await focusEditor().catch(() => {});
          return { selected: 0, label: '' };
        });
        return now.selected > 20 && now.label !== before ? now : undefined;
      }, { timeout: 15_000, message: 'a quotation of Macron to be selected' });
      selections.push(p);
      await mapFrame('.graph-svg .node');
    }
    assert.notEqual(selections[0].label, selections[1].label, 'the second click should select the next quotation');
    for (const p of selections) {
      const line = SEED_TEXT.split(/\r\n|\r|\n/)[p.line - 1];
      const selected = line.slice(p.column - 1 - p.selected, p.column - 1);
      assert.ok(selected.length > 20, `selected "${selected}"`);
    }
    await page.mouse.move(5, 5);
    await screenshot(page, 'map-02-graph-dark');
  });

  it('looks right in the light theme too (screenshots)', async () => {
    await screenshotBoth('dark');
    const background = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    await focusEditor();
    await runCommand(page, 'Preferences: Toggle between Light/Dark Themes');
    try {
      await waitFor(async () => {
        await mapFrame();
        return (await background()) !== dark;
      }, { timeout: 20_000, message: 'the light theme in the panel' });
      await screenshotBoth('light');
    } finally {
      await focusEditor();
      await runCommand(page, 'Preferences: Toggle between Light/Dark Themes');
    }
  });

  it('stays readable in the Dark and Light High Contrast themes (screenshots)', async () => {
    // The workspace setting, not the theme picker: a picker that closes as focus moves lets the typing reach the editor.
    const settings = join(WORKSPACE, '.vscode', 'settings.json');
    mkdirSync(join(WORKSPACE, '.vscode'), { recursive: true });
    const look = () => frame.evaluate(() => {
      const symbol = document.querySelector('.timeline-svg .mark-calendar .symbol');
      return {
        classes: document.body.className,
        contrast: getComputedStyle(document.documentElement).getPropertyValue('--vscode-contrastBorder').trim(),
        background: getComputedStyle(document.body).backgroundColor,
        fill: symbol ? getComputedStyle(symbol).fill : '',
      };
    });
    try {
      for (const [theme, bodyClass, name] of [['Default High Contrast', 'vscode-high-contrast', 'hc-dark'], ['Default High Contrast Light', 'vscode-high-contrast-light', 'hc-light']]) {
        writeFileSync(settings, JSON.stringify({ 'workbench.colorTheme': theme }));
        const seen = await waitFor(async () => {
          await mapFrame();
          const l = await look();
          return l.classes.split(/\s+/).includes(bodyClass) ? l : undefined;
        }, { timeout: 30_000, message: `the ${theme} theme in the panel` });
        assert.ok(seen.contrast, `${theme} sets --vscode-contrastBorder`);
        assert.ok(seen.fill && seen.fill !== seen.background, `date marks stand out from the background in ${theme}: ${JSON.stringify(seen)}`);
        await screenshotBoth(name);
      }
    } finally {
      rmSync(settings, { force: true });
      await waitFor(async () => {
        await mapFrame();
        return !/high-contrast/.test((await look()).classes);
      }, { timeout: 30_000, message: 'the dark theme back in the panel' });
    }
  });

  async function screenshotBoth(theme) {
    await mapFrame();
    for (const picture of ['timeline', 'graph']) {
      await showPicture(picture);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(300);
      await screenshot(page, `map-${picture}-${theme}`);
    }
    await showPicture('timeline');
  }

  it('stays smooth on a large synthetic article (2,000 marks, 300 nodes): frame time printed', async function () {
    this.timeout(300_000);
    const file = join(WORKSPACE, LARGE_NAME);
    writeFileSync(file, syntheticArticle());
    await focusEditor();
    await quickOpenFile(page, LARGE_NAME);
    const started = Date.now();
    frame = await waitFor(async () => {
      const f = await mapFrame('.timeline-svg .mark');
      const count = await f.evaluate(() => document.querySelectorAll('.timeline-svg .mark').length).catch(() => 0);
      return count >= 2000 ? f : undefined;
    }, { timeout: 180_000, interval: 1000, message: 'the large article\'s timeline' });
    const counts = await frame.evaluate(() => ({ marks: document.querySelectorAll('.timeline-svg .mark').length }));
    console.log(`      (large article: ${statSync(file).size} bytes, ${counts.marks} marks drawn ${((Date.now() - started) / 1000).toFixed(1)} s after opening, analysis included)`);

    const measure = async (selector, gesture) => {
      await frame.evaluate(() => {
        window.__frameDeltas = [];
        window.__measuring = true;
        let last = performance.now();
        const tick = (t) => {
          window.__frameDeltas.push(t - last);
          last = t;
          if (window.__measuring) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const box = await frame.locator(selector).boundingBox();
      await gesture(box);
      const deltas = await frame.evaluate(() => {
        window.__measuring = false;
        return window.__frameDeltas.slice(1);
      });
      return frameStats(deltas);
    };
    const zoomAndPan = async (box) => {
      const x = box.x + box.width / 2;
      const y = box.y + Math.min(box.height / 2, 120);
      await page.mouse.move(x, y);
      for (let i = 0; i < 12; i++) {
        await page.mouse.wheel(0, i < 6 ? -240 : 240);
        await page.waitForTimeout(40);
      }
      await page.mouse.down();
      for (let i = 0; i <= 30; i++) {
        await page.mouse.move(x + (i <= 15 ? -i : i - 30) * 12, y);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
      await page.waitForTimeout(300);
    };
    const timeline = await measure('.timeline-svg', zoomAndPan);
    console.log(`      (timeline, ${counts.marks} marks, zoom + pan: ${JSON.stringify(timeline)} ms per frame)`);
    await screenshot(page, 'map-03-large-timeline');

    await showPicture('graph');
    const graphCounts = await frame.evaluate(() => ({ nodes: document.querySelectorAll('.graph-svg .node').length, edges: document.querySelectorAll('.graph-svg .edge').length }));
    const graph = await measure('.graph-svg', zoomAndPan);
    console.log(`      (graph, ${graphCounts.nodes} nodes, ${graphCounts.edges} edges, zoom + pan: ${JSON.stringify(graph)} ms per frame)`);
    await screenshot(page, 'map-04-large-graph');
    assert.ok(counts.marks >= 2000, `${counts.marks} marks`);
    assert.ok(graphCounts.nodes >= 300, `${graphCounts.nodes} nodes`);
    assert.ok(timeline.frames > 10 && graph.frames > 10, 'no frames were measured');
    await showPicture('timeline');
  });
});

