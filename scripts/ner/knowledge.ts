/**
 * World knowledge for the gazetteers, read at training time only (the model ships hashes, never the text):
 * - ../shared/knowledge (CC0): US Congress members and presidents / vice presidents (full names and surnames),
 *   football clubs with their aliases (openfootball);
 * - npm (MIT, installed by ./resources): @cspell/dict-people-names (name parts, first or last),
 *   @cspell/dict-companies (company names), compromise-wikipedia (titles of ~38k popular Wikipedia articles:
 *   untyped, so a category of its own that the tagger weighs).
 */
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { SHARED_DIR } from '../eval/paths';
import { resourcePackage } from './resources';

export const KNOWLEDGE_CATEGORIES = ['person', 'surname', 'namepart', 'company', 'club', 'wiki'] as const;
export type KnowledgeCategory = (typeof KNOWLEDGE_CATEGORIES)[number];

const KNOWLEDGE_DIR = path.join(SHARED_DIR, 'knowledge');

/** Full names and surnames from the congress-legislators YAML files (their name: blocks). */
function legislators(add: (name: string, c: KnowledgeCategory) => void): void {
  const dir = path.join(KNOWLEDGE_DIR, 'congress-legislators');
  for (const file of ['legislators-current.yaml', 'executive.yaml']) {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) continue;
    for (const block of fs.readFileSync(full, 'utf8').split(/^\s*name:\s*$/m).slice(1)) {
      const field = (k: string) => new RegExp(`^\\s+${k}:\\s*(.+)$`, 'm').exec(block.split(/^\s*\w+:\s*$/m)[0])?.[1].replace(/^['"]|['"]$/g, '').trim();
      const first = field('first'), last = field('last'), nick = field('nickname'), official = field('official_full');
      if (last) add(last, 'surname');
      if (first && last) add(`${first} ${last}`, 'person');
      if (nick && last) add(`${nick} ${last}`, 'person');
      if (official) add(official, 'person');
    }
  }
}

/** Club names and aliases from openfootball's *.txt files ("Name, City" lines, "| alias | alias" lines below). */
function clubs(add: (name: string, c: KnowledgeCategory) => void): void {
  const root = path.join(KNOWLEDGE_DIR, 'openfootball-clubs');
  if (!fs.existsSync(root)) return;
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else if (e.name.endsWith('.txt')) files.push(path.join(d, e.name));
    }
  };
  walk(root);
  const clean = (s: string) => s.replace(/##.*$/, '').replace(/\([^)]*\)/g, '').trim();
  for (const f of files) {
    for (const raw of fs.readFileSync(f, 'utf8').split(/\r?\n/)) {
      const line = raw.replace(/##.*$/, '');
      if (!line.trim() || /^\s*[=#]/.test(line)) continue;
      if (/^\s*\|/.test(line)) for (const alias of line.split('|')) { const a = clean(alias); if (a) add(a, 'club'); }
      else if (/^\S/.test(line)) { const name = clean(line.split(',')[0]); if (name) add(name, 'club'); }
    }
  }
}

/** Lines of a cspell dictionary (comments and flags dropped). */
function cspellWords(pkg: string, file: string, log: (s: string) => void): string[] {
  const text = fs.readFileSync(path.join(resourcePackage(pkg, log), 'dict', file), 'utf8');
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => l.replace(/^[~!+*]+|[~!+*]+$/g, ''));
}

function wikipediaTitles(log: (s: string) => void): string[] {
  const dir = resourcePackage('compromise-wikipedia', log);
  const source = fs.readFileSync(path.join(dir, 'src', '_model.js'), 'utf8');
  const packed = source.slice(source.indexOf('`') + 1, source.lastIndexOf('`'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const efrt = createRequire(path.join(resourcePackage('efrt', log), 'package.json'))('efrt') as { unpack: (s: string) => Record<string, boolean> };
  return Object.keys(efrt.unpack(packed)).sort();
}

/** Calls add(name, category) for every entry of the wanted categories. */
export function knowledgeEntries(wanted: ReadonlySet<KnowledgeCategory>, add: (name: string, c: KnowledgeCategory) => void, log: (s: string) => void = () => {}): void {
  const keep = (name: string, c: KnowledgeCategory) => { if (wanted.has(c)) add(name, c); };
  if (wanted.has('person') || wanted.has('surname')) legislators(keep);
  if (wanted.has('club')) clubs(keep);
  if (wanted.has('namepart')) for (const w of cspellWords('@cspell/dict-people-names', 'people-names.txt', log)) add(w, 'namepart');
  if (wanted.has('company')) for (const w of cspellWords('@cspell/dict-companies', 'companies.txt', log)) add(w, 'company');
  if (wanted.has('wiki')) for (const t of wikipediaTitles(log)) add(t, 'wiki');
}
