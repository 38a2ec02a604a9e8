/**
 * Show or hide highlight categories from a multi-select quick pick. The choice is written to the per-category
 * settings (where the user set them: workspace if overridden there, else user settings), so it persists and the
 * Settings UI agrees.
 */
import * as vscode from 'vscode';
import { CONFIG_SECTION, SETTING, type ArticleLensConfig } from '../../settings/settings';
import { CATEGORY_LABELS, HIGHLIGHT_CATEGORIES, type HighlightCategory } from '../../../presentation/categories';

export async function toggleCategories(config: ArticleLensConfig): Promise<void> {
  type Item = vscode.QuickPickItem & { category: HighlightCategory };
  const items: Item[] = HIGHLIGHT_CATEGORIES.map((category) => ({
    category,
    label: CATEGORY_LABELS[category],
    picked: config.highlight[category],
  }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: 'Article Lens: Highlight Categories',
    placeHolder: 'Checked categories are highlighted',
  });
  if (!picked) return;
  const enabled = new Set(picked.map((p) => p.category));
  for (const category of HIGHLIGHT_CATEGORIES) {
    await setCategoryEnabled(category, enabled.has(category), config);
  }
}

export async function setCategoryEnabled(category: HighlightCategory, enabled: boolean, config: ArticleLensConfig): Promise<void> {
  if (config.highlight[category] === enabled) return;
  const settings = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const key = SETTING.highlight(category);
  const inspected = settings.inspect<boolean>(key);
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await settings.update(key, enabled, target);
}
