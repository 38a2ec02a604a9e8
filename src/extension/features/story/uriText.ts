/** URI strings as labels, without a `vscode` import (the index worker has none). Pure. */

/** The last path segment of a URI string, decoded: the article's file name. */
export function fileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const segment = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
