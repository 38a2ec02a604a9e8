/** The native providers on the seed article: references, definition, highlights, symbols, hover. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analysed, entityNamed, expectedMacronMentions, getApi, offsets, openSeed } from './helpers';

describe('Article Lens providers on the seed article', function () {
  let document: vscode.TextDocument;
  let text: string;
  /** The first bare "Macron" (not inside "Emmanuel Macron"). */
  let macronPosition: vscode.Position;

  before(async function () {
    ({ document } = await openSeed());
    text = document.getText();
    await analysed(document);
    macronPosition = document.positionAt(text.search(/(?<!Emmanuel )Macron/) + 2);
  });

  it('analyses in the worker thread bundled as dist/analysisWorker.js (not the in-process fallback)', async function () {
    assert.equal((await getApi()).usesWorker(), true);
  });

  it('finds all of Macron\'s mentions as references', async function () {
    // This article's own; the story index adds the other articles' (test/integration/story.test.ts).
    const locations = (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, macronPosition))
      .filter((l) => l.uri.toString() === document.uri.toString());
    const found = locations.map((l) => offsets(document, l.range)).sort((a, b) => a.start - b.start);
    assert.deepEqual(found, expectedMacronMentions(text));
  });

  it('goes from a later mention to the first one', async function () {
    const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider', document.uri, macronPosition);
    assert.equal(definitions.length, 1);
    const target = 'targetRange' in definitions[0] ? definitions[0].targetRange : definitions[0].range;
    assert.deepEqual(offsets(document, target), expectedMacronMentions(text)[0]);
    assert.equal(document.getText(target), 'Emmanuel Macron');
  });

  it('highlights every mention of the entity under the cursor', async function () {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights', document.uri, macronPosition);
    const found = highlights.map((h) => offsets(document, h.range)).sort((a, b) => a.start - b.start);
    assert.deepEqual(found, expectedMacronMentions(text));
  });

  it('offers document symbols grouped by kind, named by canonical names', async function () {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(symbols && symbols.length > 0, 'no symbols');
    const people = symbols.find((s) => s.name === 'People');
    assert.ok(people, `no People group in [${symbols.map((s) => s.name).join(', ')}]`);
    const names = people.children.map((s) => s.name);
    assert.ok(names.includes('Emmanuel Macron') && names.includes('Vladimir Putin'), names.join(', '));
    const macron = people.children.find((s) => s.name === 'Emmanuel Macron')!;
    assert.equal(document.getText(macron.selectionRange), 'Emmanuel Macron');
    assert.ok(symbols.some((s) => s.name === 'Timeline'), 'no Timeline group');
    assert.ok(symbols.some((s) => s.name === 'Quotations'), 'no Quotations group');
  });

  it('shows an entity card with the canonical name when hovering "Macron"', async function () {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, macronPosition);
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(markdown, /\*\*Emmanuel Macron\*\* — Person/);
    assert.match(markdown, /8 mentions/);
  });

  it('counts a speaker\'s quotations and reported statements apart on the entity card', async function () {
    const annotation = await analysed(document);
    const speaker = annotation.entities.find((e) => annotation.quotes.some((q) => q.speaker === e.id));
    if (!speaker) {
      console.log('      the analysis attributed no quotation to an entity; nothing to check');
      this.skip();
    }
    const statements = annotation.quotes.filter((q) => q.speaker === speaker.id);
    const reported = statements.filter((q) => q.kind === 'reported').length;
    const quoted = statements.length - reported;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', document.uri, document.positionAt(speaker.mentions[0].start + 1));
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    const times = (n: number) => `${n} time${n === 1 ? '' : 's'}`;
    if (quoted > 0) assert.ok(markdown.includes(`Quoted ${times(quoted)}:`), markdown);
    else assert.doesNotMatch(markdown, /Quoted \d/);
    if (reported > 0) assert.ok(markdown.includes(`Reported ${times(reported)} (paraphrased):`), markdown);
    else assert.doesNotMatch(markdown, /Reported \d/);
  });

  it('adds country facts to the card of a nationality or a country', async function () {
    const annotation = await analysed(document);
    const linked = annotation.entities.find((e) => e.country || (e.type === 'LOCATION' && e.name === 'France'));
    assert.ok(linked, 'the analysis linked no entity to a country');
    const at = linked.mentions[0];
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(at.start + 1));
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(markdown, /Country: .+ — capital /);
  });

  it('shows a date card with the weekday and the distance from the article date', async function () {
    const annotation = await analysed(document);
    const september = annotation.temporal.find((t) => t.value === '2022-09-22');
    assert.ok(september, 'the analysis found no 2022-09-22 date');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider', document.uri, document.positionAt(september.start + 1));
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(markdown, /Thursday/);
    assert.match(markdown, /2 years 9 months earlier than the article's date/);
  });

  it('exposes the outline model: groups, entities with their mentions, chronological timeline, quotes by speaker', async function () {
    const api = await getApi();
    await vscode.window.showTextDocument(document);
    const outline = await waitForOutline(api, document);
    const group = (id: string) => outline.roots.find((n) => n.id === `group:${id}`);
    const people = group('people');
    assert.ok(people, 'no People group');
    const macronRow = people.children.find((n) => n.label === 'Emmanuel Macron');
    assert.ok(macronRow);
    assert.equal(macronRow.children.length, entityNamed(await analysed(document), 'Emmanuel Macron').mentions.length);
    assert.ok(group('paragraphs')!.children.length >= 7);
    const timeline = group('timeline')!.children.map((n) => n.label);
    assert.ok(timeline.indexOf('September 22, 2022') < timeline.indexOf('July 1'), timeline.join(' | '));
    assert.ok(group('quotes')!.children.length > 0);
    for (const speakerRow of group('quotes')!.children) {
      const reported = speakerRow.children.filter((n) => /^reported\b/.test(n.description ?? '')).length;
      assert.equal(/(\d+) reported/.exec(speakerRow.description ?? '')?.[1] ?? '0', String(reported), speakerRow.description);
    }
    assert.ok(outline.roots.some((n) => n.kind === 'dateline'));
  });
});

describe('Article Lens outline sorting', function () {
  after(() => vscode.commands.executeCommand('articleLens.outline.sortByAppearance'));

  it('sorts entity rows by mentions and by name from the view commands', async function () {
    const api = await getApi();
    const { document } = await openSeed();
    await analysed(document);
    const rows = async () => (await waitForOutline(api, document)).roots.find((n) => n.id === 'group:places')!.children;
    await vscode.commands.executeCommand('articleLens.outline.sortByMentions');
    const byMentions = (await rows()).map((n) => n.childCount);
    assert.deepEqual(byMentions, [...byMentions].sort((a, b) => b - a));
    await vscode.commands.executeCommand('articleLens.outline.sortByName');
    const byName = (await rows()).map((n) => n.label);
    assert.deepEqual(byName, [...byName].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    assert.ok(byName.length >= 3, byName.join(', '));
  });
});

async function waitForOutline(api: Awaited<ReturnType<typeof getApi>>, document: vscode.TextDocument) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const outline = api.outline();
    if (outline.state === 'ready' && outline.uri === document.uri.toString()) return outline;
    if (Date.now() > deadline) throw new Error(`outline not ready: ${JSON.stringify({ state: outline.state, uri: outline.uri })}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
