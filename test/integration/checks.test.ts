/**
 * The editor's checks in a real extension host: a crafted article with one slip of each kind gets diagnostics with
 * the check's code, a link to docs/checks.md and related information; settings change their severity or turn them
 * off; an edit trims what could be stale; closing the document clears them.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { getApi, setSetting, waitFor } from './helpers';

const ARTICLE = [
  'PARIS, July 1, 2025 (Reuters) - French President Emmanuel Macron met Ukrainian President Volodymyr Zelensky on Monday, July 2, 2025, officials said.',
  'The summit took place on September 30, 2025, in Geneva, according to reports.',
  'Later, Zelenskyy said the talks went well. Macron said "we will meet again before the winter.',
  'The ministers left Paris on Tuesday.',
  '',
].join('\n');

const codes = (diagnostics: readonly vscode.Diagnostic[]) =>
  diagnostics.map((d) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code))).sort();

describe("editor's checks (integration)", function () {
  this.timeout(90_000);
  let dir: string;
  let uri: vscode.Uri;

  before(async () => {
    await getApi();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-checks-'));
    const file = path.join(dir, 'crafted-article.txt');
    fs.writeFileSync(file, ARTICLE);
    uri = vscode.Uri.file(file);
  });

  after(async () => {
    await setSetting('checks.weekdayDate', undefined);
    await setSetting('checks.vagueAttribution', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const diagnosticsOf = (code: string) => vscode.languages.getDiagnostics(uri).filter((d) => typeof d.code === 'object' && d.code.value === code);

  it('shows one diagnostic per slip, with code, docs link, message and related places', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const all = await waitFor('the checks of the crafted article', () => {
      const d = vscode.languages.getDiagnostics(uri);
      return d.length >= 5 ? d : undefined;
    }, 60_000);
    assert.deepEqual(codes(all), [
      'articleLens.check.date-after-dateline',
      'articleLens.check.spelling-variant',
      'articleLens.check.unbalanced-quote',
      'articleLens.check.vague-attribution',
      'articleLens.check.vague-attribution',
      'articleLens.check.weekday-date',
    ]);
    const text = document.getText();
    const [weekday] = diagnosticsOf('articleLens.check.weekday-date');
    assert.match(document.getText(weekday.range), /^Monday, July 2, 2025/);
    assert.match(weekday.message, /Wednesday, not a Monday/);
    assert.equal(weekday.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(weekday.source, 'Article Lens');
    const target = (weekday.code as { target: vscode.Uri }).target;
    assert.equal(target.fragment, 'weekday-date');
    assert.ok(target.path.endsWith('/docs/checks.md') && fs.existsSync(target.fsPath), target.toString());
    const [variant] = diagnosticsOf('articleLens.check.spelling-variant');
    assert.equal(document.getText(variant.range), 'Zelenskyy');
    const related = (variant.relatedInformation ?? []).map((r) => document.getText(r.location.range));
    assert.ok(related.includes('Volodymyr Zelensky'), related.join('|'));
    const [late] = diagnosticsOf('articleLens.check.date-after-dateline');
    assert.equal(document.getText(late.range), 'September 30, 2025');
    assert.equal(document.getText(late.relatedInformation![0].location.range), 'July 1, 2025');
    assert.equal(diagnosticsOf('articleLens.check.vague-attribution')[0].severity, vscode.DiagnosticSeverity.Information);
    assert.equal(text.length, ARTICLE.length, 'the checks never edit the document');
    const status = (await getApi()).statusText();
    assert.match(status ?? '', /\$\(unverified\) 2/, `status bar: ${status}`);
  });

  it('follows the settings: another severity, or off', async () => {
    await setSetting('checks.weekdayDate', 'hint');
    await setSetting('checks.vagueAttribution', 'off');
    await waitFor('the new severities', () =>
      diagnosticsOf('articleLens.check.weekday-date')[0]?.severity === vscode.DiagnosticSeverity.Hint &&
      diagnosticsOf('articleLens.check.vague-attribution').length === 0);
  });

  it('trims diagnostics an edit could make stale and recomputes with the analysis', async () => {
    const editor = await vscode.window.showTextDocument(uri);
    const document = editor.document;
    const fixAt = document.getText().indexOf('winter.') + 'winter.'.length;
    await editor.edit((edit) => edit.insert(document.positionAt(fixAt), '"'));
    // The quotation is closed now: after the new analysis the unbalanced-quote diagnostic is gone, the rest stay.
    await waitFor('the diagnostics of the edited text', () => {
      const now = codes(vscode.languages.getDiagnostics(uri));
      return !now.includes('articleLens.check.unbalanced-quote') && now.includes('articleLens.check.spelling-variant') ? now : undefined;
    }, 30_000);
    for (const d of vscode.languages.getDiagnostics(uri)) {
      assert.ok(document.offsetAt(d.range.end) <= document.getText().length);
    }
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('clears the diagnostics when the document stops being an article', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    await waitFor('diagnostics before the language change', () => vscode.languages.getDiagnostics(uri).length > 0, 30_000);
    const asLog = await vscode.languages.setTextDocumentLanguage(document, 'log');
    await waitFor('the diagnostics to be cleared', () => vscode.languages.getDiagnostics(uri).length === 0, 30_000);
    await vscode.languages.setTextDocumentLanguage(asLog, 'plaintext');
  });

  it('clears the diagnostics when the document closes', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: ARTICLE });
    await vscode.window.showTextDocument(document);
    await waitFor('diagnostics of the untitled article', () => vscode.languages.getDiagnostics(document.uri).length > 0, 30_000);
    const closed = new Promise<void>((resolve) => {
      const listener = vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.toString() === document.uri.toString()) {
          listener.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closed;
    await waitFor('the diagnostics to be cleared', () => vscode.languages.getDiagnostics(document.uri).length === 0, 10_000);
  });

  it('checks every article of the workspace with the command', async () => {
    const summary = await vscode.commands.executeCommand<{ files: number; checked: number; findings: number }>('articleLens.checkWorkspace');
    assert.ok(summary && summary.files > 0 && summary.checked > 0, JSON.stringify(summary));
  });
});
