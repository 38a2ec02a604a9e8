// Bundles the extension, its analysis worker and the CLI with esbuild. Entry points that do not exist yet are skipped.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const entries = [
  { in: 'src/extension/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  { in: 'src/extension/analysisWorker.ts', out: 'dist/analysisWorker.js', external: [] },
  { in: 'src/extension/features/story/storyWorker.ts', out: 'dist/storyWorker.js', external: [] },
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
    minify: production,
    banner: entry.banner ? { js: entry.banner } : undefined,
    logLevel: 'warning',
  });
}
