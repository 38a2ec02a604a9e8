// Starts and stops a throw-away VS Code (code-server) on 127.0.0.1, following ../shared/REAL-VSCODE.md:
// a free port, fresh config/XDG/user-data/extensions dirs per run, no auth, no workspace-trust prompt, and the smoke
// test driver enabled (without it VS Code ignores the `payload` that carries extensionDevelopmentPath/extensionTestsPath).
// It runs in its own process group so `stop()` can kill the whole group: killing only the main pid leaves extension
// hosts running for hours.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, openSync, closeSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CODE_SERVER_ENTRY, NODE_BIN, NODE_BIN_DIR, RUNS_DIR } from './paths.mjs';

/** Settings that keep a test workbench quiet: no welcome page, no AI chat panel, no update or telemetry traffic. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolvePort(port));
    });
  });
}

/**
 * A signal's default action ends Node without 'exit' handlers, so the server would outlive us: make otherwise
 * unhandled SIGINT/SIGTERM/SIGHUP exit normally (callers that handle a signal themselves keep their handler).
 */
function exitOnSignals() {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    if (process.listenerCount(signal) === 0) process.once(signal, () => process.exit(code));
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Environment that keeps code-server's config, data and caches inside this run's folder (never in ~). */
function serverEnv(runDir) {
  const xdg = join(runDir, 'xdg');
  return {
    ...process.env,
    PATH: `${NODE_BIN_DIR}:${process.env.PATH}`,
    TMPDIR: join(runDir, 'tmp'),
    XDG_CONFIG_HOME: xdg,
    XDG_DATA_HOME: xdg,
    XDG_CACHE_HOME: xdg,
    // Keep the server from trying (and failing, offline) to reach the extension gallery.
    EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }),
  };
}

/**
 * Starts code-server. Resolves once /healthz answers.
 * @param {{ label?: string, settings?: object, vsixFiles?: string[], log?: (line: string) => void,
 *           keepRunDir?: boolean, quiet?: boolean, port?: number, smokeTestDriver?: boolean }} [options]
 *   smokeTestDriver (default true) lets the URL's payload load a development extension and run tests.
 */
export async function startCodeServer(options = {}) {
  const log = options.log ?? ((line) => console.log(`[code-server] ${line}`));
  mkdirSync(RUNS_DIR, { recursive: true });
  const runDir = mkdtempSync(join(RUNS_DIR, `${options.label ?? 'run'}-`));
  for (const sub of ['tmp', 'xdg', 'ud/User', 'ext']) mkdirSync(join(runDir, sub), { recursive: true });
  // Last-resort cleanup if our process exits without calling stop() (synchronous, so it works in 'exit'): kill the
  // server's process group once there is one, and remove the run's folder.
  let pgid;
  let stopped = false;
  const killGroup = (signal) => {
    if (pgid === undefined) return false;
    try { process.kill(-pgid, signal); return true; } catch { return false; }
  };
  const onExit = () => {
    if (stopped) return;
    killGroup('SIGKILL');
    if (!options.keepRunDir) { try { rmSync(runDir, { recursive: true, force: true }); } catch { /* best effort */ } }
  };
  process.on('exit', onExit);
  exitOnSignals();
  const port = options.port ?? await freePort();
  const configFile = join(runDir, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  writeFileSync(join(runDir, 'ud', 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...(options.settings ?? {}) }, null, 2) + '\n');
  const env = serverEnv(runDir);
  const common = ['--config', configFile, '--user-data-dir', join(runDir, 'ud'), '--extensions-dir', join(runDir, 'ext')];

  for (const vsix of options.vsixFiles ?? []) {
    if (!options.quiet) log(`installing ${vsix}`);
    const result = spawnSync(NODE_BIN, [CODE_SERVER_ENTRY, ...common, '--install-extension', vsix],
      { env, encoding: 'utf8', timeout: 120_000 });
    if (result.status !== 0) {
      throw new Error(`code-server --install-extension ${vsix} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
    }
  }

  const logFile = join(runDir, 'server.log');
  const logFd = openSync(logFile, 'a');
  const args = [
    CODE_SERVER_ENTRY, ...common,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ...(options.smokeTestDriver === false ? [] : ['--vscode-option', 'enable-smoke-test-driver']),
  ];
  // detached => setsid(): the server and everything it forks share one new process group, id = child.pid.
  const child = spawn(NODE_BIN, args, { env, cwd: runDir, detached: true, stdio: ['ignore', logFd, logFd] });
  closeSync(logFd);
  pgid = child.pid;
  let exited = false;
  child.once('exit', () => { exited = true; });

  const server = {
    port,
    pgid,
    runDir,
    logFile,
    baseUrl: `http://127.0.0.1:${port}`,
    /** `vscode-remote://` URI of a path on this machine, as the workbench's payload expects. */
    remoteUri: (absPath) => `vscode-remote://127.0.0.1:${port}${absPath}`,
    /** Kills the whole process group (TERM, then KILL after a grace period) and removes the run's folder. */
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off('exit', onExit);
      killGroup('SIGTERM');
      for (let i = 0; i < 50 && killGroup(0); i++) await sleep(100);
      killGroup('SIGKILL');
      if (!options.keepRunDir) {
        try { rmSync(runDir, { recursive: true, force: true, maxRetries: 3 }); } catch { /* best effort */ }
      }
    },
    readLog: () => { try { return readFileSync(logFile, 'utf8'); } catch { return ''; } },
  };

  const deadline = Date.now() + 60_000;
  while (true) {
    if (exited) {
      const text = server.readLog();
      await server.stop();
      throw new Error(`code-server exited during start-up. Its log:\n${text}`);
    }
    try {
      const response = await fetch(`${server.baseUrl}/healthz`);
      if (response.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      const text = server.readLog();
      await server.stop();
      throw new Error(`code-server did not answer ${server.baseUrl}/healthz within 60 s. Its log:\n${text}`);
    }
    await sleep(200);
  }
  if (!options.quiet) log(`listening on ${server.baseUrl} (process group ${pgid}, run dir ${runDir})`);
  return server;
}
