/** The Article Map's commands in a real extension host: the panel opens on the seed and exports both pictures. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analysed, getApi, openSeed, waitFor } from './helpers';

describe('Article Map commands', function () {
  this.timeout(90_000);
  let folder: string;

  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'article-map-'));
  });

  after(async () => {
    fs.rmSync(folder, { recursive: true, force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('exports the seed\'s timeline and who-said-what as SVG with the theme\'s colours written in', async () => {
    const { document } = await openSeed();
    await analysed(document);
    await vscode.commands.executeCommand('articleLens.showMap');
    const timeline = vscode.Uri.file(path.join(folder, 'timeline.svg'));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('articleLens.map.exportTimelineSvg', timeline);
    assert.equal(written?.toString(), timeline.toString());
    const svg = fs.readFileSync(timeline.fsPath, 'utf8');
    assert.match(svg, /^<\?xml[^>]*>\s*<svg[\s>]/);
    for (const words of ['September 22, 2022', 'back then', 'in the near future', 'Article date: 1 July 2025']) {
      assert.ok(svg.includes(words), `the timeline SVG lacks "${words}"`);
    }
    assert.doesNotMatch(svg, /var\(--vscode/, 'theme variables must be resolved into colours in the file');
    assert.match(svg, /fill="rgb\(/, 'computed colours are written onto the elements');

    const graph = vscode.Uri.file(path.join(folder, 'graph.svg'));
    await vscode.commands.executeCommand('articleLens.map.exportGraphSvg', graph);
    const graphSvg = fs.readFileSync(graph.fsPath, 'utf8');
    for (const name of ['Emmanuel Macron', 'Elysee Palace']) assert.ok(graphSvg.includes(name), `the graph SVG lacks ${name}`);
  });

  it('exports both pictures as PNG', async () => {
    const { document } = await openSeed();
    await analysed(document);
    for (const [command, name] of [['articleLens.map.exportTimelinePng', 'timeline.png'], ['articleLens.map.exportGraphPng', 'graph.png']]) {
      const target = vscode.Uri.file(path.join(folder, name));
      await vscode.commands.executeCommand(command, target);
      const png = fs.readFileSync(target.fsPath);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${name} is not a PNG`);
      // Twice the picture's size: the width sits at bytes 16-19 of the IHDR chunk.
      assert.ok(png.readUInt32BE(16) >= 400, `${name} is only ${png.readUInt32BE(16)} pixels wide`);
    }
  });

  it('follows the active article and its edits, and says so when the active editor is no article', async () => {
    const api = await getApi();
    const { document: seed } = await openSeed();
    await analysed(seed);
    await vscode.commands.executeCommand('articleLens.showMap');
    await waitFor('the map of the seed', () => {
      const state = api.mapState();
      return state.kind === 'drawn' && state.uri === seed.uri.toString() && !state.updating;
    });
    // Another article (untitled, so the test edits nothing on disk): the map follows it, then its edit.
    const article = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'BERLIN, May 3. Olaf Scholz met Emmanuel Macron on Monday.\n' });
    const editor = await vscode.window.showTextDocument(article, { viewColumn: vscode.ViewColumn.One, preview: false });
    const first = await waitFor('the map of the new article', () => {
      const state = api.mapState();
      return state.kind === 'drawn' && state.uri === article.uri.toString() && state.version === article.version ? state : undefined;
    });
    await editor.edit((edit) => edit.insert(article.positionAt(article.getText().length), 'They will meet again on 5 June 2026 and in 2027.\n'));
    const second = await waitFor('the map of the edited article', () => {
      const state = api.mapState();
      return state.kind === 'drawn' && state.uri === article.uri.toString() && state.version === article.version && !state.updating ? state : undefined;
    });
    assert.ok(second.kind === 'drawn' && first.kind === 'drawn' && second.marks === first.marks + 2, `${JSON.stringify(first)} → ${JSON.stringify(second)}`);
    // A file that is not an article: the map says so instead of showing stale pictures.
    const json = await vscode.workspace.openTextDocument({ language: 'json', content: '{"a": 1}' });
    await vscode.window.showTextDocument(json, { viewColumn: vscode.ViewColumn.One, preview: false });
    const empty = await waitFor('the map to say there is nothing to draw', () => {
      const state = api.mapState();
      return state.kind === 'empty' ? state : undefined;
    });
    assert.ok(empty.kind === 'empty' && /not treated as an article/.test(empty.message), JSON.stringify(empty));
    for (const untitled of [json, article]) {
      await vscode.window.showTextDocument(untitled, { viewColumn: vscode.ViewColumn.One });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
