/** The glob patterns of article files under the current settings (for workspace.findFiles). Pure. */
import type { ArticleLensConfig } from '../../settings/settings';

/** File extensions of the article languages VS Code knows by default. */
const EXTENSIONS_OF_LANGUAGE: Record<string, string[]> = { plaintext: ['txt', 'text'], markdown: ['md', 'markdown'] };

export function articleGlobs(config: ArticleLensConfig): string[] {
  const extensions = config.languages.flatMap((language) => EXTENSIONS_OF_LANGUAGE[language] ?? []);
  const globs = extensions.length > 0 ? [`**/*.{${[...new Set(extensions)].join(',')}}`] : [];
  return [...globs, ...config.filePatterns];
}
