/**
 * The story snippets' source of article texts in the extension: an open document's text as the editor has it (the
 * index follows open editors), else the file through workspace.fs (so it works in remote and virtual workspaces and
 * on the web), decoded as the index decodes it. A file's content hash is kept while its modification time and size
 * stay the same, so a file whose sentences are cached is not read again.
 */
import * as vscode from 'vscode';
import { contentHash } from '../../../core/story/contentHash';
import { tryDecodeArticle } from '../../../core/text/decodeArticle';
import type { ArticleSource, ArticleText } from './storySnippets';

export function workspaceArticleSource(): ArticleSource {
  const fileHashes = new Map<string, { mtime: number; size: number; hash: string }>();
  return async (uriString: string): Promise<ArticleText | undefined> => {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriString);
    if (open) {
      const text = open.getText();
      return { hash: contentHash(text), text: async () => text };
    }
    try {
      const uri = vscode.Uri.parse(uriString, true);
      const stat = await vscode.workspace.fs.stat(uri);
      const readText = async () => {
        try {
          const decoded = tryDecodeArticle(await vscode.workspace.fs.readFile(uri));
          return decoded.ok ? decoded.text : undefined;
        } catch {
          return undefined;
        }
      };
      const known = fileHashes.get(uriString);
      if (known && known.mtime === stat.mtime && known.size === stat.size) return { hash: known.hash, text: readText };
      const text = await readText();
      if (text === undefined) return undefined;
      const hash = contentHash(text);
      fileHashes.set(uriString, { mtime: stat.mtime, size: stat.size, hash });
      return { hash, text: async () => text };
    } catch {
      return undefined;
    }
  };
}
