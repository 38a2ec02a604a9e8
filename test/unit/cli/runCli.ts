/** Runs the bundled CLI as a person would (`node dist/cli.js ...`), built first if missing. Shared by the cli-*.test.ts files. */
import * as assert from 'assert';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../../../scripts/eval/paths';

/** ARTICLE_LENS_CLI runs the same tests against another build (e.g. an older one, to see them fail). */
export const CLI = process.env.ARTICLE_LENS_CLI ?? path.join(REPO_ROOT, 'dist', 'cli.js');
export const SEED = path.join(REPO_ROOT, 'seeds', 'tass-macron-putin-call.txt');

export function ensureBuilt(): void {
  if (fs.existsSync(CLI)) return;
  const build = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs')], { cwd: REPO_ROOT, encoding: 'utf8' });
  assert.strictEqual(build.status, 0, `build failed: ${build.stderr}`);
}

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; timeout?: number } = {}): RunResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, ...options.env },
    input: options.input,
    timeout: options.timeout ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A shell pipeline, e.g. `node dist/cli.js … | head -c 10`; CLI in the command is replaced by the CLI's path. */
export function runShell(command: string, options: { input?: string; timeout?: number; cwd?: string } = {}): RunResult {
  const result = spawnSync('sh', ['-c', command.replace(/\bCLI\b/g, `"${process.execPath}" "${CLI}"`)], {
    cwd: options.cwd ?? REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined },
    input: options.input,
    timeout: options.timeout ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI running in the background, its output collected as it comes. */
export class LiveCli {
  readonly child: ChildProcessWithoutNullStreams;
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;

  constructor(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: undefined, ...env } });
    this.child.stdout.on('data', (d) => (this.stdout += d));
    this.child.stderr.on('data', (d) => (this.stderr += d));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  /** Resolves when `test` holds for the output so far; rejects after `ms`. */
  async until(test: (self: LiveCli) => boolean, ms: number, what: string): Promise<void> {
    const started = Date.now();
    while (!test(this)) {
      if (Date.now() - started > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}; stdout ${JSON.stringify(this.stdout.slice(0, 300))}, stderr ${JSON.stringify(this.stderr.slice(0, 300))}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
