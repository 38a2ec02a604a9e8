/**
 * "Article Lens: Check All Articles in Workspace": the editor's checks over every article file of the workspace
 * (the files `articleLens.languages` and `articleLens.filePatterns` make articles), with a cancellable progress
 * notification. Open documents use their current analysis; other files are read (never opened, never modified),
 * analysed in the worker and get diagnostics in the Problems panel.
 */
import * as vscode from 'vscode';
import type { AnalysisService } from '../../analysis/analysisService';
import type { ArticleAnalysisManager } from '../../analysis/articleAnalysisManager';
import type { ArticleLensConfig } from '../../settings/settings';
import { articleGlobs } from './articleGlobs';
import { extensionsOfLanguages } from '../story/articleFiles';
import { maxDocumentLength } from '../../settings/settings';
import type { SettingsStore } from '../../settings/settingsStore';
import type { ChecksManager } from './checksManager';
import { computeFindings } from './diagnosticPlan';

const MAX_FILES = 10_000;
/** Dependencies and hidden folders (.git, caches, tool installs) hold no articles of the user's. */
const EXCLUDE = '{**/node_modules/**,**/.*/**}';

export interface WorkspaceCheckSummary {
  files: number;
  checked: number;
  findings: number;
  skipped: string[];
  cancelled: boolean;
}

async function findArticles(config: ArticleLensConfig, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const glob of articleGlobs(config, extensionsOfLanguages(config.languages))) {
    for (const uri of await vscode.workspace.findFiles(glob, EXCLUDE, MAX_FILES, token)) found.set(uri.toString(), uri);
  }
  return [...found.values()].sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decode(bytes: Uint8Array): string | undefined {
  if (bytes.includes(0)) return undefined;
  try {
    const text = decoder.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

export async function checkWorkspace(
  manager: ArticleAnalysisManager,
  service: AnalysisService,
  configuration: SettingsStore,
  checks: ChecksManager,
): Promise<WorkspaceCheckSummary> {
  const summary: WorkspaceCheckSummary = { files: 0, checked: 0, findings: 0, skipped: [], cancelled: false };
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Article Lens: open a folder to check all its articles.');
    return summary;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Article Lens: checking articles', cancellable: true },
    async (progress, token) => {
      const config = configuration.value;
      const files = await findArticles(config, token);
      summary.files = files.length;
      for (const [index, uri] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${index + 1} of ${files.length}: ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (open && manager.isArticle(open)) {
          const analysis = await manager.analysisFor(open);
          if (analysis) {
            summary.checked++;
            summary.findings += checks.diagnostics(uri).length;
          } else summary.skipped.push(`${vscode.workspace.asRelativePath(uri)} (not analysed: ${manager.status(open).kind})`);
          continue;
        }
        const text = decode(await vscode.workspace.fs.readFile(uri));
        if (text === undefined) {
          summary.skipped.push(`${vscode.workspace.asRelativePath(uri)} (not UTF-8 text)`);
          continue;
        }
        if (text.length > maxDocumentLength(config)) {
          summary.skipped.push(`${vscode.workspace.asRelativePath(uri)} (larger than articleLens.maxFileSizeKB)`);
          continue;
        }
        const options = config.referenceDate ? { referenceDate: config.referenceDate } : {};
        let result;
        try {
          result = await service.analyze(`checkWorkspace:${uri.toString()}`, text, options);
        } catch (error) {
          summary.skipped.push(`${vscode.workspace.asRelativePath(uri)} (analysis failed: ${error instanceof Error ? error.message : String(error)})`);
          continue;
        }
        if (token.isCancellationRequested) break;
        checks.showForFile(uri, text, computeFindings(text, result.annotation));
        summary.checked++;
        summary.findings += checks.diagnostics(uri).length;
      }
      summary.cancelled = token.isCancellationRequested;
    },
  );
  const skipped = summary.skipped.length > 0 ? `, ${summary.skipped.length} skipped` : '';
  const message = `Article Lens: ${summary.cancelled ? 'stopped after' : 'checked'} ${summary.checked} of ${summary.files} articles: ${summary.findings} problems${skipped}.`;
  void vscode.window.showInformationMessage(message, 'Show Problems').then((choice) => {
    if (choice) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return summary;
}
