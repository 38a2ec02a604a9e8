/** Where the repository and the read-only shared data live, wherever the compiled file sits. */
import * as fs from 'fs';
import * as path from 'path';

function findRepoRoot(from: string): string {
  let dir = from;
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    // tsconfig.json too: tsc copies an imported package.json into out/, which must not pass for the root.
    if (fs.existsSync(pkg) && fs.existsSync(path.join(dir, 'tsconfig.json'))) {
      try {
        if (JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'article-lens') return dir;
      } catch {
        /* not ours; keep walking */
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`article-lens package.json not found above ${from}`);
    dir = parent;
  }
}

export const REPO_ROOT = findRepoRoot(__dirname);
/** ../shared beside the repository, or ARTICLE_LENS_SHARED. */
export const SHARED_DIR = process.env.ARTICLE_LENS_SHARED ?? path.resolve(REPO_ROOT, '..', 'shared');
export const EVAL_DIR = path.join(SHARED_DIR, 'eval');

/** The corpus folder, or null (with the reason) when ../shared/eval is absent. */
export function corpusDir(name: string): string | null {
  const dir = path.join(EVAL_DIR, name);
  return fs.existsSync(dir) ? dir : null;
}
