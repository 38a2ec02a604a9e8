/**
 * Which files of the workspace are articles for the story index: files of the configured languages (by the file
 * extensions VS Code's language contributions give them, e.g. plaintext → .txt) and files matching
 * `articleLens.filePatterns`, minus `files.exclude` and `search.exclude`, at most `articleLens.index.maxFiles`.
 */
import * as vscode from 'vscode';
import type { ArticleLensConfig } from '../../settings/settings';
import { enabledPatterns, GlobSet } from './glob';

/** For the built-in languages when no extension contribution says (e.g. in a trimmed-down host). */
const KNOWN_EXTENSIONS: Record<string, string[]> = {
  plaintext: ['.txt', '.text'],
  markdown: ['.md', '.markdown', '.mdown', '.mkd'],
};

export function extensionsOfLanguages(languages: readonly string[]): string[] {
  const wanted = new Set(languages);
  const found = new Set<string>();
  for (const extension of vscode.extensions.all) {
    const contributed = (extension.packageJSON as { contributes?: { languages?: Array<{ id?: string; extensions?: unknown }> } })?.contributes?.languages;
    if (!Array.isArray(contributed)) continue;
    for (const language of contributed) {
      if (!language.id || !wanted.has(language.id) || !Array.isArray(language.extensions)) continue;
      for (const ext of language.extensions) if (typeof ext === 'string' && /^\.[\w.-]+$/.test(ext)) found.add(ext.toLowerCase());
    }
  }
  for (const language of languages) for (const ext of KNOWN_EXTENSIONS[language] ?? []) found.add(ext);
  return [...found].sort();
}

export interface ArticleScope {
  /** Globs of files to index (relative to each workspace folder). */
  includes: string[];
  /** The includes as a matcher, for watcher events. */
  includeSet: GlobSet;
  excludes: GlobSet;
  /** The excludes as one glob for findFiles (patterns with braces are left to the GlobSet). */
  excludeGlob: string | undefined;
}

export function articleScope(config: ArticleLensConfig): ArticleScope {
  const extensions = extensionsOfLanguages(config.languages).map((e) => e.slice(1));
  const includes = [
    ...(extensions.length > 0 ? [extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`] : []),
    ...config.filePatterns,
  ];
  const patterns = [
    ...enabledPatterns(vscode.workspace.getConfiguration('files').get('exclude')),
    ...enabledPatterns(vscode.workspace.getConfiguration('search').get('exclude')),
  ];
  const simple = [...new Set(patterns.filter((p) => !/[{}]/.test(p)))];
  return {
    includes,
    includeSet: new GlobSet(includes),
    excludes: new GlobSet(patterns),
    excludeGlob: simple.length === 0 ? undefined : simple.length === 1 ? simple[0] : `{${simple.join(',')}}`,
  };
}

/** Whether a file (e.g. from a watcher event) is in scope: under a workspace folder, included, not excluded. */
export function inScope(uri: vscode.Uri, scope: ArticleScope): boolean {
  if (!vscode.workspace.getWorkspaceFolder(uri)) return false;
  const relative = vscode.workspace.asRelativePath(uri, false);
  return scope.includeSet.matches(relative) && !scope.excludes.matches(relative);
}

export interface FoundArticles {
  uris: vscode.Uri[];
  /** More matched than `maxFiles`. */
  truncated: boolean;
}

export async function findArticles(scope: ArticleScope, maxFiles: number, token?: vscode.CancellationToken): Promise<FoundArticles> {
  const seen = new Map<string, vscode.Uri>();
  for (const include of scope.includes) {
    const found = await vscode.workspace.findFiles(include, scope.excludeGlob, maxFiles + 1, token);
    for (const uri of found) {
      if (scope.excludes.matches(vscode.workspace.asRelativePath(uri, false))) continue;
      seen.set(uri.toString(), uri);
    }
    if (token?.isCancellationRequested) break;
  }
  const uris = [...seen.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
  return { uris: uris.slice(0, maxFiles), truncated: uris.length > maxFiles };
}
