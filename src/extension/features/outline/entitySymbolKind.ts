/**
 * The symbol kind each entity type is shown with in the Outline view, breadcrumbs and Ctrl+T (the article's symbols
 * and the story index's workspace symbols alike). There are no person or place symbol kinds; these are chosen for
 * distinct icons.
 */
import * as vscode from 'vscode';
import type { EntityType } from '../../../core/types';

export const ENTITY_SYMBOL_KIND: Readonly<Record<EntityType, vscode.SymbolKind>> = {
  PERSON: vscode.SymbolKind.Class,
  ORGANIZATION: vscode.SymbolKind.Module,
  LOCATION: vscode.SymbolKind.Struct,
  MISC: vscode.SymbolKind.EnumMember,
};
