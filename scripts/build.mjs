// Bundles the extension, its analysis worker and the CLI with esbuild. Entry points that do not exist yet are skipped.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { worldCountriesSlim } from './worldCountriesSlim.mjs';

const production = process.argv.includes('--production');
const entries = [
  { in: 'src/extension/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  // Always minified (names kept for readable stack traces in the log): the worker parses its whole bundle before
  // the first article's analysis can start.
  { in: 'src/extension/analysisWorker.ts', out: 'dist/analysisWorker.js', external: [], minify: true },
  { in: 'src/cli/cli.ts', out: 'dist/cli.js', external: [], banner: '#!/usr/bin/env node' },
];
for (const entry of entries) {
  if (!existsSync(entry.in)) continue;
  await build({
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: entry.external,
    sourcemap: !production,
    minify: production || entry.minify === true,
    keepNames: entry.minify === true,
    banner: entry.banner ? { js: entry.banner } : undefined,
    // The core's country data without the fields it never reads (1.2 MB of the worker bundle).
    plugins: [worldCountriesSlim()],
    logLevel: 'warning',
  });
}
