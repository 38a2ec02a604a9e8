/** The hovers feature: the hover cards on names, dates and quotations of article documents. */
import * as vscode from 'vscode';
import type { FeatureContext } from '../featureContext';
import { ArticleHoverProvider } from './hoverProvider';

export function registerHovers(context: FeatureContext): void {
  context.articleProviders((selector) => [
    vscode.languages.registerHoverProvider(selector, new ArticleHoverProvider(context.manager, context.settings)),
  ]);
}
