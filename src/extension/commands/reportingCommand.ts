/**
 * Registers a command whose failure is logged and shown to the user in one message, instead of surfacing as an
 * unhandled rejection. Every feature registers its commands through this, so they all fail the same way.
 */
import * as vscode from 'vscode';
import { describeError, type Log } from '../log';

/** How a feature registers a command (with its error reporting). */
export type RegisterCommand = (id: string, run: (...args: any[]) => unknown) => vscode.Disposable;

export function registerReportingCommand(log: Log, id: string, run: (...args: any[]) => unknown): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      return await run(...args);
    } catch (error) {
      log.error(`command ${id} failed: ${describeError(error)}`);
      void vscode.window.showErrorMessage(`Article Lens: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  });
}
