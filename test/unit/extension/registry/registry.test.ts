import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../../../../scripts/eval/paths';
import * as registry from '../../../../src/extension/registry/ids';

interface Contributed {
  command?: string;
  when?: string;
  id?: string;
  view?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: {
    commands: Contributed[];
    keybindings: Contributed[];
    menus: Record<string, Contributed[]>;
    views: Record<string, Contributed[]>;
    viewsWelcome: Contributed[];
  };
};
const contributes = manifest.contributes;

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
const valuesOf = (group: Record<string, string>) => sorted(Object.values(group));

/** Every `when` clause of the manifest. */
function whenClauses(): string[] {
  const entries: Contributed[] = [
    ...contributes.keybindings,
    ...Object.values(contributes.menus).flat(),
    ...Object.values(contributes.views).flat(),
    ...contributes.viewsWelcome,
  ];
  return entries.flatMap((entry) => (entry.when === undefined ? [] : [entry.when]));
}

/** The values compared against a key (`view == articleLens.outline`, `activeWebviewPanelId == 'articleLens.map'`). */
function comparedValues(key: string): string[] {
  const pattern = new RegExp(`\\b${key.replace('.', '\\.')}\\s*[!=]=\\s*'?([\\w.]+)'?`, 'g');
  return whenClauses().flatMap((clause) => [...clause.matchAll(pattern)].map((match) => match[1]));
}

/** The context keys `when` clauses read: identifiers of ours that are not the right-hand side of a comparison. */
function contextKeysRead(): string[] {
  return whenClauses().flatMap((clause) => {
    const leftSides = clause.replace(/[!=]=\s*'?[\w.]+'?/g, ' ');
    return [...leftSides.matchAll(/\barticleLens\.[\w.]+/g)].map((match) => match[0]);
  });
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const REGISTRY_FILE = path.join(REPO_ROOT, 'src', 'extension', 'registry', 'ids.ts');
const EXTENSION_SOURCES = [path.join(REPO_ROOT, 'src', 'extension'), path.join(REPO_ROOT, 'src', 'web')]
  .flatMap(sourceFiles)
  .filter((file) => file !== REGISTRY_FILE);

describe('extension id registry', () => {
  it('holds exactly the commands package.json contributes', () => {
    assert.deepStrictEqual(valuesOf(registry.COMMANDS), sorted(contributes.commands.map((entry) => entry.command!)));
  });

  it('holds exactly the views package.json contributes', () => {
    const contributed = Object.values(contributes.views).flat().map((view) => view.id!);
    assert.deepStrictEqual(valuesOf(registry.VIEWS), sorted(contributed));
  });

  it('holds exactly the context keys the when clauses read', () => {
    assert.deepStrictEqual(valuesOf(registry.CONTEXT_KEYS), sorted(contextKeysRead()));
  });

  it('knows every view and webview panel the when clauses compare against', () => {
    const views = valuesOf(registry.VIEWS);
    for (const view of comparedValues('view')) assert.ok(views.includes(view), `when clause names view ${view}`);
    const panels = valuesOf(registry.WEBVIEW_PANELS);
    for (const panel of comparedValues('activeWebviewPanelId')) assert.ok(panels.includes(panel), `when clause names panel ${panel}`);
    assert.ok(comparedValues('view').length > 0, 'the parser found no view comparisons at all');
  });

  it('knows every command that menus, keybindings and activation events name', () => {
    const commands = valuesOf(registry.COMMANDS);
    const views = valuesOf(registry.VIEWS);
    const named = [...contributes.keybindings, ...Object.values(contributes.menus).flat()].map((entry) => entry.command!);
    for (const command of named) assert.ok(commands.includes(command), `menu or keybinding names ${command}`);
    for (const event of manifest.activationEvents) {
      const [kind, id] = event.split(':');
      if (kind === 'onCommand') assert.ok(commands.includes(id), `activation event ${event}`);
      if (kind === 'onView') assert.ok(views.includes(id), `activation event ${event}`);
    }
  });

  it('derives the view focus commands from registered views', () => {
    for (const focus of Object.values(registry.VIEW_FOCUS_COMMANDS)) {
      assert.ok(focus.endsWith('.focus') && valuesOf(registry.VIEWS).includes(focus.slice(0, -'.focus'.length)), focus);
    }
  });

  it('is the only place under src/extension and src/web that spells out an id', () => {
    const ids = new Set<string>(Object.values(registry).flatMap((group) => (typeof group === 'object' ? Object.values(group) : [])));
    const offenders: string[] = [];
    for (const file of EXTENSION_SOURCES) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/['"](articleLens\.[\w.]+)['"]/g)) {
        if (ids.has(match[1])) offenders.push(`${path.relative(REPO_ROOT, file)}: ${match[0]} (import it from src/extension/registry/ids.ts)`);
      }
    }
    assert.deepStrictEqual(offenders, []);
  });

  it('has no entry the extension never uses', () => {
    const code = EXTENSION_SOURCES.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    const groups = { COMMANDS: registry.COMMANDS, VIEWS: registry.VIEWS, CONTEXT_KEYS: registry.CONTEXT_KEYS, STATE_KEYS: registry.STATE_KEYS,
      WEBVIEW_PANELS: registry.WEBVIEW_PANELS, STATUS_ITEMS: registry.STATUS_ITEMS, DIAGNOSTIC_COLLECTIONS: registry.DIAGNOSTIC_COLLECTIONS,
      VIEW_FOCUS_COMMANDS: registry.VIEW_FOCUS_COMMANDS };
    const unused = Object.entries(groups).flatMap(([group, entries]) =>
      Object.keys(entries).filter((name) => !code.includes(`${group}.${name}`)).map((name) => `${group}.${name}`));
    assert.deepStrictEqual(unused, []);
  });
});
