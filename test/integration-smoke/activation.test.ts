import * as assert from 'assert';
import * as vscode from 'vscode';

describe('Real VS Code runner smoke test', () => {
  it('runs inside a VS Code extension host', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
  });

  it('loads and activates the Article Lens extension', async () => {
    const extension = vscode.extensions.getExtension('article-lens.article-lens');
    assert.ok(extension, 'article-lens.article-lens is not among the loaded extensions');
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
  });
});
