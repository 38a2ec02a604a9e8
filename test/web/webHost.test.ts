/**
 * Article Lens inside the web worker extension host (what vscode.dev and github.dev run): the host really is the
 * browser's, the analysis runs in the nested Web Worker, and every surface answers on the seed article as on the
 * desktop. Files are read and written through workspace.fs (no Node here). Expected values come from the gold file
 * (../shared/gold) when it is there.
 */
import * as vscode from 'vscode';
import type { ArticleLensApi } from '../../src/extension/articleLens';
import type { Annotation } from '../../src/core/types';
import { deepEqual, equal, match, ok } from './check';

declare const process: unknown;

const EXTENSION_ID = 'article-lens.article-lens';
const SEED = 'tass-macron-putin-call';

function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  ok(folder, 'the tests need the repository root open as the workspace folder');
  return folder.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

async function seedUri(): Promise<vscode.Uri> {
  const inRepo = vscode.Uri.joinPath(root(), 'seeds', `${SEED}.txt`);
  return (await exists(inRepo)) ? inRepo : vscode.Uri.joinPath(root(), '..', 'shared', 'seeds', `${SEED}.txt`);
}

async function gold(): Promise<Annotation | undefined> {
  const uri = vscode.Uri.joinPath(root(), '..', 'shared', 'gold', `${SEED}.json`);
  if (!(await exists(uri))) return undefined;
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as Annotation;
}

async function api(): Promise<ArticleLensApi> {
  const extension = vscode.extensions.getExtension<ArticleLensApi>(EXTENSION_ID);
  ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
  return extension.isActive ? extension.exports : extension.activate();
}

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function analysed(document: vscode.TextDocument): Promise<Annotation> {
  const lens = await api();
  const result = await lens.analysisFor(document);
  ok(result, `no analysis for ${document.uri.toString()} (status ${lens.documentStatus(document)})`);
  return result.annotation;
}

const offsets = (document: vscode.TextDocument, range: vscode.Range) => ({ start: document.offsetAt(range.start), end: document.offsetAt(range.end) });
const hoverText = (hovers: vscode.Hover[]) => hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

