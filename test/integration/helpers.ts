/** Shared helpers of the integration tests: the extension's API, the seed article, its gold answer, polling. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ArticleLensApi } from '../../src/extension/articleLens';
import type { Annotation, Entity } from '../../src/core/types';

export const EXTENSION_ID = 'article-lens.article-lens';
export const SEED_NAME = 'tass-macron-putin-call';

export async function getApi(): Promise<ArticleLensApi> {
  const extension = vscode.extensions.getExtension<ArticleLensApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this extension host`);
  return extension.isActive ? extension.exports : extension.activate();
}

export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the repository root open as the workspace folder');
  return folder.uri.fsPath;
}

export function seedUri(): vscode.Uri {
  const root = workspaceRoot();
  const inRepo = path.join(root, 'seeds', `${SEED_NAME}.txt`);
  return vscode.Uri.file(fs.existsSync(inRepo) ? inRepo : path.join(root, '..', 'shared', 'seeds', `${SEED_NAME}.txt`));
}

/** The hand-made answer for the seed, if ../shared/gold is there. */
export function seedGold(): Annotation | undefined {
  const file = path.join(workspaceRoot(), '..', 'shared', 'gold', `${SEED_NAME}.json`);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Annotation) : undefined;
}

/**
 * Macron's mentions in the seed: from the gold file when present, else every "Macron" in the text plus the
 * full name's span (a weaker expectation, without the nominal mentions).
 */
export function expectedMacronMentions(text: string): Array<{ start: number; end: number }> {
  const gold = seedGold();
  const macron = gold?.entities.find((e) => e.name === 'Emmanuel Macron');
  if (macron) return macron.mentions.map((m) => ({ start: m.start, end: m.end })).sort((a, b) => a.start - b.start);
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(/(?:Emmanuel )?Macron\b/g)) spans.push({ start: match.index!, end: match.index! + match[0].length });
  return spans;
}

export async function openSeed(): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(seedUri());
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  return { document, editor };
}

export async function analysed(document: vscode.TextDocument): Promise<Annotation> {
  const api = await getApi();
  const result = await api.analysisFor(document);
  assert.ok(result, `no analysis for ${document.uri.toString()} (status ${api.documentStatus(document)})`);
  return result.annotation;
}

export function entityNamed(annotation: Annotation, name: string): Entity {
  const entity = annotation.entities.find((e) => e.name === name);
  assert.ok(entity, `no entity "${name}" in [${annotation.entities.map((e) => e.name).join(', ')}]`);
  return entity;
}

export { waitFor } from './waitFor';

export function offsets(document: vscode.TextDocument, range: vscode.Range): { start: number; end: number } {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('articleLens').update(key, value, vscode.ConfigurationTarget.Global);
}
