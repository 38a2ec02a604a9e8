import * as assert from 'assert';
import fc from 'fast-check';
import * as letterCase from '../../../../src/core/text/letterCase';

/**
 * The letter-case tests read ASCII directly and hand other text to a Unicode regex; each must answer exactly what
 * the regex in its documentation answers, for any text.
 */
const SPEC: ReadonlyArray<[string, (word: string) => boolean, (word: string) => boolean]> = [
  ['startsUppercase', letterCase.startsUppercase, (w) => /^\p{Lu}/u.test(w)],
  ['startsLowercase', letterCase.startsLowercase, (w) => /^\p{Ll}/u.test(w)],
  ['startsWithLetter', letterCase.startsWithLetter, (w) => /^\p{L}/u.test(w)],
  ['hasLetter', letterCase.hasLetter, (w) => /\p{L}/u.test(w)],
  ['startsCapitalised', letterCase.startsCapitalised, (w) => /^\p{Lu}\p{Ll}/u.test(w)],
  ['startsWithTwoCapitals', letterCase.startsWithTwoCapitals, (w) => /^\p{Lu}\p{Lu}/u.test(w)],
  ['hasLowercase', letterCase.hasLowercase, (w) => /\p{Ll}/u.test(w)],
  ['isCapitalsOnly', letterCase.isCapitalsOnly, (w) => /^\p{Lu}+$/u.test(w)],
  ['isAllCaps', letterCase.isAllCaps, (w) => /\p{Lu}.*\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w)],
];

function assertAgrees(word: string): void {
  for (const [name, fast, regex] of SPEC) assert.strictEqual(fast(word), regex(word), `${name}(${JSON.stringify(word)})`);
  assert.strictEqual(letterCase.lowerCased(word), word.toLowerCase(), `lowerCased(${JSON.stringify(word)})`);
}

const PIECES = ['A', 'Z', 'a', 'z', 'É', 'é', 'ß', 'Σ', 'ǅ', 'İ', '1', '.', '-', "'", '’', '“', '—', '\u2000', '\u206f', '\n', '\r', ' ', '𝐀', '𝐚', '\ud800', 'IAEA', 'Paris', 'iPhone'];

describe('letter-case tests agree with their Unicode regexes', () => {
  it('on every BMP code unit alone, before a capital and before a small letter', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const word of [ch, `${ch}A`, `${ch}a`, `A${ch}`, `A${ch}B`]) assertAgrees(word);
    }
  });

  it('on random words of ASCII, non-ASCII, punctuation, line breaks and surrogates', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (pieces) => assertAgrees(pieces.join(''))),
      { numRuns: 20_000, seed: 20261126 },
    );
  });
});
