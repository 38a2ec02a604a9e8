// Bundles the extension, its analysis worker, the CLI and the Article Map's webview script with esbuild. Entry points that do not exist yet are skipped.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const entries = [
  { in: 'src/extension/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  { in: 'src/extension/analysisWorker.ts', out: 'dist/analysisWorker.js', external: [] },
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

// The Article Map panel's script runs in the webview (a browser page under a strict CSP): one self-contained,
// minified file with its d3 modules bundled in, loaded by nonce. Its stylesheet is media/map.css.
const webviewEntries = [{ in: 'src/webview/map/main.ts', out: 'dist/webview/map.js' }];
for (const entry of webviewEntries) {
  if (!existsSync(entry.in)) continue;
  await build({
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    format: 'iife',
    minify: true,
    sourcemap: !production,
    // The d3 modules are ISC-licensed: their notice travels with the copy.
    banner: { js: '/*! Bundles d3-selection, d3-scale, d3-axis, d3-zoom and their d3-* dependencies: Copyright 2010-2023 Mike Bostock, ISC License (https://opensource.org/license/isc-license-txt). */' },
    legalComments: 'eof',
    logLevel: 'warning',
  });
}
