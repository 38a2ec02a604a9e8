/** Next / previous mention of the entity under the cursor, wrapping around the document. */
import * as vscode from 'vscode';
import type { ArticleAnalysisManager } from '../../analysis/articleAnalysisManager';
import { adjacentMention } from './adjacentMention';

export async function goToAdjacentMention(manager: ArticleAnalysisManager, direction: 1 | -1): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return false;
  const document = editor.document;
  const analysis = await manager.analysisFor(document);
  if (!analysis || analysis.version !== document.version) return false;
  const offset = document.offsetAt(editor.selection.active);
  const hit = analysis.index.mentionAt(offset);
  if (!hit) {
    vscode.window.setStatusBarMessage('Article Lens: the cursor is not on a name', 3000);
    return false;
  }
  const next = adjacentMention(analysis.index.mentionsOf(hit.entity), hit.mention, direction);
  if (!next) return false;
  const range = new vscode.Range(document.positionAt(next.start), document.positionAt(next.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return true;
}
