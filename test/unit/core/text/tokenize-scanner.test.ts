import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { ABBREVIATIONS, TOKEN_PATTERN, tokenize } from '../../../../src/core/text/tokenize';
import { corpusDir, SHARED_DIR } from '../../../../scripts/eval/paths';

/**
 * tokenize() reads code units through a class table and hands only hard positions (URLs, e-mail addresses,
 * inner-dot abbreviations, surrogates) to TOKEN_PATTERN. Its tokens must be exactly those of the documented
 * specification: TOKEN_PATTERN run along the text, then the abbreviation-dot and clitic rules. This reference is
 * that specification, kept deliberately simple.
 */
const CLITIC = /(?:['’](?:s|S|m|M|d|D|ll|LL|re|RE|ve|VE)|n['’]t|N['’]T)$/u;

function tokenizeByPattern(text: string): Array<[number, number]> {
  const tokens: Array<[number, number]> = [];
  const pattern = new RegExp(TOKEN_PATTERN.source, TOKEN_PATTERN.flags);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    let start = match.index;
    let end = start + match[0].length;
    const word = match[0];
    if (/^\p{L}+$/u.test(word) && text[end] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) {
      pattern.lastIndex = end + 1;
      tokens.push([start, end + 1]);
      continue;
    }
    const clitic = CLITIC.exec(word);
    if (clitic && clitic.index > 0) {
      tokens.push([start, start + clitic.index]);
      start += clitic.index;
    }
    tokens.push([start, end]);
  }
  return tokens;
}

const spans = (text: string) => tokenize(text).map((t): [number, number] => [t.start, t.end]);

/** Pieces that reach every branch of the scanner and of the pattern. */
const PIECES = [
  'a', 'Z', 'é', 'e\u0301', 'Mr', 'mr', 'U', 'S', 'Wash', 'don', "n't", "'s", '’s', "'ll", 'N’T', 'O', 'ab',
  '0', '7', '1,000', '٣', '²', 'Ⅻ', '22nd', '9/11', '10:30', '1990s',
  "'", '’', '-', '--', '&', '.', '...', '@', '_', '%', '+', '/', ':', ',', '!', '??', '~', '=', '*', '"', '(', ')',
  'http://', 'https://', 'x.org', 'user@example.com', 'www', 'com',
  ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u3000', '\ufeff', '\u2028',
  '𝐀', '😀', '\ud800', '\udc00', '\ud835',
];

describe('tokenize: the scanner agrees with TOKEN_PATTERN', () => {
  it('on random strings of letters, marks, digits, joiners, URLs, e-mail parts, spaces and surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepStrictEqual(spans(text), tokenizeByPattern(text), JSON.stringify(text));
      }),
      { numRuns: 20_000, seed: 20261126 },
    );
  });

  it('on every single BMP code unit between letters and after a digit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of [`a${ch}b`, `1${ch}2`, `${ch}.${ch}.`, `x${ch}@y.zz`]) {
        assert.deepStrictEqual(spans(text), tokenizeByPattern(text), `U+${c.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
  });

  it('on the seed and the news corpora (when ../shared is present)', function () {
    const texts: string[] = [];
    const seed = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');
    if (fs.existsSync(seed)) texts.push(fs.readFileSync(seed, 'utf8'));
    const polnear = corpusDir('polnear/dev');
    if (polnear) {
      const dir = path.join(polnear, 'text');
      for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.push(fs.readFileSync(path.join(dir, f), 'utf8'));
    }
    if (texts.length === 0) {
      console.log('      skipped: ../shared (seed, PolNeAR dev) is absent');
      this.skip();
    }
    for (const text of texts) assert.deepStrictEqual(spans(text), tokenizeByPattern(text));
  });
});
