/** Untitled and CRLF documents, edits (never a stale range), commands that move the cursor or write files. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { analysed, entityNamed, getApi, offsets, openSeed, seedUri, waitFor } from './helpers';

/** The analysis if it is of the document's current version (a provider asked mid-typing may get an older one). */
async function analysedIfCurrent(document: vscode.TextDocument) {
  const result = await (await getApi()).analysisFor(document);
  return result && result.version === document.version ? result.annotation : undefined;
}

describe('Article Lens on untitled, CRLF and edited documents', function () {
  it('analyses an untitled CRLF document with every span on its text', async function () {
    const seed = fs.readFileSync(seedUri().fsPath, 'utf8');
    const crlf = seed.replace(/\r?\n/g, '\r\n');
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: crlf });
    await vscode.window.showTextDocument(document);
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    const annotation = await analysed(document);
    const macron = entityNamed(annotation, 'Emmanuel Macron');
    for (const entity of annotation.entities) {
      for (const m of entity.mentions) {
        const range = new vscode.Range(document.positionAt(m.start), document.positionAt(m.end));
        assert.equal(document.getText(range), m.text, `${entity.name} @${m.start}`);
      }
    }
    const last = macron.mentions[macron.mentions.length - 1];
    // Only this document's: the story index adds the other articles' mentions (test/integration/story.test.ts).
    const references = (await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider', document.uri, document.positionAt(last.start))).filter((l) => l.uri.toString() === document.uri.toString());
    assert.equal(references.length, macron.mentions.length);
    for (const reference of references) assert.match(document.getText(reference.range), /\S/);
  });

  it('re-analyses after an edit and never answers with ranges of the old text', async function () {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: fs.readFileSync(seedUri().fsPath, 'utf8') });
    const editor = await vscode.window.showTextDocument(document);
    await analysed(document);
    // Several quick edits (faster than the debounce): providers asked meanwhile wait for the debounced analysis.
    for (const word of ['revised. ', 'was ', 'story ', 'the ', 'UPDATE: ']) {
      await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), word));
    }
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 'UPDATE: the story was revised. '.length), '\n'));
    assert.ok(document.getText().startsWith('UPDATE: the story was revised. \n'));
    const annotation = await waitFor('analysis of the latest version', () => analysedIfCurrent(document));
    const putin = entityNamed(annotation, 'Vladimir Putin');
    const name = putin.mentions.find((m) => m.text === 'Vladimir Putin')!;
    assert.equal(document.getText(new vscode.Range(document.positionAt(name.start), document.positionAt(name.end))), 'Vladimir Putin');
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights', document.uri, document.positionAt(name.start + 1));
    for (const h of highlights) assert.ok(putin.mentions.some((m) => m.start === offsets(document, h.range).start));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('drops the highlights when a document\'s language changes to a non-article one', async function () {
    const api = await getApi();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: fs.readFileSync(seedUri().fsPath, 'utf8') });
    const editor = await vscode.window.showTextDocument(document);
    await analysed(document);
    await waitFor('highlights', () => (api.drawnHighlights(editor)?.person ?? 0) > 0);
    const json = await vscode.languages.setTextDocumentLanguage(document, 'json');
    await waitFor('not an article', () => api.documentStatus(json) === 'notArticle');
    const active = vscode.window.activeTextEditor!;
    await waitFor('highlights removed', () => {
      const counts = api.drawnHighlights(active) ?? api.drawnHighlights(editor);
      return counts && Object.values(counts).every((n) => n === 0);
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('does not analyse documents in other languages', async function () {
    const api = await getApi();
    const document = await vscode.workspace.openTextDocument({ language: 'json', content: '{"Emmanuel Macron": "Paris"}' });
    await vscode.window.showTextDocument(document);
    assert.equal(api.documentStatus(document), 'notArticle');
    assert.equal(await api.analysisFor(document), undefined);
    await waitFor('outline notArticle state', () => api.outline().state === 'notArticle');
  });
});

describe('Article Lens commands', function () {
  it('moves to the next and previous mention of the entity under the cursor', async function () {
    const { document, editor } = await openSeed();
    const macron = entityNamed(await analysed(document), 'Emmanuel Macron');
    const mentions = [...macron.mentions].sort((a, b) => a.start - b.start);
    editor.selection = new vscode.Selection(document.positionAt(mentions[0].start + 1), document.positionAt(mentions[0].start + 1));
    await vscode.commands.executeCommand('articleLens.nextMention');
    assert.deepEqual(offsets(document, editor.selection), { start: mentions[1].start, end: mentions[1].end });
    await vscode.commands.executeCommand('articleLens.previousMention');
    await vscode.commands.executeCommand('articleLens.previousMention');
    const last = mentions[mentions.length - 1];
    assert.deepEqual(offsets(document, editor.selection), { start: last.start, end: last.end });
  });

  it('reveals an outline row\'s span in the editor and finds the row under the cursor', async function () {
    const { document } = await openSeed();
    const putin = entityNamed(await analysed(document), 'Vladimir Putin');
    const span = putin.mentions[putin.mentions.length - 1];
    await vscode.commands.executeCommand('articleLens.revealSpan', document.uri, span.start, span.end);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), document.uri.toString());
    assert.deepEqual(offsets(document, editor.selection), { start: span.start, end: span.end });
    const rowId = await vscode.commands.executeCommand<string | undefined>('articleLens.revealInOutline');
    assert.equal(rowId, `mention:${putin.id}:${span.start}`);
  });

  it('exports the annotations as FORMAT.md JSON and a Markdown report', async function () {
    const { document } = await openSeed();
    const annotation = await analysed(document);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-export-'));
    const jsonUri = vscode.Uri.file(path.join(dir, 'seed.json'));
    await vscode.commands.executeCommand('articleLens.exportJson', jsonUri);
    const json = JSON.parse(fs.readFileSync(jsonUri.fsPath, 'utf8'));
    assert.match(json.file, /tass-macron-putin-call\.txt$/);
    assert.deepEqual(json.entities, JSON.parse(JSON.stringify(annotation.entities)));
    const mdUri = vscode.Uri.file(path.join(dir, 'seed.md'));
    await vscode.commands.executeCommand('articleLens.exportMarkdown', mdUri);
    assert.match(fs.readFileSync(mdUri.fsPath, 'utf8'), /Emmanuel Macron/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
