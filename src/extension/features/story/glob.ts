/**
 * Glob patterns as VS Code writes them in `files.exclude`, `search.exclude` and `articleLens.filePatterns`
 * (`**`, `*`, `?`, `{a,b}`, `[abc]`), matched against workspace-relative paths with forward slashes. Used where no
 * VS Code API matches a path against a glob: file-watcher events and the results of `findFiles`. Pure.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let depth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches any number of folders, "**" at the end anything.
        if (glob[i + 2] === '/') {
          out += '(?:.*/)?';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '{') {
      depth++;
      out += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      out += ')';
    } else if (c === ',' && depth > 0) {
      out += '|';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
      } else {
        let body = glob.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else {
      out += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
    }
  }
  while (depth-- > 0) out += ')';
  return new RegExp(`^${out}$`);
}

/** Matches a path, or any folder on its way, against any of the patterns (as an excluded folder excludes its files). */
export class GlobSet {
  private readonly patterns: RegExp[];

  constructor(globs: readonly string[]) {
    this.patterns = globs.filter((g) => g.trim() !== '').map((g) => globToRegExp(g.trim().replace(/^\.\//, '')));
  }

  get isEmpty(): boolean {
    return this.patterns.length === 0;
  }

  matches(relativePath: string): boolean {
    if (this.patterns.length === 0) return false;
    const parts = relativePath.split('/');
    for (let n = parts.length; n >= 1; n--) {
      const prefix = parts.slice(0, n).join('/');
      if (this.patterns.some((p) => p.test(prefix))) return true;
    }
    return false;
  }
}

/** The keys set to `true` in a `files.exclude`-style object (conditional `{ when: … }` entries are left to VS Code). */
export function enabledPatterns(setting: unknown): string[] {
  if (!setting || typeof setting !== 'object') return [];
  return Object.entries(setting as Record<string, unknown>).filter(([, on]) => on === true).map(([glob]) => glob);
}
