import '../../../src/node/installNerModel';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../../src/core/analyze';
import { SHARED_DIR } from '../../../scripts/eval/paths';
import { assertValidAnnotation } from '../support/spanChecks';

/**
 * Whatever the text — random characters, or the seed article mangled by insertions, deletions, CRLF line ends,
 * astral characters, stray quotation marks and capitals — the analysis never throws and every span it returns is
 * inside the text, equal to its slice and in order. Bounded: short inputs, a fixed number of runs.
 */
const FALLBACK_ARTICLE =
  'LONDON, March 3 (AP) — British Prime Minister Keir Starmer met French President Emmanuel Macron on Monday. ' +
  '"We agreed," Starmer said, adding that the British leader would visit Paris next week.\n' +
  'The European Union (EU) welcomed the talks, a spokeswoman for the European Commission said.';

function seedText(): string {
  const file = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : FALLBACK_ARTICLE;
}

/** Pieces that stress offsets and the quote, name and date rules. */
const PIECES = ['\r\n', '\n', '\n\n', '😀', '𝐀', '"', '“', '”', '‘', '’', "'", '«', '»', '(', ')', ' ', '.', ',', '—', '\uFEFF', '\u0000', '\uD800', 'U.S.', 'Mr.', 'July 4, 2024', 'PARIS,', ' said ', 'The ', 'IAEA', 'É'];

type Edit = { kind: 'insert'; at: number; piece: string } | { kind: 'delete'; at: number; length: number } | { kind: 'upper'; at: number; length: number } | { kind: 'crlf' };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 4 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 30 }) }),
  fc.record({ kind: fc.constant('upper' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('crlf' as const) }),
);

function applyEdit(text: string, edit: Edit): string {
  if (edit.kind === 'crlf') return text.replace(/\r?\n/g, '\r\n');
  const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
  if (edit.kind === 'insert') return text.slice(0, at) + edit.piece + text.slice(at);
  if (edit.kind === 'delete') return text.slice(0, at) + text.slice(at + edit.length);
  return text.slice(0, at) + text.slice(at, at + edit.length).toUpperCase() + text.slice(at + edit.length);
}

describe('properties: the analysis on any text', function () {
  this.timeout(300000);
  const seed = seedText();

  it('never throws and returns only valid, ordered spans on random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.array(fc.constantFrom(...PIECES, 'Obama', 'Reuters', 'said', 'on', 'Monday', 'the', 'Agency', 'France'), { maxLength: 60 }).map((a) => a.join(' ')),
        ),
        (text) => assertValidAnnotation(text, analyzeArticle(text)),
      ),
      { numRuns: 200 },
    );
  });

  it('never throws and returns only valid, ordered spans on a mangled news article', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 50, max: 900 }), fc.array(editArb, { maxLength: 8 }), (from, length, edits) => {
        const start = from % Math.max(1, seed.length - 50);
        const text = edits.reduce(applyEdit, seed.slice(start, start + length));
        assertValidAnnotation(text, analyzeArticle(text));
      }),
      { numRuns: 120 },
    );
  });

  it('gives the same article mentions, shifted, when a blank line or a symbol line is put before it', () => {
    fc.assert(
      fc.property(fc.constantFrom('\n', '\r\n\r\n', '😀 \n', '𝐀𝐁\n\n'), (prefix) => {
        const plain = analyzeArticle(seed);
        const shifted = analyzeArticle(prefix + seed);
        const mentions = (a: typeof plain, offset: number) =>
          a.entities.flatMap((e) => e.mentions.filter((m) => m.start >= offset).map((m) => `${m.start - offset}:${m.text}:${e.type}`)).sort();
        const expected = mentions(plain, 0);
        const got = mentions(shifted, prefix.length);
        if (JSON.stringify(expected) !== JSON.stringify(got)) throw new Error(`mentions moved with prefix ${JSON.stringify(prefix)}`);
      }),
      { numRuns: 4 },
    );
  });
});
