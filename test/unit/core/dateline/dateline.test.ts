import * as assert from 'assert';
import { parseDateline } from '../../../../src/core/dateline';
import { findLooseDatelineDate, readDatelineDate } from '../../../../src/core/dateline/datelineDate';

function parts(text: string) {
  const d = parseDateline(text);
  if (!d) return null;
  const s = (span: { start: number; end: number } | null | undefined) => (span ? text.slice(span.start, span.end) : null);
  return { whole: text.slice(d.start, d.end), place: s(d.place), date: s(d.date), agency: s(d.agency), region: s(d.region) };
}

describe('parseDateline', () => {
  const cases: [string, { whole: string; place: string; date: string | null; agency: string | null; region?: string | null }][] = [
    ['PARIS, July 1. /TASS/. French President Emmanuel Macron plans', { whole: 'PARIS, July 1. /TASS/.', place: 'PARIS', date: 'July 1', agency: 'TASS' }],
    ['WASHINGTON (Reuters) - The U.S. Senate on Tuesday', { whole: 'WASHINGTON (Reuters) -', place: 'WASHINGTON', date: null, agency: 'Reuters' }],
    ['LONDON, March 3 (AP) — Britain said', { whole: 'LONDON, March 3 (AP) —', place: 'LONDON', date: 'March 3', agency: 'AP' }],
    ['Washington (AFP) – US officials', { whole: 'Washington (AFP) –', place: 'Washington', date: null, agency: 'AFP' }],
    ['MOSCOW, Dec. 5 (Xinhua) -- Russia', { whole: 'MOSCOW, Dec. 5 (Xinhua) --', place: 'MOSCOW', date: 'Dec. 5', agency: 'Xinhua' }],
    ['NEW YORK — Stocks rose on Monday as investors bet on lower rates.', { whole: 'NEW YORK —', place: 'NEW YORK', date: null, agency: null }],
    ['BEIRUT, Lebanon (AP) — Israeli jets', { whole: 'BEIRUT, Lebanon (AP) —', place: 'BEIRUT', date: null, agency: 'AP', region: 'Lebanon' }],
    ['UNITED NATIONS, June 3 /PRNewswire/ -- The', { whole: 'UNITED NATIONS, June 3 /PRNewswire/ --', place: 'UNITED NATIONS', date: 'June 3', agency: 'PRNewswire' }],
    ['LONDON 1996-08-30\nBritish stocks', { whole: 'LONDON 1996-08-30', place: 'LONDON', date: '1996-08-30', agency: null }],
    ['AL-AIN , United Arab Emirates 1996-12-06 Japan began', { whole: 'AL-AIN , United Arab Emirates 1996-12-06', place: 'AL-AIN', date: '1996-12-06', agency: null, region: 'United Arab Emirates' }],
    ['NADIM LADKI\nAL-AIN , United Arab Emirates 1996-12-06', { whole: 'AL-AIN , United Arab Emirates 1996-12-06', place: 'AL-AIN', date: '1996-12-06', agency: null }],
    ['ST. LOUIS, Oct. 12, 2024 (AP) — A', { whole: 'ST. LOUIS, Oct. 12, 2024 (AP) —', place: 'ST. LOUIS', date: 'Oct. 12, 2024', agency: 'AP' }],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text.slice(0, 40)}"`, () => {
      const got = parts(text);
      assert.ok(got, 'no dateline found');
      assert.strictEqual(got.whole, expected.whole);
      assert.strictEqual(got.place, expected.place);
      assert.strictEqual(got.date, expected.date);
      assert.strictEqual(got.agency, expected.agency);
      if (expected.region !== undefined) assert.strictEqual(got.region, expected.region);
    });
  }

  it('tolerates a BOM and leading blank lines, with offsets into the original text', () => {
    const text = '\uFEFF\r\n\r\n  PARIS, July 1. /TASS/. Text';
    const d = parseDateline(text)!;
    assert.ok(d);
    assert.strictEqual(text.slice(d.start, d.end), 'PARIS, July 1. /TASS/.');
    assert.strictEqual(text.slice(d.place!.start, d.place!.end), 'PARIS');
  });

  it('finds a dateline under a headline line', () => {
    const text = 'Macron and Putin talk for the first time in three years\nPARIS, July 1. /TASS/. French President';
    assert.strictEqual(parts(text)?.place, 'PARIS');
  });

  for (const text of [
    'The president said on Monday that talks would resume.',
    'French President Emmanuel Macron plans to continue contacts.',
    'US officials said - nothing.',
    'NATO allies met in Brussels (Belgium) on Friday.',
    'IAEA inspectors returned to the plant.',
    'Apple shares rose.',
    'HELLO.',
    '',
    '   \n\n',
    'I think so.',
    'Putin (pictured) spoke on the phone with Macron.',
    'CRICKET - ENGLAND WIN SERIES AGAINST PAKISTAN .',
    'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\nNADIM LADKI\nThe match',
    'PRESS DIGEST - Indonesian newspapers - Aug 31 .',
    'IPO FILING -- Homegate Hospitality Inc .',
  ]) {
    it(`finds no dateline in "${text.slice(0, 40)}"`, () => {
      assert.strictEqual(parseDateline(text), null);
    });
  }
});

describe('readDatelineDate: the dateline parse\'s date, else the looser pass', () => {
  const read = (text: string) => readDatelineDate(text, parseDateline(text)?.date ?? null);

  it('reads the date of the parsed dateline (step 1)', () => {
    assert.deepStrictEqual(read('LONDON, March 3 (AP) — Britain said'), { month: 3, day: 3, year: null });
    // On the second line, out of the looser pass's reach: only the parse finds it.
    const text = 'Headline of the story\nMOSCOW, Dec. 5, 2019 (Xinhua) -- Russia said';
    assert.strictEqual(findLooseDatelineDate(text), null);
    assert.deepStrictEqual(read(text), { month: 12, day: 5, year: 2019 });
  });

  it('falls back to the looser pass when the parse finds no dateline (step 2)', () => {
    const text = 'Paris, July 1. French officials said on Monday that talks would resume.';
    assert.strictEqual(parseDateline(text), null, 'a title-case place without an agency is no dateline');
    assert.deepStrictEqual(read(text), { month: 7, day: 1, year: null });
    assert.deepStrictEqual(readDatelineDate(text, null), { month: 7, day: 1, year: null });
  });

  it('takes the given span over the looser pass', () => {
    const text = 'Paris, July 1. Talks resumed on Aug. 2, 2024.';
    const start = text.indexOf('Aug. 2, 2024');
    assert.deepStrictEqual(readDatelineDate(text, { start, end: start + 'Aug. 2, 2024'.length }), { month: 8, day: 2, year: 2024 });
  });

  it('gives no date for a weekday-only dateline or a text without one', () => {
    assert.strictEqual(read('WASHINGTON, Monday (Reuters) - The Senate voted.'), null);
    assert.strictEqual(read('The Senate voted on July 1 to end the talks.'), null);
  });
});
