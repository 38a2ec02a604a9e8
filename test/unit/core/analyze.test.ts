import '../../../src/node/installNerModel';
import * as assert from 'assert';
import { analyzeArticle } from '../../../src/core/analyze';
import { guardAnnotation } from '../../../src/core/annotationGuard';
import type { Annotation } from '../../../src/core/types';
import { assertValidAnnotation } from '../support/spanChecks';

describe('analyzeArticle', () => {
  it('returns an empty annotation for empty and blank text', () => {
    for (const text of ['', ' ', '\n\n\r\n', '\uFEFF']) {
      const a = analyzeArticle(text);
      assertValidAnnotation(text, a);
      assert.deepStrictEqual([a.entities.length, a.temporal.length, a.quotes.length], [0, 0, 0]);
    }
  });

  it('keeps offsets right with CRLF line ends and astral characters before the names', () => {
    const base = 'PARIS, July 1. /TASS/. French President Emmanuel Macron met German Chancellor Olaf Scholz.\nMacron said "we agree," on Monday.';
    const plain = analyzeArticle(base);
    const tricky = '😀\r\n' + base.replace(/\n/g, ' 🎉\r\n');
    const a = analyzeArticle(tricky);
    assertValidAnnotation(tricky, a);
    const names = (x: Annotation) => x.entities.map((e) => `${e.type} ${e.name} ${e.mentions.length}`).sort();
    assert.deepStrictEqual(names(a), names(plain));
  });

  it('uses a valid reference date given by the caller and ignores an invalid one', () => {
    const text = 'The minister spoke on Monday.';
    assert.strictEqual(analyzeArticle(text, { referenceDate: '2024-05-01' }).referenceDate, '2024-05-01');
    assert.notStrictEqual(analyzeArticle(text, { referenceDate: '2024-02-31' }).referenceDate, '2024-02-31');
  });

  it('takes binary-looking text without throwing', () => {
    const text = 'A\u0000B\uFFFD\uD800 lone surrogate \uDC00 "unclosed quote and (bracket ' + '\u0007'.repeat(20);
    assertValidAnnotation(text, analyzeArticle(text));
  });
});

describe('guardAnnotation', () => {
  it('drops spans outside the text, repairs span texts, orders spans and clears unknown speakers', () => {
    const text = 'Hello Ada Lovelace and Bob.';
    const broken: Annotation = {
      referenceDate: null,
      dateline: { start: 0, end: 999, place: null, date: null, agency: null },
      entities: [
        { id: 'b', type: 'PERSON', name: 'Bob', mentions: [{ start: 23, end: 26, text: 'XXX', kind: 'name' }] },
        { id: 'a', type: 'PERSON', name: 'Ada Lovelace', mentions: [
          { start: 6, end: 18, text: 'Ada Lovelace', kind: 'name' }, { start: 10, end: 18, text: 'Lovelace', kind: 'name' },
          { start: 40, end: 45, text: 'gone', kind: 'name' },
        ] },
        { id: 'c', type: 'MISC', name: 'nothing', mentions: [{ start: 5, end: 5, text: '', kind: 'name' }] },
      ],
      temporal: [{ start: 3, end: 1, text: 'x', type: 'DATE', value: 'X' }],
      quotes: [{ start: 0, end: 5, text: 'Hello', kind: 'direct', speaker: 'c', speakerMention: { start: -1, end: 2 }, cue: null }],
    };
    const a = guardAnnotation(text, broken);
    assertValidAnnotation(text, a);
    assert.strictEqual(a.dateline, null);
    assert.deepStrictEqual(a.entities.map((e) => e.id), ['a', 'b']);
    assert.deepStrictEqual(a.entities[0].mentions.map((m) => m.text), ['Ada Lovelace']);
    assert.strictEqual(a.entities[1].mentions[0].text, 'Bob');
    assert.deepStrictEqual(a.temporal, []);
    assert.strictEqual(a.quotes[0].speaker, null);
    assert.strictEqual(a.quotes[0].speakerMention, null);
  });
});
