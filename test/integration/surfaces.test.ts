/** Highlights, their toggles, configuration changes, the status bar and the size limit. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analysed, getApi, openSeed, setSetting, waitFor } from './helpers';

describe('Article Lens highlights, settings and status', function () {
  afterEach(async function () {
    for (const key of ['highlight.person', 'maxFileSizeKB', 'referenceDate', 'hover.enabled']) await setSetting(key, undefined);
    const api = await getApi();
    if (!api.highlightsVisible()) await vscode.commands.executeCommand('articleLens.toggleHighlights');
  });

  it('draws highlights and toggles them all off and on', async function () {
    const api = await getApi();
    const { document, editor } = await openSeed();
    await analysed(document);
    const drawn = await waitFor('highlights', () => {
      const counts = api.drawnHighlights(editor);
      return counts && counts.person > 0 ? counts : undefined;
    });
    assert.ok(drawn.location > 0 && drawn.organization > 0 && drawn.date > 0 && drawn.quote > 0, JSON.stringify(drawn));

    await vscode.commands.executeCommand('articleLens.toggleHighlights');
    assert.equal(api.highlightsVisible(), false);
    const hidden = api.drawnHighlights(editor)!;
    assert.deepEqual(Object.values(hidden).filter((n) => n > 0), [], JSON.stringify(hidden));

    await vscode.commands.executeCommand('articleLens.toggleHighlights');
    assert.equal(api.highlightsVisible(), true);
    assert.deepEqual(api.drawnHighlights(editor), drawn);
  });

  it('draws every highlight of a huge article (the ranges converted in slices), around the visible lines', async function () {
    this.timeout(60_000);
    const api = await getApi();
    const { document: seed } = await openSeed();
    const seedAnnotation = await analysed(seed);
    const perCopy = seedAnnotation.entities.reduce((n, e) => n + e.mentions.filter((m) => m.kind !== 'pronoun').length, 0);
    // Past the 20,000 ranges that are drawn in one go.
    const copies = Math.ceil(21_000 / Math.max(1, perCopy));
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: (seed.getText() + '\n\n').repeat(copies) });
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const annotation = await analysed(document);
    const expected = (type: string) => annotation.entities.filter((e) => e.type === type)
      .reduce((n, e) => n + e.mentions.filter((m) => m.kind !== 'pronoun').length, 0);
    const drawn = await waitFor('the sliced highlights', () => {
      const counts = api.drawnHighlights(editor);
      return counts && counts.person === expected('PERSON') ? counts : undefined;
    }, 30_000);
    assert.ok(drawn.person + drawn.location + drawn.organization + drawn.misc + drawn.date > 20_000, JSON.stringify(drawn));
    assert.equal(drawn.location, expected('LOCATION'));
    assert.equal(drawn.date, annotation.temporal.length);

    // So many highlights are drawn around the visible lines only (highlightWindow.ts), and follow the scroll.
    const top = api.highlightWindow(editor);
    assert.ok(top, 'a long article is drawn in a window');
    assert.equal(top.first, 0);
    assert.ok(top.last >= editor.visibleRanges[0]!.end.line && top.last < document.lineCount - 1, JSON.stringify(top));
    assert.ok(top.counts.person > 0 && top.counts.person < drawn.person, JSON.stringify(top.counts));
    const last = document.lineCount - 1;
    editor.revealRange(new vscode.Range(last, 0, last, 0), vscode.TextEditorRevealType.InCenter);
    const bottom = await waitFor('the window to follow the scroll to the end', () => {
      const window = api.highlightWindow(editor);
      return window && window.last === last ? window : undefined;
    }, 10_000);
    assert.ok(bottom.first > top.last, `the window moved: ${JSON.stringify(top)} → ${JSON.stringify(bottom)}`);
    assert.ok(bottom.counts.person > 0, JSON.stringify(bottom.counts));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reacts to a category being switched off in the settings', async function () {
    const api = await getApi();
    const { document, editor } = await openSeed();
    await analysed(document);
    await waitFor('person highlights', () => (api.drawnHighlights(editor)?.person ?? 0) > 0);
    await setSetting('highlight.person', false);
    await waitFor('person highlights removed', () => api.drawnHighlights(editor)?.person === 0);
    assert.ok(api.drawnHighlights(editor)!.location > 0, 'other categories must stay');
  });

  it('re-analyses when the reference date setting changes', async function () {
    const { document } = await openSeed();
    await analysed(document);
    await setSetting('referenceDate', '2030-01-15');
    const annotation = await waitFor('re-analysis with the new reference date', async () => {
      const a = await analysed(document);
      return a.referenceDate === '2030-01-15' ? a : undefined;
    });
    assert.equal(annotation.referenceDate, '2030-01-15');
  });

  it('turns hovers off from the settings', async function () {
    const { document } = await openSeed();
    await analysed(document);
    const position = document.positionAt(document.getText().indexOf('Putin'));
    await setSetting('hover.enabled', false);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.doesNotMatch(text, /Vladimir Putin\*\* — Person/);
  });

  it('shows counts in the status bar, and says clearly when a file is too large', async function () {
    const api = await getApi();
    const { document } = await openSeed();
    await analysed(document);
    await waitFor('status counts', () => /\$\(person\) [1-9]/.test(api.statusText() ?? ''));

    await setSetting('maxFileSizeKB', 1); // the seed has ~2.3 K characters
    await waitFor('too-large status', () => api.documentStatus(document) === 'tooLarge');
    assert.match(api.statusText() ?? '', /too large/);
    assert.equal(await api.analysisFor(document), undefined);
    await waitFor(`outline too-large state`, () => api.outline().state === 'tooLarge', 3000).catch((e) => {
      throw new Error(`${e.message}: ${JSON.stringify({ state: api.outline().state, uri: api.outline().uri, active: vscode.window.activeTextEditor?.document.uri.toString() })}`);
    });
    // A document first seen above the limit gets no symbols (VS Code caches symbols per document version, so this
    // is checked on a fresh document rather than on the seed whose symbols were computed before the change).
    const large = await vscode.workspace.openTextDocument({ language: 'plaintext', content: document.getText() });
    await vscode.window.showTextDocument(large);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', large.uri);
    assert.equal(symbols?.length ?? 0, 0, JSON.stringify(symbols?.map((s) => s.name)));
    assert.equal(api.documentStatus(large), 'tooLarge');
    assert.match(api.statusText() ?? '', /too large/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.window.showTextDocument(document);

    await setSetting('maxFileSizeKB', undefined);
    await analysed(document);
    await waitFor('status counts again', () => /\$\(person\) [1-9]/.test(api.statusText() ?? ''));
  });
});
