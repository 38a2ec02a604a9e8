/**
 * The presentation layer (src/presentation/) is shared by the extension, its analysis worker (Node thread or Web
 * Worker) and the CLI, so it may import only itself and the core: no `vscode`, no Node built-in, no package.
 * `npm run compile` type-checks it without @types/node (src/presentation/tsconfig.json); an import of `vscode`
 * would still type-check there (@types/vscode resolves by name), so this test reads the import graph itself.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { REPO_ROOT } from '../../../scripts/eval/paths';

const PRESENTATION = path.join(REPO_ROOT, 'src', 'presentation');
const CORE = path.join(REPO_ROOT, 'src', 'core');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The module specifiers of `source` (a file at `file`) that leave src/presentation and src/core. */
function importsOutside(file: string, source = fs.readFileSync(file, 'utf8')): string[] {
  const specifiers = ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
  return specifiers.filter((spec) => {
    if (!spec.startsWith('.')) return true; // vscode, a Node built-in or a package
    const target = path.resolve(path.dirname(file), spec) + path.sep;
    return !target.startsWith(PRESENTATION + path.sep) && !target.startsWith(CORE + path.sep);
  });
}

describe('the presentation layer imports only itself and the core', () => {
  it('has no vscode, Node or package import, and reaches no extension or CLI file', () => {
    const files = sourceFiles(PRESENTATION);
    assert.ok(files.length >= 8, `only ${files.length} presentation files found under ${PRESENTATION}`);
    const outside = files.flatMap((file) => importsOutside(file).map((spec) => `${path.relative(REPO_ROOT, file)}: '${spec}'`));
    assert.deepEqual(outside, []);
  });

  it('would catch a vscode import and an upward import', () => {
    const source = "import * as vscode from 'vscode';\nimport { x } from '../extension/articleLens';\nimport { y } from './timeline';\nimport { z } from '../core/types';\nconst fs = require('fs');\n";
    assert.deepEqual(importsOutside(path.join(PRESENTATION, 'probe.ts'), source), ['vscode', '../extension/articleLens', 'fs']);
  });
});
