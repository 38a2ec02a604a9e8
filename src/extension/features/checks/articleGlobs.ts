/**
 * The glob patterns of article files under the current settings (for workspace.findFiles). Pure: the file
 * extensions of the article languages come in from the one place that knows them (the languages' contributions,
 * `extensionsOfLanguages` in features/story/articleFiles.ts), so "Check All Articles" and the story index agree.
 */
import type { ArticleLensConfig } from '../../settings/settings';

/** `extensions`: with or without the dot (".txt" or "txt"). */
export function articleGlobs(config: Pick<ArticleLensConfig, 'filePatterns'>, extensions: readonly string[]): string[] {
  const bare = [...new Set(extensions.map((e) => e.replace(/^\./, '')))];
  const globs = bare.length > 0 ? [`**/*.{${bare.join(',')}}`] : [];
  return [...globs, ...config.filePatterns];
}
