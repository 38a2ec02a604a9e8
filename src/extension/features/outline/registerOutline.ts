/**
 * The outline feature: the Article Lens tree view, the document symbols (Outline view, breadcrumbs) reshaped from
 * the same model, and the commands that sort the tree and reveal the cursor's row in it.
 */
import * as vscode from 'vscode';
import type { FeatureContext } from '../featureContext';
import { COMMANDS } from '../../registry/ids';
import type { OutlineSort } from './outlineModel';
import { OutlineView } from './outlineView';
import { ArticleSymbolProvider } from './symbolProvider';

export function registerOutline(context: FeatureContext): OutlineView {
  const { manager } = context;
  const outline = context.own(new OutlineView(manager, context.workspaceState));
  context.articleProviders((selector) => [
    vscode.languages.registerDocumentSymbolProvider(selector, new ArticleSymbolProvider(manager), { label: 'Article Lens' }),
  ]);
  context.command(COMMANDS.revealInOutline, async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    await manager.analysisFor(editor.document);
    return (await outline.revealAt(editor))?.id;
  });
  const sortCommand = (sort: OutlineSort) => () => outline.setSort(sort);
  context.command(COMMANDS.outlineSortByAppearance, sortCommand('appearance'));
  context.command(COMMANDS.outlineSortByMentions, sortCommand('mentions'));
  context.command(COMMANDS.outlineSortByName, sortCommand('name'));
  return outline;
}
