/**
 * What today's news writes differently from the 1996 Reuters the tagger learnt from: typographic apostrophes,
 * quotes and dashes, clitics written against their word, US party–state codes after politicians' names.
 */
import * as assert from 'assert';
import { segment } from '../../../../src/core/document';
import { parseDateline } from '../../../../src/core/dateline';
import { recognizeNames } from '../../../../src/core/ner';
import { dropPartyAffiliations } from '../../../../src/core/ner/affiliation';
import { FeatureExtractor } from '../../../../src/core/ner/features';
import { plainPunctuation } from '../../../../src/core/ner/typography';
import { isPartyAffiliation } from '../../../../src/core/text/partyAffiliation';
import type { NameSpan } from '../../../../src/core/document';
import { documentText } from '../../../../scripts/eval/conll';

describe('modern news text: typographic punctuation', function () {
  it('spells curly apostrophes and quotes, dashes and ellipses as the CoNLL corpus does', function () {
    assert.strictEqual(plainPunctuation('’s'), "'s");
    assert.strictEqual(plainPunctuation('O’Malley'), "O'Malley");
    assert.strictEqual(plainPunctuation('“'), '"');
    assert.strictEqual(plainPunctuation('”'), '"');
    assert.strictEqual(plainPunctuation('—'), '--');
    assert.strictEqual(plainPunctuation('–'), '-');
    assert.strictEqual(plainPunctuation('…'), '...');
    assert.strictEqual(plainPunctuation('Zürich'), 'Zürich', 'letters outside ASCII stay as they are');
  });

  it('gives the tagger the same word for both spellings, so the features and tags are the same', function () {
    const extractor = new FeatureExtractor(null, { clusters: null, embedding: null });
    const curly = extractor.word('O’Malley'), straight = extractor.word("O'Malley");
    assert.strictEqual(curly, straight);
    assert.strictEqual(extractor.word('’s').lower, "'s");
    const curlyText = 'Wednesday’s broadcast of CNN’s “New Day” had Martin O’Malley on.';
    const straightText = curlyText.replace(/’/g, "'").replace(/[“”]/g, '"');
    const tags = (text: string) => recognizeNames(segment(text)).map((s) => [s.start, s.end, s.type]);
    assert.deepStrictEqual(tags(curlyText), tags(straightText));
  });
});

describe('modern news text: clitics in the rebuilt CoNLL text', function () {
  it('writes "\'s" and "n\'t" against the word before, so they tokenise as in news text', function () {
    const sentence = { tokens: ['Clinton', "'s", 'aides', 'did', "n't", 'comment', '.'], tags: ['I-PER', 'O', 'O', 'O', 'O', 'O', 'O'] };
    const td = documentText([sentence]);
    assert.strictEqual(td.text, "Clinton's aides didn't comment .");
    assert.deepStrictEqual(segment(td.text).tokens.map((t) => t.text), sentence.tokens);
    assert.deepStrictEqual(td.gold, [{ start: 0, end: 7, type: 'PER' }]);
  });
});

describe('modern news text: party–state affiliations', function () {
  it('recognises party–state codes as US news writes them, and nothing else in parentheses', function () {
    for (const code of ['R-Texas', 'D-N.Y.', 'I-Vt.', 'D-MA', 'R-WI', 'D-New York']) assert.ok(isPartyAffiliation(code), code);
    for (const code of ['AP', 'Reuters', 'D-Day', 'R-ZZ', 'X-TX', 'WTO', 'I-95']) assert.ok(!isPartyAffiliation(code), code);
  });

  it('drops names found inside a code and keeps the politician and other bracketed names', function () {
    const text = 'Sen. Ted Cruz (R-Texas) and Rep. Joe Smith (D-N.Y.) met the World Trade Organization (WTO).';
    const doc = segment(text);
    const span = (s: string, type: NameSpan['type']): NameSpan => {
      const start = text.indexOf(s), end = start + s.length;
      return { start, end, type, tokenStart: doc.tokens.findIndex((t) => t.start === start), tokenEnd: doc.tokens.findIndex((t) => t.end === end) + 1 };
    };
    const found = [span('Ted Cruz', 'PERSON'), span('R-Texas', 'ORGANIZATION'), span('Joe Smith', 'PERSON'), span('Y.', 'LOCATION'), span('WTO', 'ORGANIZATION')];
    assert.deepStrictEqual(dropPartyAffiliations(doc, found).map((s) => text.slice(s.start, s.end)), ['Ted Cruz', 'Joe Smith', 'WTO']);
  });

  it('does not read a politician and his code opening a paragraph as a dateline with an agency', function () {
    assert.strictEqual(parseDateline('Sen. Bernie Sanders (I-Vt.) repeated his time-honored line on Monday.'), null);
    const agency = parseDateline('Washington (AFP) – The talks resumed on Monday.');
    assert.ok(agency && agency.agency, 'a real title-case dateline with an agency is still found');
  });
});
