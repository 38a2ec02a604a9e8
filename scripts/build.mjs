// Bundles the extension, its analysis worker, the CLI and the Article Map's webview script with esbuild. Entry points
// that do not exist yet are skipped.
// The browser entries (VS Code for the Web: package.json `browser`) are bundled for platform browser and write
// their metafile beside them (dist/web/*.meta.json), which a unit test reads for Node built-ins and remote fetches.
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { worldCountriesSlim } from './worldCountriesSlim.mjs';

const production = process.argv.includes('--production');
const entries = [
  { in: 'src/extension/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
  // Always minified (names kept for readable stack traces in the log): the worker parses its whole bundle before
  // the first article's analysis can start.
  { in: 'src/extension/analysis/analysisWorker.ts', out: 'dist/analysisWorker.js', external: [], minify: true },
  { in: 'src/extension/features/story/storyWorker.ts', out: 'dist/storyWorker.js', external: [], minify: true },
  { in: 'src/cli/cli.ts', out: 'dist/cli.js', external: [], banner: '#!/usr/bin/env node' },
  { in: 'src/web/extension.ts', out: 'dist/web/extension.js', external: ['vscode'], platform: 'browser', format: 'cjs' },
  { in: 'src/web/analysisWorker.ts', out: 'dist/web/analysisWorker.js', external: [], platform: 'browser', format: 'iife' },
  { in: 'src/web/storyWorker.ts', out: 'dist/web/storyWorker.js', external: [], platform: 'browser', format: 'iife' },
  // The in-host tests of the web worker host (a browser bundle too; tsc cannot produce one).
  { in: 'test/web/suite.ts', out: 'out/test/web/suite.js', external: ['vscode'], platform: 'browser', format: 'cjs', noMetafile: true },
];
for (const entry of entries) {
  if (!existsSync(entry.in)) continue;
  const browser = entry.platform === 'browser';
  const result = await build({
    entryPoints: [entry.in],
    outfile: entry.out,
    bundle: true,
    platform: entry.platform ?? 'node',
    target: browser ? 'es2022' : 'node20',
    format: entry.format ?? 'cjs',
    metafile: browser && !entry.noMetafile,
    external: entry.external,
    sourcemap: !production,
    minify: production || entry.minify === true,
    keepNames: entry.minify === true,
    banner: entry.banner ? { js: entry.banner } : undefined,
    // The core's country data without the fields it never reads (1.2 MB of the worker bundle).
    plugins: [worldCountriesSlim()],
    logLevel: 'warning',
  });
  if (browser && !entry.noMetafile) writeFileSync(entry.out.replace(/\.js$/, '.meta.json'), JSON.stringify(result.metafile));
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

// The name-tagger model ready to use (src/core/ner/readyModel.ts): models/ner.model.gz decoded once here into
// typed arrays with their hash tables filled, so each start reads one file instead of gunzipping, parsing and
// re-indexing about a second's worth. The converter is the extension's own code, bundled for this run only.
const modelGz = 'models/ner.model.gz';
if (existsSync(modelGz)) {
  const converter = await build({
    entryPoints: ['src/node/nerModelFile.ts'], bundle: true, write: false, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning',
  });
  const { readyModelFromGzip } = await import(`data:text/javascript;base64,${Buffer.from(converter.outputFiles[0].contents).toString('base64')}`);
  writeFileSync('dist/ner.model.bin', readyModelFromGzip(readFileSync(modelGz)));
}
