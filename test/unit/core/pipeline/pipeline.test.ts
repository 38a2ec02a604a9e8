import * as assert from 'assert';
import { analyzeArticle, newArticleDoc } from '../../../../src/core/analyze';
import { ArticleDoc } from '../../../../src/core/pipeline/articleDoc';
import { ARTICLE_STAGES } from '../../../../src/core/pipeline/stages';
import { runStages } from '../../../../src/core/pipeline/runStages';
import type { Stage } from '../../../../src/core/pipeline/stage';

const ARTICLE = [
  'PARIS, March 3 (Reuters) - Marie Dupont met officials on Monday.',
  '',
  '"We will decide soon," Dupont said. The ministry declined to comment.',
].join('\n');

describe('pipeline: the analysis as a list of named stages over one ArticleDoc', () => {
  it('runs the stages in the order each reads the one before', () => {
    assert.deepStrictEqual(
      ARTICLE_STAGES.map((s) => s.name),
      ['segmentation', 'dateline', 'names', 'entities', 'temporal', 'quotes'],
    );
  });

  it('leaves on the document what analyzeArticle returns', () => {
    const doc = runStages(newArticleDoc(ARTICLE), ARTICLE_STAGES);
    const annotation = analyzeArticle(ARTICLE);
    assert.deepStrictEqual(doc.warnings, []);
    assert.ok(doc.tokens.length > 0 && doc.sentences.length >= 2 && doc.paragraphs.length === 2);
    assert.ok(doc.dateline, 'the dateline was read');
    assert.deepStrictEqual(doc.entities.map((e) => e.id), annotation.entities.map((e) => e.id));
    assert.strictEqual(doc.quotes.length, annotation.quotes.length);
    assert.strictEqual(doc.temporal.expressions.length, annotation.temporal.length);
  });

  it('a failing stage leaves its part empty, says so, and the later stages still run', () => {
    const failing: Stage = { name: 'entities', run: () => { throw new Error('boom'); } };
    const stages = ARTICLE_STAGES.map((s) => (s.name === 'entities' ? failing : s));
    const doc = runStages(newArticleDoc(ARTICLE), stages);
    assert.deepStrictEqual(doc.warnings, ['entities failed: boom']);
    assert.deepStrictEqual(doc.entities, []);
    assert.ok(doc.temporal.expressions.length > 0, 'temporal ran after the failure');
    assert.ok(doc.quotes.length > 0, 'quotes ran after the failure');
  });

  it('an observer sees each stage once, in order, and the stage runs inside it', () => {
    const seen: string[] = [];
    const doc = newArticleDoc(ARTICLE);
    runStages(doc, ARTICLE_STAGES, (stage, run) => {
      const before = doc.tokens.length;
      run();
      seen.push(stage.name);
      if (stage.name === 'segmentation') assert.ok(doc.tokens.length > before);
    });
    assert.deepStrictEqual(seen, ARTICLE_STAGES.map((s) => s.name));
  });

  it('validates the reference date once: a bad one is dropped, a good one reaches temporal', () => {
    assert.strictEqual(newArticleDoc(ARTICLE, { referenceDate: '2021-02-30' }).referenceDate, undefined);
    const doc = runStages(newArticleDoc(ARTICLE, { referenceDate: '2021-03-01' }), ARTICLE_STAGES);
    assert.strictEqual(doc.temporal.referenceDate, '2021-03-01');
  });

  it('offset lookups agree with a linear scan', () => {
    const doc = runStages(new ArticleDoc(ARTICLE), ARTICLE_STAGES.slice(0, 1));
    for (let offset = 0; offset <= ARTICLE.length; offset++) {
      const token = doc.tokens.findIndex((t) => t.start >= offset);
      assert.strictEqual(doc.tokenAtOrAfter(offset), token < 0 ? doc.tokens.length : token, `token at ${offset}`);
      const sentence = doc.sentences.find((s) => s.start <= offset && offset < s.end);
      assert.strictEqual(doc.sentenceHolding(offset), sentence, `sentence at ${offset}`);
      const paragraph = doc.paragraphs.findIndex((p) => p.end > offset);
      assert.strictEqual(doc.paragraphOfOffset(offset), paragraph < 0 ? doc.paragraphs.length - 1 : paragraph);
    }
    for (let token = 0; token < doc.tokens.length; token++) {
      let sentence = 0;
      doc.sentences.forEach((s, i) => { if (s.tokenStart <= token) sentence = i; });
      assert.strictEqual(doc.sentenceOfToken(token), sentence, `sentence of token ${token}`);
    }
  });
});
