/**
 * Language-feature providers (hovers, symbols, references…) registered for the article selector, and registered
 * again whenever the settings that make the selector (`languages`, `filePatterns`) change: VS Code binds a
 * provider to the selector it was registered with, so a new selector needs new registrations. Every feature that
 * contributes providers for articles goes through here, so they all follow the same settings the same way.
 */
import * as vscode from 'vscode';
import { articleSelector } from './articleDocuments';
import type { SettingsStore } from './settings/settingsStore';

/** Registers `register(selector)`'s providers now and after each selector change; dispose to unregister them. */
export function registerArticleProviders(
  settings: SettingsStore,
  register: (selector: vscode.DocumentFilter[]) => vscode.Disposable[],
): vscode.Disposable {
  let registrations = vscode.Disposable.from(...register(articleSelector(settings.value)));
  const listener = settings.onDidChange((change) => {
    if (!change.changed('languages', 'filePatterns')) return;
    registrations.dispose();
    registrations = vscode.Disposable.from(...register(articleSelector(change.current)));
  });
  return { dispose: () => { listener.dispose(); registrations.dispose(); } };
}
