/** The export feature: the active article's annotation as FORMAT.md JSON, or a Markdown report, to a file. */
import * as vscode from 'vscode';
import type { FeatureContext } from '../featureContext';
import { COMMANDS } from '../../registry/ids';
import { exportAnnotations } from './exportAnnotations';
import type { ExportFormat } from './exportTarget';

export function registerExport(context: FeatureContext): void {
  // Tests (and other extensions) may pass the target file and skip the save dialog.
  const exportCommand = (format: ExportFormat) => (target?: unknown) =>
    exportAnnotations(context.manager, format, target instanceof vscode.Uri ? target : undefined);
  context.command(COMMANDS.exportJson, exportCommand('json'));
  context.command(COMMANDS.exportMarkdown, exportCommand('markdown'));
}
