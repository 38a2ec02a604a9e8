import * as assert from 'node:assert/strict';
import { asIsoDate, DEFAULT_CONFIG, maxDocumentLength, readConfig, type ConfigSource } from '../../../../src/extension/settings/settings';

function source(values: Record<string, unknown>): ConfigSource {
  return { get: <T>(key: string) => values[key] as T | undefined };
}

describe('extension config', () => {
  it('falls back to the defaults when nothing is set', () => {
    assert.deepEqual(readConfig(source({})), DEFAULT_CONFIG);
  });

  it('reads valid values', () => {
    const config = readConfig(
      source({
        languages: ['plaintext', ' restructuredtext '],
        filePatterns: ['**/news/*.txt'],
        'highlight.quote': false,
        'hover.enabled': false,
        overviewRuler: false,
        debounceMs: 750,
        maxFileSizeKB: 64,
        referenceDate: '2025-07-01',
      }),
    );
    assert.deepEqual(config.languages, ['plaintext', 'restructuredtext']);
    assert.deepEqual(config.filePatterns, ['**/news/*.txt']);
    assert.equal(config.highlight.quote, false);
    assert.equal(config.highlight.person, true);
    assert.equal(config.hoversEnabled, false);
    assert.equal(config.overviewRuler, false);
    assert.equal(config.debounceMs, 750);
    assert.equal(maxDocumentLength(config), 64 * 1024);
    assert.equal(config.referenceDate, '2025-07-01');
  });

  it('replaces invalid values by defaults and clamps numbers', () => {
    const config = readConfig(
      source({
        languages: 'plaintext',
        filePatterns: [3, '', 'a/*.md'],
        'highlight.person': 'yes',
        debounceMs: -5,
        maxFileSizeKB: Number.NaN,
        referenceDate: 'yesterday',
      }),
    );
    assert.deepEqual(config.languages, DEFAULT_CONFIG.languages);
    assert.deepEqual(config.filePatterns, ['a/*.md']);
    assert.equal(config.highlight.person, true);
    assert.equal(config.debounceMs, 0);
    assert.equal(config.maxFileSizeKB, DEFAULT_CONFIG.maxFileSizeKB);
    assert.equal(config.referenceDate, undefined);
    assert.equal(readConfig(source({ debounceMs: 1e9 })).debounceMs, 5000);
  });

  it('accepts only real calendar dates as the reference date', () => {
    assert.equal(asIsoDate(' 2024-02-29 '), '2024-02-29');
    assert.equal(asIsoDate('2025-02-29'), undefined);
    assert.equal(asIsoDate('2025-13-01'), undefined);
    assert.equal(asIsoDate('0050-02-10'), '0050-02-10', 'a year below 100 is its own, not 1950');
    assert.equal(asIsoDate('2025-7-1'), undefined);
    assert.equal(asIsoDate(''), undefined);
    assert.equal(asIsoDate(20250701), undefined);
  });
});
