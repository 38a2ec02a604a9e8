import * as assert from 'assert';
import { tokenize } from '../../../../src/core/text/tokenize';

/** tokenize keeps one string per distinct form (tokenize.ts pushToken): every token must still read its own slice. */
describe('tokenizer: shared token forms', function () {
  it('gives every token exactly its own slice of the text, however often a form recurs and wherever it is split', function () {
    const text = [
      "Mr. Smith's car, Mr. Smith's dog and Jones' car.",
      'The U.S. said; the U.S. said. "The" the THE The.',
      "don't, don't — can't 1,000.50 1,000.50 9/11 https://example.com/a https://example.com/a",
      '😀𝐀 😀𝐀 e.g. e.g. ...... ...',
    ].join('\n').repeat(3);
    const tokens = tokenize(text);
    assert.ok(tokens.length > 100, `too few tokens: ${tokens.length}`);
    tokens.forEach((t, i) => {
      assert.strictEqual(t.text, text.slice(t.start, t.end), `token ${i} at ${t.start}`);
      assert.strictEqual(t.index, i);
    });
    // Forms do recur (what the sharing is for), and split clitics keep their own forms ("Smith" and "'s").
    const forms = tokens.map((t) => t.text);
    assert.ok(forms.filter((f) => f === 'Smith').length >= 6 && forms.filter((f) => f === "'s").length >= 6, JSON.stringify(forms.slice(0, 20)));
    assert.ok(forms.includes('Mr.') && forms.includes('U.S.') && forms.includes('https://example.com/a'), JSON.stringify(forms));
  });

  it('starts afresh for every document: a form of one text never shows up in another', function () {
    tokenize('Alpha Beta Gamma');
    const tokens = tokenize('alpha beta');
    assert.deepStrictEqual(tokens.map((t) => t.text), ['alpha', 'beta']);
  });
});
