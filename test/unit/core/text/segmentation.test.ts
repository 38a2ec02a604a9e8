import * as assert from 'assert';
import { tokenize } from '../../../../src/core/text/tokenize';
import { splitParagraphs, splitSentences } from '../../../../src/core/text/sentences';

function sentencesOf(text: string): string[] {
  return splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end));
}

describe('text segmentation', () => {
  it('does not break after titles, month abbreviations, initials or inner-dot abbreviations', () => {
    const text = 'Mr. Smith met Gen. J. Jones in the U.S. capital on Jan. 5. He said it went well.';
    assert.deepStrictEqual(sentencesOf(text), [
      'Mr. Smith met Gen. J. Jones in the U.S. capital on Jan. 5.',
      'He said it went well.',
    ]);
    // Why the splitter is ours: Intl.Segmenter breaks this one sentence after "Mr.", "Gen." and "Jan.".
    const intl = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)];
    assert.ok(intl.length > 2, 'Intl.Segmenter now handles abbreviations: reconsider using it');
  });

  it('breaks after a closing quotation mark and at line ends, and after U.S. before a new sentence', () => {
    assert.deepStrictEqual(sentencesOf('"We will win," he said. "Soon."\nNext line'), ['"We will win," he said.', '"Soon."', 'Next line']);
    assert.deepStrictEqual(sentencesOf('He lives in the U.S. The rest is history.'), ['He lives in the U.S.', 'The rest is history.']);
  });

  it('splits clitics PTB-style and keeps offsets exact (CRLF and astral characters included)', () => {
    const text = "😀 Iran’s envoy didn't go.\r\nIt's 3.5% of $1,000.";
    const tokens = tokenize(text);
    for (const t of tokens) assert.strictEqual(text.slice(t.start, t.end), t.text);
    assert.deepStrictEqual(
      tokens.map((t) => t.text),
      ['😀', 'Iran', '’s', 'envoy', 'did', "n't", 'go', '.', 'It', "'s", '3.5', '%', 'of', '$', '1,000', '.'],
    );
  });

  it('finds paragraphs as trimmed non-blank lines', () => {
    const text = '  First para.\r\n\r\nSecond para.  \nThird';
    assert.deepStrictEqual(splitParagraphs(text).map((p) => text.slice(p.start, p.end)), ['First para.', 'Second para.', 'Third']);
  });
});
