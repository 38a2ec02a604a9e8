import '../../../../src/node/installNerModel';
import * as assert from 'assert';
import { segment } from '../../../../src/core/document';
import { loadNerModel, recognizeNames } from '../../../../src/core/ner';
import { findModelFile } from '../../../../src/node/nerModelFile';
import { labelsToSpans, spansToLabels } from '../../../../src/core/ner/labels';
import type { EntityType } from '../../../../src/core/types';

function names(text: string): [string, EntityType][] {
  return recognizeNames(segment(text)).map((s) => [text.slice(s.start, s.end), s.type]);
}

describe('name recogniser: model and tagging', function () {
  it('finds and loads the shipped model', function () {
    assert.ok(findModelFile(), 'models/ner.model.gz not found above the compiled code');
    assert.ok(loadNerModel(), 'the model did not load');
  });

  it('tags people, organisations, places and nationalities in a plain news sentence', function () {
    const found = names('German Chancellor Angela Merkel visited Berlin on Monday, and Siemens said it would hire 500 workers.');
    assert.deepStrictEqual(found, [
      ['German', 'MISC'], ['Angela Merkel', 'PERSON'], ['Berlin', 'LOCATION'], ['Siemens', 'ORGANIZATION'],
    ]);
  });

  it('reads a dateline and a multi-word organisation', function () {
    const found = names('WASHINGTON, March 3 - The International Monetary Fund cut its forecast for Brazil, officials said.');
    assert.deepStrictEqual(found, [
      ['WASHINGTON', 'LOCATION'], ['International Monetary Fund', 'ORGANIZATION'], ['Brazil', 'LOCATION'],
    ]);
  });

  it('returns ordered, non-overlapping spans whose token ranges match their offsets', function () {
    const text = 'Shares of Apple Inc. rose in New York after Tim Cook spoke.\r\nReuters reported that Cook met Chinese officials in Beijing.';
    const doc = segment(text);
    const spans = recognizeNames(doc);
    assert.ok(spans.length >= 4, `too few names: ${JSON.stringify(spans)}`);
    let lastEnd = -1;
    for (const s of spans) {
      assert.ok(s.start >= lastEnd, 'spans overlap or are out of order');
      assert.strictEqual(s.start, doc.tokens[s.tokenStart].start);
      assert.strictEqual(s.end, doc.tokens[s.tokenEnd - 1].end);
      assert.ok(!text.slice(s.start, s.end).includes('\n'), 'a name crosses a line break');
      lastEnd = s.end;
    }
  });

  it('still finds names in lower-cased, upper-cased and title-cased text', function () {
    const lower = names('the president, barack obama, spoke to reporters in chicago on tuesday.');
    assert.ok(lower.some(([t, type]) => t.endsWith('obama') && type === 'PERSON'), JSON.stringify(lower));
    assert.ok(lower.some(([t, type]) => t === 'chicago' && type === 'LOCATION'), JSON.stringify(lower));
    const upper = names('FIRE DESTROYS WAREHOUSE IN LONDON, POLICE SAY');
    assert.ok(upper.some(([t, type]) => t === 'LONDON' && type === 'LOCATION'), JSON.stringify(upper));
    // A title-case web headline: capitals on every word must not make every word a name.
    assert.deepStrictEqual(names('Fire Destroys Warehouse In London, Police Say'), [['London', 'LOCATION']]);
  });

  it('finds nothing in text without names', function () {
    assert.deepStrictEqual(names('it was a quiet day and nothing much happened at all.'), []);
    assert.deepStrictEqual(names(''), []);
  });

  it('BILOU labels round-trip, and ill-formed sequences are repaired into names', function () {
    const spans = [{ start: 0, end: 2, type: 0 }, { start: 3, end: 4, type: 2 }, { start: 5, end: 8, type: 1 }];
    assert.deepStrictEqual(labelsToSpans(spansToLabels(9, spans)), spans);
    // B-PER O → PER over the first token; I-ORG L-ORG after O → ORG.
    assert.deepStrictEqual(labelsToSpans([1, 0, 6, 7]), [{ start: 0, end: 1, type: 0 }, { start: 2, end: 4, type: 1 }]);
  });
});
