import * as assert from 'assert';
import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { PARSERS } from '../../../../src/core/temporal';
import { ELAPSED } from '../../../../src/core/temporal/referenceDate';
import { PatternScanner } from '../../../../src/core/temporal/scan';
import type { TriggeredPattern } from '../../../../src/core/temporal/types';
import { corpusDir, SHARED_DIR } from '../../../../scripts/eval/paths';

/**
 * The temporal parsers try their patterns only near their trigger words, within a hand-derived lead (scan.ts).
 * Whatever the text, each pattern's matches must be exactly those of a plain global scan: this guards every
 * trigger list and lead when a pattern changes.
 */
const PATTERNS: ReadonlyArray<[string, TriggeredPattern]> = [...PARSERS.map((p): [string, TriggeredPattern] => [p.name, p]), ['elapsed', ELAPSED]];
const SCANNER = new PatternScanner(PATTERNS.map(([, p]) => p));

function globalMatches(p: TriggeredPattern, text: string): Array<[number, string]> {
  const pattern = new RegExp(p.pattern.source, p.pattern.flags);
  return [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
}

function assertSameMatches(text: string): void {
  const scanned = SCANNER.scan(text);
  for (const [name, p] of PATTERNS) {
    const found = scanned.of(p).map((m): [number, string] => [m.index, m[0]]);
    assert.deepStrictEqual(found, globalMatches(p, text), `${name} in ${JSON.stringify(text.length > 300 ? text.slice(0, 300) + '…' : text)}`);
  }
}

/** The literal words of all patterns (so random texts are dense with triggers and near-matches), plus numbers. */
const WORDS = [...new Set(PATTERNS.flatMap(([, p]) => p.pattern.source.match(/[a-z]{2,}/gi) ?? []))];
const FILLERS = [
  ' ', ' ', ' ', '  ', ', ', '. ', '-', "'s ", '’', '\n', '1', '22', '1,000,000', '1998', '2024', '3.5', '1/2', '½', '10:30', '0',
  'the ', 'a ', 'more than ', 'nearly ', 'THE ', 'Tuesday', 'March', 'ſ', 'K',
  'seventy-seven-and-a-half-thousand', 'twenty-one', 'ninety-nine-and-a-half', 'a couple of', 'dozens of', 'hundreds of',
];

describe('temporal scanner: patterns tried near trigger words only', () => {
  it('finds exactly what a global scan finds, on random texts of pattern words, numbers and punctuation', () => {
    const piece = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...WORDS).chain((w) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1))) },
      { weight: 3, arbitrary: fc.constantFrom(...FILLERS) },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => assertSameMatches(pieces.join(' ').replace(/ {3,}/g, '  '))),
      { numRuns: 3000, seed: 20261126 },
    );
  });

  it('finds each pattern’s longest stretch before its trigger word (a lead one shorter would miss it)', () => {
    for (const text of [
      'for the following seventy-seven-and-a-half-thousand more years',
      'over the past 1,000,000,000 years, and more than ninety-nine-and-a-half months later',
      'nearly seventy-seven-and-a-half thousand years after the war; for the first time in twenty-one years',
      'x the 1999 fiscal year', "x this year's calendar fourth-calendar-quarter", 'x the latter half', "x year's end",
      'x September the year two thousand', "x the early-'90's", 'x the early-twenty-first-century',
      'x seventy-seven-and-a-half-thousand years ago', 'x earlier the following-fiscal year', "x eleven o'clock in the morning",
      'x three times per year', 'x the corresponding prior-year second quarter', 'x the following seventy-seven-and-a-half-thousand-more-years',
      'x the corresponding quarter a year ago', 'x the 1999 fiscal quarter', 'x the calendar year', 'x earlier that day',
      'x the following Monday', 'x this coming winter', 'x the day before today', 'x next Thanksgiving', 'x This coming Sept.',
      'x this coming weekend', 'x in the not-too-distant future',
    ]) assertSameMatches(text);
  });

  it('finds exactly what a global scan finds on the seed, PolNeAR and TimeBank texts (when ../shared is present)', function () {
    const texts: string[] = [];
    const seed = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');
    if (fs.existsSync(seed)) texts.push(fs.readFileSync(seed, 'utf8'));
    for (const [corpus, sub, ext] of [['polnear/dev', 'text', '.txt'], ['tempeval3/TBAQ-cleaned/TimeBank', '', '.tml']] as const) {
      const dir = corpusDir(corpus);
      if (!dir) continue;
      const full = path.join(dir, sub);
      for (const f of fs.readdirSync(full).sort()) if (f.endsWith(ext)) texts.push(fs.readFileSync(path.join(full, f), 'utf8'));
    }
    if (texts.length === 0) {
      console.log('      skipped: ../shared (seed, PolNeAR dev, TBAQ) is absent');
      this.skip();
    }
    for (const text of texts) assertSameMatches(text);
  });
});
