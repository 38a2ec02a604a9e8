/**
 * The workspace story index inside the web worker extension host (VS Code for the Web): its workers are nested Web
 * Workers, the articles are written and read through workspace.fs (no Node here). Ctrl+T finds Macron in more than
 * one file, Find All References crosses files, the Story view lists him with several articles.
 */
import * as vscode from 'vscode';
import type { ArticleLensApi } from '../../src/extension/articleLens';
import { deepEqual, equal, ok } from './check';
import { waitFor } from '../integration/waitFor';

declare const process: unknown;

const ARTICLES: Record<string, string> = {
  'moscow.txt': 'MOSCOW, March 4, 2025 (TASS) - French President Emmanuel Macron spoke to reporters yesterday.\n\n"We are ready to talk," Macron said.\n',
  'berlin.txt': 'BERLIN, March 9, 2025 (Reuters) - German Chancellor Olaf Scholz met Emmanuel Macron on Saturday.\n\nMacron said the talks were useful.\n',
  'rome.txt': 'ROME, April 2, 2025 (AP) - Italian Prime Minister Giorgia Meloni hosted Olaf Scholz on Tuesday. "Europe must act," Meloni said.\n',
};

const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);

describe('the story index in the web worker extension host', function () {
  this.timeout(180_000);
  let lens: ArticleLensApi;
  let dir: vscode.Uri;
  const ours = (uri: vscode.Uri) => uri.toString().startsWith(dir.toString() + '/');

  before(async function () {
    const extension = vscode.extensions.getExtension<ArticleLensApi>('article-lens.article-lens');
    ok(extension, 'the extension is not installed');
    lens = extension.isActive ? extension.exports : await extension.activate();
    const folder = vscode.workspace.workspaceFolders?.[0];
    ok(folder, 'no workspace folder');
    // The runner makes this folder before the workbench starts (the file watcher then knows it).
    dir = vscode.Uri.joinPath(folder.uri, 'test-results', 'story-workspace');
    await vscode.workspace.fs.createDirectory(dir);
    for (const [name] of await vscode.workspace.fs.readDirectory(dir)) await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, name), { recursive: true });
    for (const [name, text] of Object.entries(ARTICLES)) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, name), new TextEncoder().encode(text));
    const story = lens.story;
    ok(story, 'no story index in the web worker host (articleLens.storyAvailable is false)');
    const started = Date.now();
    await story.rebuild();
    const wanted = Object.keys(ARTICLES).map((n) => vscode.Uri.joinPath(dir, n).toString());
    await waitFor('the test articles in the story index', async () => {
      const held = new Set(await story.articles());
      return wanted.every((u) => held.has(u));
    }, 150_000).catch(async (error: Error) => {
      throw new Error(`${error.message}: state ${JSON.stringify(story.state())}, counters ${JSON.stringify(story.counters())}`);
    });
    await story.whenIdle();
    console.log(`      [measure] web worker host: story index rebuilt over ${(await story.articles()).length} articles in ${Date.now() - started} ms`);
  });

  after(async function () {
    for (const name of Object.keys(ARTICLES)) await vscode.workspace.fs.delete(vscode.Uri.joinPath(dir, name)).then(undefined, () => undefined);
  });

  it('really is the web worker host, and the Story view is available there', async function () {
    equal(typeof process, 'undefined', 'typeof process');
    equal(vscode.env.uiKind, vscode.UIKind.Web, 'vscode.env.uiKind');
    equal(lens.story?.state().kind, 'ready', 'story index state');
  });

  it('makes one person of Emmanuel Macron across the articles, listed in the Story view with his articles', async function () {
    const story = lens.story!;
    const roots = await story.rows();
    const peopleGroup = roots.find((r) => r.label === 'People');
    ok(peopleGroup, `no People group in [${roots.map((r) => r.label).join(', ')}]`);
    const macron = (await story.rows(peopleGroup.id)).find((r) => r.label === 'Emmanuel Macron');
    ok(macron, 'Macron among the people');
    const files = (await story.rows(macron.id)).map((r) => r.label);
    ok(files.includes('moscow.txt') && files.includes('berlin.txt') && !files.includes('rome.txt'), files.join(', '));
  });

  it('finds Macron in more than one file with workspace symbols (Ctrl+T)', async function () {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Macron');
    const files = [...new Set(symbols.filter((s) => s.name === 'Emmanuel Macron' && ours(s.location.uri)).map((s) => baseName(s.location.uri)))].sort();
    deepEqual(files, ['berlin.txt', 'moscow.txt'], 'files with Emmanuel Macron');
    const inBerlin = symbols.find((s) => s.name === 'Emmanuel Macron' && baseName(s.location.uri) === 'berlin.txt')!;
    const berlin = await vscode.workspace.openTextDocument(inBerlin.location.uri);
    equal(berlin.getText(inBerlin.location.range), 'Emmanuel Macron', 'the symbol\'s range');
  });

  it('finds his mentions in the other article with Find All References', async function () {
    const moscow = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(dir, 'moscow.txt'));
    await vscode.window.showTextDocument(moscow);
    const at = moscow.positionAt(moscow.getText().indexOf('Macron said') + 2);
    const locations = await waitFor('references', async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', moscow.uri, at);
      return found.some((l) => baseName(l.uri) === 'berlin.txt') ? found : undefined;
    }, 30_000);
    const inBerlin: string[] = [];
    for (const l of locations.filter((x) => ours(x.uri) && baseName(x.uri) === 'berlin.txt')) {
      inBerlin.push((await vscode.workspace.openTextDocument(l.uri)).getText(l.range));
    }
    deepEqual(inBerlin, ['Emmanuel Macron', 'Macron'], 'mentions in berlin.txt');
    ok(!locations.some((l) => baseName(l.uri) === 'rome.txt'), 'rome.txt has no Macron');
  });
});
