import * as assert from 'node:assert/strict';
import { AnnotationIndex } from '../../../src/presentation/annotationIndex';
import { planDecorations } from '../../../src/presentation/decorationPlan';
import { annotationToJson, annotationToMarkdown } from '../../../src/presentation/exportReport';
import { LineIndex } from '../../../src/presentation/lineIndex';
import { ARTICLE, buildAnnotation } from '../support/extensionFixtures';

describe('extension annotation index, decoration plan and exports', () => {
  const annotation = buildAnnotation();
  const index = new AnnotationIndex(annotation);

  it('finds the mention under an offset, end inclusive like a cursor after a word', () => {
    const at = ARTICLE.indexOf('Scholz said');
    assert.equal(index.mentionAt(at)?.entity.name, 'Olaf Scholz');
    assert.equal(index.mentionAt(at + 'Scholz'.length)?.entity.name, 'Olaf Scholz');
    assert.equal(index.mentionAt(at + 'Scholz '.length), undefined);
    assert.equal(index.mentionAt(ARTICLE.indexOf('Emmanuel') + 3)?.mention.text, 'Emmanuel Macron');
  });

  it('prefers the innermost span when spans nest', () => {
    const nested = buildAnnotation();
    const french = nested.entities.find((e) => e.name === 'French')!;
    const start = ARTICLE.indexOf('French President Emmanuel Macron');
    nested.entities.find((e) => e.name === 'Emmanuel Macron')!.mentions.push({
      start, end: start + 'French President Emmanuel Macron'.length, text: 'French President Emmanuel Macron', kind: 'nominal',
    });
    const nestedIndex = new AnnotationIndex(nested);
    assert.equal(nestedIndex.mentionAt(start + 2)?.entity, french);
    assert.equal(nestedIndex.mentionAt(start + 'French Pres'.length)?.entity.name, 'Emmanuel Macron');
    assert.equal(nestedIndex.mentionsOf(nestedIndex.entity('e2')!).length, 3);
  });

  it('finds quotations and dates, and the quotes of an entity', () => {
    assert.equal(index.quoteAt(ARTICLE.indexOf('budget'))?.kind, 'direct');
    assert.equal(index.temporalAt(ARTICLE.indexOf('Tuesday') + 1)?.value, '2024-02-27');
    assert.deepEqual(index.quotesBy(index.entity('e1')!).map((q) => q.text), ['"We agreed on the budget,"', 'that he would visit France in May 2024']);
  });

  it('plans highlights: pronouns left out, quotes as a layer, speakers underlined', () => {
    const plan = planDecorations(annotation);
    assert.equal(plan.person.length, 2 + 1 + 2); // Scholz: 2 names + 1 nominal (no pronoun); Macron: 2
    assert.ok(!plan.person.some((s) => ARTICLE.slice(s.start, s.end) === 'he'));
    assert.equal(plan.quote.length, 4);
    assert.deepEqual(plan.quoteSpeaker.map((s) => ARTICLE.slice(s.start, s.end)), ['Scholz', 'Macron']);
    assert.equal(plan.misc.length, 1);
    assert.equal(plan.date.length, 3);
    for (const layer of Object.values(plan)) {
      for (let i = 1; i < layer.length; i++) assert.ok(layer[i - 1].start <= layer[i].start);
    }
  });

  it('counts lines across CRLF, LF and lone CR like the editor', () => {
    const lines = new LineIndex('a\r\nb\nc\rd');
    assert.deepEqual([0, 1, 3, 4, 5, 6, 7].map((o) => lines.lineNumberAt(o)), [1, 1, 2, 2, 3, 3, 4]);
    assert.equal(lines.lineCount, 4);
    const lf = new LineIndex('ab\n\ncd\n');
    assert.deepEqual([0, 2, 3, 4, 6, 7].map((o) => lf.lineNumberAt(o)), [1, 1, 2, 3, 3, 4]);
    assert.equal(lf.lineCount, 4);
  });

  it('exports FORMAT.md JSON with the file name and a readable Markdown report', () => {
    const json = JSON.parse(annotationToJson(annotation, 'news/berlin.txt'));
    assert.equal(json.file, 'news/berlin.txt');
    assert.deepEqual({ ...json, file: undefined }, { ...JSON.parse(JSON.stringify(annotation)), file: undefined });
    const report = annotationToMarkdown(annotation, ARTICLE, 'berlin.txt');
    assert.match(report, /^# Article Lens report: berlin.txt/);
    assert.match(report, /\| Olaf Scholz \(Chancellor of Germany\) \| 4 \| 1 \| Scholz, The chancellor \|/);
    assert.match(report, /## People \(2\)[\s\S]*## Organisations \(2\)[\s\S]*## Places \(2\)[\s\S]*## Other names \(1\)/);
    assert.match(report, /## Timeline \(3\)[\s\S]*Tuesday[\s\S]*March 3[\s\S]*May 2024/);
    assert.match(report, /- \*\*unattributed\*\* \(said\), direct, line 4/);
  });
});
