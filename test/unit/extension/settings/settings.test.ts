import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../../../../scripts/eval/paths';
import { CONFIG_SECTION, DEFAULT_CONFIG, readConfig, settingsChange, type ArticleLensConfig, type ConfigSource } from '../../../../src/extension/settings/settings';

interface SettingSchema {
  type: 'array' | 'boolean' | 'number' | 'string';
  default: unknown;
  enum?: string[];
  minimum?: number;
  maximum?: number;
}

const properties = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, SettingSchema> } };
}).contributes.configuration.properties;

/** package.json's settings, keyed relative to the `articleLens` section as the reader asks for them. */
const declared = new Map(Object.entries(properties).map(([key, schema]) => [key.slice(CONFIG_SECTION.length + 1), schema]));

function source(values: ReadonlyMap<string, unknown>, asked?: Set<string>): ConfigSource {
  return {
    get: <T>(key: string) => {
      asked?.add(key);
      return values.get(key) as T | undefined;
    },
  };
}

/** A valid value of the declared type that is not the default. */
function otherValue(key: string, schema: SettingSchema): unknown {
  switch (schema.type) {
    case 'boolean':
      return !schema.default;
    case 'number':
      return schema.maximum ?? (schema.default as number) + 1;
    case 'array':
      return ['other'];
    case 'string':
      if (schema.enum) return schema.enum.find((value) => value !== schema.default);
      if (key === 'referenceDate') return '2001-02-03';
      return 'other';
  }
}

describe('extension settings module against package.json', () => {
  it('every setting package.json declares is under the articleLens section', () => {
    for (const key of Object.keys(properties)) assert.ok(key.startsWith(`${CONFIG_SECTION}.`), key);
  });

  it('reads exactly the settings package.json declares', () => {
    const asked = new Set<string>();
    readConfig(source(new Map(), asked));
    assert.deepEqual([...asked].sort(), [...declared.keys()].sort());
  });

  it('package.json defaults read as the module defaults', () => {
    const defaults = new Map([...declared].map(([key, schema]) => [key, schema.default]));
    assert.deepEqual(readConfig(source(defaults)), DEFAULT_CONFIG);
  });

  it('reads each setting with its declared type: another valid value changes the result', () => {
    for (const [key, schema] of declared) {
      const value = otherValue(key, schema);
      const config = readConfig(source(new Map([[key, value]])));
      assert.notDeepEqual(config, DEFAULT_CONFIG, `${key} = ${JSON.stringify(value)} (${schema.type}) was ignored`);
    }
  });

  it('ignores each setting given a value of another type', () => {
    for (const [key, schema] of declared) {
      const wrong = schema.type === 'boolean' ? 'yes' : schema.type === 'string' ? 42 : schema.type === 'number' ? 'many' : 'plaintext';
      assert.deepEqual(readConfig(source(new Map([[key, wrong]]))), DEFAULT_CONFIG, `${key} = ${JSON.stringify(wrong)}`);
    }
  });
});

describe('settingsChange', () => {
  const other = (patch: Partial<ArticleLensConfig>): ArticleLensConfig => ({ ...DEFAULT_CONFIG, ...patch });

  it('says which settings differ by value, not by identity', () => {
    const change = settingsChange(DEFAULT_CONFIG, other({ languages: ['plaintext', 'markdown'], filePatterns: ['**/*.txt'] }));
    assert.equal(change.changed('languages'), false);
    assert.equal(change.changed('filePatterns'), true);
    assert.equal(change.changed('languages', 'filePatterns'), true);
    assert.equal(change.changed('debounceMs', 'checks'), false);
  });

  it('sees a change inside a nested setting and to or from undefined', () => {
    assert.equal(settingsChange(DEFAULT_CONFIG, other({ index: { ...DEFAULT_CONFIG.index, maxFiles: 7 } })).changed('index'), true);
    assert.equal(settingsChange(DEFAULT_CONFIG, other({ referenceDate: '2020-01-01' })).changed('referenceDate'), true);
    assert.equal(settingsChange(other({ referenceDate: '2020-01-01' }), DEFAULT_CONFIG).changed('referenceDate'), true);
  });

  it('a language list in another order is another selector order, hence a change', () => {
    assert.equal(settingsChange(DEFAULT_CONFIG, other({ languages: ['markdown', 'plaintext'] })).changed('languages'), true);
  });
});
