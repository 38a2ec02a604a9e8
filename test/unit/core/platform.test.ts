/**
 * The analysis core runs in Node and in a browser Web Worker (VS Code for the Web), so it imports only its own
 * files: no Node built-in, no package, no `vscode`. `npm run compile` also type-checks it without @types/node
 * (src/core/tsconfig.json); this test reads the import graph itself, so a `require` or an import the type
 * checker would accept (a package with its own types) fails too.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinModules } from 'module';
import * as ts from 'typescript';
import { REPO_ROOT } from '../../../scripts/eval/paths';

const CORE = path.join(REPO_ROOT, 'src', 'core');
/**
 * The packages the core may import: the runtime dependencies, which are data (name lists, the country table) and
 * are bundled into every build. A Node built-in is never one (and `vscode` is no dependency).
 */
const DATA_PACKAGES = new Set(
  Object.keys((JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies?: object }).dependencies ?? {}),
);

function packageName(spec: string): string {
  return spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every module specifier in a file (import/export … from, bare import, require(), dynamic import()), as tsc reads them. */
export function moduleSpecifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

describe('the analysis core is platform-neutral', () => {
  it('finds the specifiers of every import form', () => {
    const source = `import * as fs from 'fs';\nimport 'side';\nexport { x } from "./x";\nconst z = require('zlib');\nvoid import('./lazy');\n// import 'commented';\nconst s = ['from', 'import'];`;
    assert.deepStrictEqual(moduleSpecifiers(source), ['fs', 'side', './x', 'zlib', './lazy']);
  });

  it('imports only files inside src/core and the runtime (data) dependencies', () => {
    for (const name of DATA_PACKAGES) assert.ok(!builtinModules.includes(name) && name !== 'vscode', name);
    const files = sourceFiles(CORE);
    assert.ok(files.length > 50, `only ${files.length} core files found under ${CORE}`);
    const outside: string[] = [];
    for (const file of files) {
      for (const spec of moduleSpecifiers(fs.readFileSync(file, 'utf8'))) {
        const allowed = spec.startsWith('.')
          ? (path.resolve(path.dirname(file), spec) + path.sep).startsWith(CORE + path.sep)
          : DATA_PACKAGES.has(packageName(spec));
        if (!allowed) outside.push(`${path.relative(REPO_ROOT, file)}: '${spec}'`);
      }
    }
    assert.deepStrictEqual(outside, [], 'the core must not import Node built-ins, packages, vscode or files outside src/core');
  });

  // (`global` is left to the core tsconfig: it is also a fine local name, e.g. a global-flag RegExp.)
  it('names no Node global', () => {
    const uses: string[] = [];
    for (const file of sourceFiles(CORE)) {
      const code = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""');
      for (const m of code.matchAll(/(?<![.\w$])(Buffer|process|__dirname|__filename|setImmediate)\b(?!\s*:)/g)) {
        uses.push(`${path.relative(REPO_ROOT, file)}: ${m[1]}`);
      }
    }
    assert.deepStrictEqual(uses, []);
  });
});
