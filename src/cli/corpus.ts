/**
 * The files a command line names: files as given, directories walked recursively in a stable order (entries
 * sorted by UTF-16 code units at each level, so the same tree always gives the same sequence), selected by
 * --include and --exclude globs (picomatch). A glob without "/" matches a file's name at any depth ("*.txt"); one
 * with "/" matches its path below the directory ("2024/**\/*.txt"). Hidden entries (".git") are skipped, and a
 * directory reached twice through symbolic links is walked once.
 */
import * as fs from 'fs';
import * as path from 'path';
import picomatch from 'picomatch';
import { DEFAULT_INCLUDE } from './args';

export interface CorpusSelection {
  include: readonly string[];
  exclude: readonly string[];
}

type Matcher = (relativePath: string) => boolean;

function matcher(globs: readonly string[]): Matcher {
  const byName = globs.filter((g) => !g.includes('/'));
  const byPath = globs.filter((g) => g.includes('/'));
  const name = byName.length ? picomatch(byName, { dot: true }) : () => false;
  const full = byPath.length ? picomatch(byPath, { dot: true }) : () => false;
  return (rel) => name(path.posix.basename(rel)) || full(rel);
}

export interface CorpusEntry {
  /** The path to read and to name the file by ("-" for standard input). */
  file: string;
  /** True when the file was named on the command line (not found in a directory). */
  given: boolean;
}

/**
 * Every file to annotate, in order. A named file is taken whatever the globs say (it was asked for); one that does
 * not exist is passed on for the reader to report. `onProblem` hears of directories that cannot be read or hold
 * no matching file.
 */
export async function* corpusFiles(args: readonly string[], selection: CorpusSelection, onProblem: (message: string) => void): AsyncGenerator<CorpusEntry> {
  const include = matcher(selection.include.length ? selection.include : DEFAULT_INCLUDE);
  const exclude = matcher(selection.exclude);
  for (const arg of args) {
    let isDirectory = false;
    if (arg !== '-') {
      try {
        isDirectory = (await fs.promises.stat(arg)).isDirectory();
      } catch {
        /* the reader says what is wrong with it */
      }
    }
    if (!isDirectory) {
      yield { file: arg, given: true };
      continue;
    }
    let found = 0;
    for await (const file of walk(arg, '', include, exclude, new Set(), onProblem)) {
      found++;
      yield { file, given: false };
    }
    if (found === 0) {
      const globs = (selection.include.length ? selection.include : DEFAULT_INCLUDE).join(' ');
      onProblem(`${arg}: no file here matches ${globs}${selection.exclude.length ? ` (after --exclude ${selection.exclude.join(' ')})` : ''}`);
    }
  }
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function* walk(root: string, rel: string, include: Matcher, exclude: Matcher, seen: Set<string>, onProblem: (m: string) => void): AsyncGenerator<string> {
  const dir = rel ? path.join(root, rel) : root;
  let names: string[];
  try {
    const real = await fs.promises.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = (await fs.promises.readdir(dir)).sort(byCodeUnits);
  } catch (error) {
    onProblem(`${dir}: cannot read this directory (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const childRel = rel ? `${rel}/${name}` : name;
    if (exclude(childRel)) continue;
    const full = path.join(root, childRel);
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(full);
    } catch {
      continue; // a dangling symbolic link: nothing to read
    }
    if (stat.isDirectory()) yield* walk(root, childRel, include, exclude, seen, onProblem);
    else if (include(childRel)) yield full;
  }
}
