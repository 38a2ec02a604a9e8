/** Which documents are articles: by language id (plaintext, markdown by default) or by a file glob from settings. */
import * as vscode from 'vscode';
import type { ArticleLensConfig } from './settings/settings';

export function articleSelector(config: ArticleLensConfig): vscode.DocumentFilter[] {
  return [
    ...config.languages.map((language): vscode.DocumentFilter => ({ language })),
    ...config.filePatterns.map((pattern): vscode.DocumentFilter => ({ pattern })),
  ];
}

export function isArticleDocument(document: vscode.TextDocument, config: ArticleLensConfig): boolean {
  // Output panes and other internal documents are never articles, whatever their language.
  if (document.uri.scheme === 'output' || document.uri.scheme === 'vscode-scm') return false;
  return vscode.languages.match(articleSelector(config), document) > 0;
}