describe('Article Lens in the web worker extension host (VS Code for the Web)', function () {
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;
  let text: string;
  let macronMentions: Array<{ start: number; end: number }>;
  let macronPosition: vscode.Position;

  before(async function () {
    const opened = Date.now();
    document = await vscode.workspace.openTextDocument(await seedUri());
    editor = await vscode.window.showTextDocument(document, { preview: false });
    const lens = await api();
    await waitFor('the first highlights', () => (lens.drawnHighlights(editor)?.person ?? 0) > 0, 60_000);
    const host = lens.analysisHost();
    console.log(`      [measure] web worker host, cold: seed opened -> highlights drawn ${Date.now() - opened} ms ` +
      `(worker files read ${host.filesReadMs ?? '?'} ms, model loaded in the worker ${host.modelLoadMs?.toFixed(0) ?? '?'} ms, worker script ${host.scriptBytes ?? '?'} bytes)`);
    text = document.getText();
    const macron = (await gold())?.entities.find((e) => e.name === 'Emmanuel Macron');
    macronMentions = macron
      ? macron.mentions.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start)
      : [...text.matchAll(/(?:Emmanuel )?Macron\b/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    macronPosition = document.positionAt(text.search(/(?<!Emmanuel )Macron/) + 2);
  });

  it('runs in the browser: no Node process, UI kind Web, the extension a UI (web worker) extension', function () {
    equal(typeof process, 'undefined', 'typeof process');
    equal(vscode.env.uiKind, vscode.UIKind.Web, 'vscode.env.uiKind');
    equal(vscode.extensions.getExtension(EXTENSION_ID)?.extensionKind, vscode.ExtensionKind.UI, 'extensionKind');
  });

  it('analyses in the nested Web Worker, with the name-tagger model loaded there', async function () {
    const lens = await api();
    equal(lens.usesWorker(), true, 'usesWorker');
    const host = lens.analysisHost();
    equal(host.kind, 'web-worker', 'analysis host');
    ok(typeof host.modelLoadMs === 'number', `the worker reported no model load: ${JSON.stringify(host)}`);
    const annotation = await analysed(document);
    equal(annotation.warnings, undefined, 'analysis warnings');
    ok(annotation.entities.some((e) => e.name === 'Vladimir Putin' && e.type === 'PERSON'), 'no Vladimir Putin: the names were not recognised');
  });

  it('draws highlights of every kind, and toggles them off and on', async function () {
    const lens = await api();
    const drawn = lens.drawnHighlights(editor)!;
    ok(drawn.person > 0 && drawn.location > 0 && drawn.organization > 0 && drawn.date > 0 && drawn.quote > 0, JSON.stringify(drawn));
    await vscode.commands.executeCommand('articleLens.toggleHighlights');
    equal(lens.highlightsVisible(), false, 'visible after toggling off');
    deepEqual(Object.values(lens.drawnHighlights(editor)!).filter((n) => n > 0), [], 'highlights left');
    await vscode.commands.executeCommand('articleLens.toggleHighlights');
    deepEqual(lens.drawnHighlights(editor), drawn, 'highlights after toggling on');
  });

  it('shows the counts in the status bar', async function () {
    const lens = await api();
    await waitFor('status counts', () => /\$\(person\) [1-9]/.test(lens.statusText() ?? ''));
  });

  it('finds all of Macron\'s mentions as references, and highlights them', async function () {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, macronPosition);
    deepEqual(locations.map((l) => offsets(document, l.range)).sort((a, b) => a.start - b.start), macronMentions, 'references');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, macronPosition);
    deepEqual(highlights.map((h) => offsets(document, h.range)).sort((a, b) => a.start - b.start), macronMentions, 'document highlights');
  });

  it('goes from a later mention to the first one', async function () {
    const definitions = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, macronPosition);
    equal(definitions.length, 1, 'definitions');
    const target = 'targetRange' in definitions[0] ? definitions[0].targetRange : definitions[0].range;
    equal(document.getText(target), 'Emmanuel Macron');
  });

  it('offers document symbols: people, timeline, quotations', async function () {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const people = symbols.find((s) => s.name === 'People');
    ok(people, `no People group in [${symbols.map((s) => s.name).join(', ')}]`);
    const names = people.children.map((s) => s.name);
    ok(names.includes('Emmanuel Macron') && names.includes('Vladimir Putin'), names.join(', '));
    ok(symbols.some((s) => s.name === 'Timeline') && symbols.some((s) => s.name === 'Quotations'), symbols.map((s) => s.name).join(', '));
  });

  it('shows the entity card naming Emmanuel Macron over a bare "Macron"', async function () {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, macronPosition);
    match(hoverText(hovers), /\*\*Emmanuel Macron\*\* — Person/);
  });

  it('lists the people in the outline and reveals Putin\'s first mention from his row', async function () {
    const lens = await api();
    await vscode.window.showTextDocument(document);
    const outline = await waitFor('the outline', () => {
      const o = lens.outline();
      return o.state === 'ready' && o.uri === document.uri.toString() ? o : undefined;
    });
    const people = outline.roots.find((n) => n.id === 'group:people');
    ok(people, 'no People group');
    const putin = people.children.find((n) => n.label === 'Vladimir Putin');
    ok(putin && people.children.some((n) => n.label === 'Emmanuel Macron'), people.children.map((n) => n.label).join(', '));
    const first = [...entityMentions(await analysed(document), 'Vladimir Putin')].sort((a, b) => a.start - b.start)[0];
    await vscode.commands.executeCommand('articleLens.revealSpan', document.uri, first.start, first.end);
    const active = vscode.window.activeTextEditor!;
    deepEqual(offsets(document, active.selection), { start: first.start, end: first.end }, 'selection');
  });

  it('moves to the next mention of the entity under the cursor', async function () {
    const active = await vscode.window.showTextDocument(document);
    active.selection = new vscode.Selection(document.positionAt(macronMentions[0].start + 1), document.positionAt(macronMentions[0].start + 1));
    await vscode.commands.executeCommand('articleLens.nextMention');
    deepEqual(offsets(document, active.selection), macronMentions[1], 'selection after next mention');
  });

  it('exports the annotations as JSON and a Markdown report through workspace.fs', async function () {
    const annotation = await analysed(document);
    // /tmp where the file system has one (code-server); else the git-ignored test-results/ (@vscode/test-web's mount).
    const tmp = root().with({ path: '/tmp' });
    const dir = (await exists(tmp)) ? tmp : vscode.Uri.joinPath(root(), 'test-results');
    const target = (name: string) => vscode.Uri.joinPath(dir, `article-lens-web-export-${Date.now()}-${name}`);
    const json = target('seed.json');
    const markdown = target('seed.md');
    try {
      equal((await vscode.commands.executeCommand<vscode.Uri>('articleLens.exportJson', json))?.toString(), json.toString(), 'exported to');
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json))) as Annotation & { file: string };
      match(written.file, /tass-macron-putin-call\.txt$/);
      deepEqual(written.entities, annotation.entities, 'exported entities');
      await vscode.commands.executeCommand('articleLens.exportMarkdown', markdown);
      match(new TextDecoder().decode(await vscode.workspace.fs.readFile(markdown)), /Emmanuel Macron/);
    } finally {
      for (const uri of [json, markdown]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('keeps up with edits: a warm re-analysis of a new copy (measured)', async function () {
    const lens = await api();
    const copy = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    const opened = Date.now();
    const copyEditor = await vscode.window.showTextDocument(copy);
    await waitFor('highlights on the copy', () => (lens.drawnHighlights(copyEditor)?.person ?? 0) > 0);
    console.log(`      [measure] web worker host, warm: untitled copy of the seed opened -> highlights drawn ${Date.now() - opened} ms`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

function entityMentions(annotation: Annotation, name: string) {
  const entity = annotation.entities.find((e) => e.name === name);
  ok(entity, `no entity "${name}"`);
  return entity.mentions;
}
