/** The Article Map's commands in a real extension host: the panel opens on the seed and exports both pictures. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analysed, openSeed } from './helpers';

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
});
