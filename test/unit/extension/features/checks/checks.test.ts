import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle } from '../../../../../src/core/analyze';
import { CHECKS } from '../../../../../src/core/checks';
import { DEFAULT_CONFIG, readConfig, type ConfigSource } from '../../../../../src/extension/settings/settings';
import { CHECK_SETTINGS, DEFAULT_CHECK_LEVELS } from '../../../../../src/extension/features/checks/checkLevels';
import { computeFindings, planDiagnostics, vagueAttributionCount } from '../../../../../src/extension/features/checks/diagnosticPlan';
import { articleGlobs } from '../../../../../src/extension/features/checks/articleGlobs';
import { REPO_ROOT } from '../../../../../scripts/eval/paths';

const source = (values: Record<string, unknown>): ConfigSource => ({ get: <T>(key: string) => values[key] as T | undefined });
const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

describe("editor's checks in the extension (pure parts)", function () {
  this.timeout(60_000);
  const text = 'PARIS, July 1, 2025 (Reuters) - The talks resumed on Monday, July 2, 2025, sources said. Officials say more talks are due.';
  const findings = computeFindings(text, analyzeArticle(text));

  it('declares one setting per check in package.json, with the defaults the typed config uses', () => {
    const properties = manifest.contributes.configuration.properties;
    for (const check of CHECKS) {
      const property = properties[`articleLens.checks.${check.setting}`];
      assert.ok(property, `articleLens.checks.${check.setting} is not in contributes.configuration`);
      assert.deepEqual(property.enum, ['off', 'hint', 'information', 'warning']);
      assert.equal(property.default, DEFAULT_CONFIG.checks[check.setting as keyof typeof DEFAULT_CONFIG.checks]);
    }
    assert.deepEqual(CHECK_SETTINGS, CHECKS.map((c) => c.setting));
    assert.ok(manifest.contributes.commands.some((c: { command: string }) => c.command === 'articleLens.checkWorkspace'));
  });

  it('reads check levels, falling back to the default for invalid values', () => {
    const config = readConfig(source({ 'checks.weekdayDate': 'hint', 'checks.vagueAttribution': 'off', 'checks.spellingVariant': 'loud' }));
    assert.equal(config.checks.weekdayDate, 'hint');
    assert.equal(config.checks.vagueAttribution, 'off');
    assert.equal(config.checks.spellingVariant, DEFAULT_CHECK_LEVELS.spellingVariant);
  });

  it('plans diagnostics with the setting applied, codes named articleLens.check.<code>', () => {
    const planned = planDiagnostics(findings, DEFAULT_CHECK_LEVELS);
    assert.deepEqual(planned.map((p) => [p.code, p.level]), [
      ['articleLens.check.weekday-date', 'warning'],
      ['articleLens.check.vague-attribution', 'information'],
      ['articleLens.check.vague-attribution', 'information'],
    ]);
    assert.equal(planned[0].anchor, 'weekday-date');
    const quieter = planDiagnostics(findings, { ...DEFAULT_CHECK_LEVELS, weekdayDate: 'hint', vagueAttribution: 'off' });
    assert.deepEqual(quieter.map((p) => [p.code, p.level]), [['articleLens.check.weekday-date', 'hint']]);
    assert.equal(vagueAttributionCount(findings), 2, 'the count does not depend on the setting');
  });

  it('globs the article files of the configured languages and patterns', () => {
    assert.deepEqual(articleGlobs(DEFAULT_CONFIG, ['.txt', '.text', '.md', '.markdown', 'md']), ['**/*.{txt,text,md,markdown}']);
    assert.deepEqual(articleGlobs({ ...DEFAULT_CONFIG, filePatterns: ['**/news/*.rst'] }, []), ['**/news/*.rst']);
  });

  it('has a section in docs/checks.md for every check code the diagnostics link to', () => {
    const docs = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'checks.md'), 'utf8');
    for (const check of CHECKS) assert.match(docs, new RegExp(`^#+ .*\\{#${check.code}\\}|<a id="${check.code}"></a>`, 'm'), check.code);
  });
});
