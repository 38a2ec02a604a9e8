/**
 * The desktop (Node extension host) side of the measurement test/web/webHost.test.ts prints for the web worker
 * host: an untitled copy of the seed opened -> its highlights drawn, with the worker already warm. Printed, not
 * asserted (timings depend on the machine).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { getApi, openSeed, waitFor } from './helpers';

describe('Article Lens timing (Node extension host)', function () {
  it('measures a warm open of a copy of the seed until its highlights are drawn', async function () {
    const api = await getApi();
    assert.equal(api.analysisHost().kind, 'node-thread');
    const { document: seed } = await openSeed();
    const copy = await vscode.workspace.openTextDocument({ language: 'plaintext', content: seed.getText() });
    const opened = Date.now();
    const editor = await vscode.window.showTextDocument(copy);
    await waitFor('highlights on the copy', () => (api.drawnHighlights(editor)?.person ?? 0) > 0);
    console.log(`      [measure] Node extension host, warm: untitled copy of the seed opened -> highlights drawn ${Date.now() - opened} ms`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
