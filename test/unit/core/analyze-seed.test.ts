import '../../../src/node/installNerModel';
import * as assert from 'assert';
import { analyzeArticle } from '../../../src/core/analyze';
import type { Annotation } from '../../../src/core/types';
import { compareWithGold, describe as describeDiff, loadSeed, type Differences } from '../support/goldCompare';
import { assertValidAnnotation } from '../support/spanChecks';

/**
 * The whole analysis on the seed article against its hand-made answer: every part must match, and a failure
 * lists exactly the mentions, pairs, dates or quotes that differ.
 */
describe('analyzeArticle on the seed article, against the gold', function () {
  const seed = loadSeed('tass-macron-putin-call');
  let annotation: Annotation;
  let diff: Differences;
  before(function () {
    if (!seed) {
      console.log('    (skipped: ../shared/seeds or ../shared/gold not found)');
      this.skip();
    }
    annotation = analyzeArticle(seed!.text);
    diff = compareWithGold(annotation, seed!.gold, seed!.text);
  });

  const same = (part: { missing: string[]; extra: string[] }, what: string) =>
    assert.ok(part.missing.length + part.extra.length === 0, `${what} differ from the gold:\n${describeDiff(part)}`);

  it('produces only valid spans', () => assertValidAnnotation(seed!.text, annotation));
  it('reads the dateline', () => assert.deepStrictEqual(diff.dateline, []));
  it('finds the reference date', () => assert.strictEqual(annotation.referenceDate, seed!.gold.referenceDate));
  it('finds every name and acronym mention with its type', () => same(diff.names, 'name mentions'));
  it('groups mentions into the gold entities (pairs, nominals included)', () => same(diff.pairs, 'coreference pairs'));
  it('finds the temporal expressions with their values', () => same(diff.temporal, 'temporal expressions'));
  it('finds the quotations with their speakers', () => same(diff.quotes, 'quotations'));
});
