// Packages the extension as a VSIX with vsce (offline; runtime code is bundled into dist/ by esbuild, hence
// --no-dependencies), so `npm start` and the UI tests run exactly what users install.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, REPO_ROOT } from './paths.mjs';

/** @returns {{ file: string, bytes: number }} the VSIX; throws with vsce's output when packaging fails. */
export function packageVsix({ out = join(CACHE_DIR, 'article-lens.vsix') } = {}) {
  if (!existsSync(join(REPO_ROOT, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run `npm run build` first');
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  rmSync(out, { force: true });
  const vsce = join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const result = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', out],
    { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
  if (result.status !== 0 || !existsSync(out)) {
    throw new Error(`vsce package --no-dependencies failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
  return { file: out, bytes: statSync(out).size };
}
