/**
 * The navigation feature: Go to Definition, Find All References and document highlights over one entity's
 * mentions, and the Next / Previous Mention commands.
 */
import * as vscode from 'vscode';
import type { FeatureContext } from '../featureContext';
import { COMMANDS } from '../../registry/ids';
import { goToAdjacentMention } from './mentionNavigation';
import { EntityDefinitionProvider, EntityHighlightProvider, EntityReferenceProvider } from './navigationProviders';

export function registerNavigation(context: FeatureContext): void {
  const { manager } = context;
  context.articleProviders((selector) => [
    vscode.languages.registerDefinitionProvider(selector, new EntityDefinitionProvider(manager)),
    vscode.languages.registerReferenceProvider(selector, new EntityReferenceProvider(manager)),
    vscode.languages.registerDocumentHighlightProvider(selector, new EntityHighlightProvider(manager)),
  ]);
  context.command(COMMANDS.nextMention, () => goToAdjacentMention(manager, 1));
  context.command(COMMANDS.previousMention, () => goToAdjacentMention(manager, -1));
}
