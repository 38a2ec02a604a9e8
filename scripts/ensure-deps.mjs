// Installs the project's locked dependencies when they are missing or older than package-lock.json, so that on a
// fresh clone `npm start` and `npm test` are each the only command a person needs. Uses Node built-ins only:
// it runs before anything from node_modules exists.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = join(root, 'package-lock.json');
const stamp = join(root, 'node_modules', '.article-lens-lock-hash');
const lockHash = createHash('sha256').update(readFileSync(lockFile)).digest('hex');

const installed = existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lockHash;
if (!installed) {
  console.log('[ensure-deps] installing the locked dependencies (npm ci) …');
  // A nested npm must not inherit the outer npm's lifecycle variables (they describe the outer run, not this one).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_(config_user_agent|node_execpath|execpath|lifecycle_|package_|command$)/i.test(key)),
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`[ensure-deps] npm ci failed (exit ${result.status ?? result.signal}); see the output above.`);
    process.exit(result.status ?? 1);
  }
  writeFileSync(stamp, lockHash + '\n');
}
