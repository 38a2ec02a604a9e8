/** Export the active article's annotations as FORMAT.md JSON or as a Markdown report, to a file the user picks. */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager } from '../../analysis/articleAnalysisManager';
import { annotationToJson, annotationToMarkdown } from '../../../presentation/exportReport';
import { EXPORT_SUFFIX, exportPath, type ExportFormat } from './exportTarget';

export type { ExportFormat };

export async function exportAnnotations(
  manager: ArticleAnalysisManager,
  format: ExportFormat,
  /** Tests (and other extensions) may pass the target and skip the save dialog. */
  target?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !manager.isArticle(document)) {
    void vscode.window.showInformationMessage('Article Lens: open an article (a plain-text or Markdown file) to export its annotations.');
    return undefined;
  }
  const analysis = await manager.analysisFor(document);
  if (!analysis) {
    const status = manager.status(document);
    void vscode.window.showWarningMessage(
      status.kind === 'tooLarge'
        ? 'Article Lens: this file is too large to analyse (see the articleLens.maxFileSizeKB setting).'
        : 'Article Lens: the analysis is not available; see the Article Lens output channel.',
    );
    return undefined;
  }
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(document, format),
      filters: format === 'json' ? { 'Annotation JSON': ['json'] } : { Markdown: ['md'] },
      saveLabel: 'Export',
      title: format === 'json' ? 'Export Annotations as JSON' : 'Export Article Report as Markdown',
    }));
  if (!uri) return undefined;
  const name = document.isUntitled ? document.uri.path : vscode.workspace.asRelativePath(document.uri, false);
  const content =
    format === 'json'
      ? annotationToJson(analysis.result.annotation, name)
      : annotationToMarkdown(analysis.result.annotation, analysis.text, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return uri;
}

function defaultTarget(document: vscode.TextDocument, format: ExportFormat): vscode.Uri | undefined {
  if (!document.isUntitled) return document.uri.with({ path: exportPath(document.uri.path, format) });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, `article.${EXPORT_SUFFIX[format]}`) : undefined;
}
