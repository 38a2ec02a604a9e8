/**
 * The temporal tagger, family by family, against fixed reference dates. Each case checks the span found, its
 * TIMEX3 type and value (and mod where it matters).
 */
import * as assert from 'assert';
import { analyzeTemporal } from '../../../../src/core/temporal';
import { segment } from '../../../../src/core/document';

interface Expect { text: string; type?: string; value: string; mod?: string }

function tag(text: string, referenceDate?: string) {
  return analyzeTemporal(segment(text), referenceDate ? { referenceDate } : {});
}

/** Asserts the listed expressions are found (exact span text, value, type, mod) and nothing else. */
function expectExactly(text: string, referenceDate: string | undefined, expected: Expect[]) {
  const got = tag(text, referenceDate).expressions.map((e) => ({ text: e.text, type: e.type, value: e.value, mod: e.mod }));
  assert.deepStrictEqual(
    got.map((g) => [g.text, g.value]),
    expected.map((e) => [e.text, e.value]),
    `in: ${text}`,
  );
  expected.forEach((e, i) => {
    if (e.type) assert.strictEqual(got[i].type, e.type, `type of "${e.text}"`);
    if (e.mod !== undefined) assert.strictEqual(got[i].mod, e.mod, `mod of "${e.text}"`);
  });
}

const REF = '2025-07-01'; // a Tuesday, in ISO week 2025-W27

describe('temporal: explicit dates', () => {
  it('reads full dates in US and British order', () => {
    expectExactly('The call took place on September 22, 2022 and again on 3 March 2011.', REF, [
      { text: 'September 22, 2022', type: 'DATE', value: '2022-09-22' },
      { text: '3 March 2011', type: 'DATE', value: '2011-03-03' },
    ]);
  });
  it('reads abbreviated months, months with years, and bare years', () => {
    expectExactly('Shares fell on Aug. 7, 1998, after a slump in March 2011 and a boom in 1990.', REF, [
      { text: 'Aug. 7, 1998', value: '1998-08-07' },
      { text: 'March 2011', value: '2011-03' },
      { text: '1990', value: '1990' },
    ]);
  });
  it('reads ISO and slashed numeric dates, day-first only when the numbers say so', () => {
    expectExactly('Filed 2022-09-22, signed 22/09/2022, due 9/30/2022.', REF, [
      { text: '2022-09-22', value: '2022-09-22' },
      { text: '22/09/2022', value: '2022-09-22' },
      { text: '9/30/2022', value: '2022-09-30' },
    ]);
  });
  it('follows the document convention for ambiguous slashed dates', () => {
    const dayFirst = tag('Signed 22/09/2022; amended 05/10/2022.', REF).expressions.map((e) => e.value);
    assert.deepStrictEqual(dayFirst, ['2022-09-22', '2022-10-05']);
    const monthFirst = tag('Signed 09/22/2022; amended 05/10/2022.', REF).expressions.map((e) => e.value);
    assert.deepStrictEqual(monthFirst, ['2022-09-22', '2022-05-10']);
  });
});

describe('temporal: partial dates', () => {
  it('gives a month and day the reference year when close to it', () => {
    expectExactly('Talks resume July 1 and Sept. 22 is the deadline.', REF, [
      { text: 'July 1', value: '2025-07-01' },
      { text: 'Sept. 22', value: '2025-09-22' },
    ]);
  });
  it('puts a far-away month in the year the tense points to', () => {
    expectExactly('The plant closed on Dec. 5.', '2025-03-01', [{ text: 'Dec. 5', value: '2024-12-05' }]);
    expectExactly('The bonds will mature on Dec. 5.', '2025-03-01', [{ text: 'Dec. 5', value: '2025-12-05' }]);
  });
  it('keeps X for the year without a reference date', () => {
    expectExactly('Talks resume July 1.', undefined, [{ text: 'July 1', value: 'XXXX-07-01' }]);
  });
  it('reads a bare month after a calendar cue', () => {
    expectExactly('Prices rose in November.', '2025-12-10', [{ text: 'November', value: '2025-11' }]);
  });
});

describe('temporal: relative dates', () => {
  it('resolves weekdays by tense', () => {
    expectExactly('The minister resigned on Monday.', REF, [{ text: 'Monday', value: '2025-06-30' }]);
    expectExactly('The minister will resign on Friday.', REF, [{ text: 'Friday', value: '2025-07-04' }]);
    // Tomorrow's weekday means tomorrow even without a future marker ("the summit opens Wednesday").
    expectExactly('The summit opens Wednesday.', REF, [{ text: 'Wednesday', value: '2025-07-02' }]);
    expectExactly('He left last Tuesday and returns next Tuesday.', REF, [
      { text: 'last Tuesday', value: '2025-06-24' },
      { text: 'next Tuesday', value: '2025-07-08' },
    ]);
  });
  it('resolves days, weeks, months and years at their own granularity', () => {
    expectExactly('Yesterday the index fell; last week it rose; next month it may, and this year too.', REF, [
      { text: 'Yesterday', value: '2025-06-30' },
      { text: 'last week', value: '2025-W26' },
      { text: 'next month', value: '2025-08' },
      { text: 'this year', value: '2025' },
    ]);
  });
  it('resolves offsets into the past and future', () => {
    expectExactly('He arrived two days ago and the firm was founded three years ago.', REF, [
      { text: 'two days ago', type: 'DATE', value: '2025-06-29' },
      { text: 'three years ago', type: 'DATE', value: '2022' },
    ]);
  });
  it('reads a month of a relative year, and a weekday with its date as one expression', () => {
    expectExactly('Sales peaked in June last year and fell on Thursday, April 6.', REF, [
      { text: 'June last year', value: '2024-06' },
      { text: 'Thursday, April 6', value: '2025-04-06' },
    ]);
  });
  it('marks the start and end of a period', () => {
    expectExactly('Earlier this year profits fell.', REF, [{ text: 'Earlier this year', value: '2025', mod: 'START' }]);
  });
  it('takes a nearby holiday in the reference year, a distant one by tense', () => {
    expectExactly('Voters turned out on Election Day.', '2016-10-15', [{ text: 'Election Day', value: '2016-11-08' }]);
    expectExactly('Shops were busy at Christmas.', '2016-06-15', [{ text: 'Christmas', value: '2015-12-25' }]);
  });
  it('reads holidays and weekends', () => {
    expectExactly('Stores closed on Christmas Day, 2024 and over the weekend.', REF, [
      { text: 'Christmas Day, 2024', value: '2024-12-25' },
      { text: 'the weekend', value: '2025-W26-WE' },
    ]);
  });
});

describe('temporal: times and zones', () => {
  it('reads clock times with zones on the reference day', () => {
    const [e] = tag('The vote closes at 3 p.m. EST.', REF).expressions;
    assert.strictEqual(e.text, '3 p.m. EST');
    assert.strictEqual(e.type, 'TIME');
    assert.strictEqual(e.value, '2025-07-01T15:00');
    assert.strictEqual((e as { zone?: string }).zone, 'EST');
  });
  it('reads a 24-hour time after "at" but not a ratio', () => {
    expectExactly('The meeting is at 10:30; the ratio was 3:1.', REF, [{ text: '10:30', type: 'TIME', value: '2025-07-01T10:30' }]);
  });
  it('joins a time to its day', () => {
    expectExactly('Polls open at 9 a.m. Tuesday.', '2025-06-27', [{ text: '9 a.m. Tuesday', type: 'TIME', value: '2025-06-24T09:00' }]);
    expectExactly('The bomb went off Friday. It exploded at 10:35 a.m. near the embassy.', '2025-06-30', [
      { text: 'Friday', value: '2025-06-27' },
      { text: '10:35 a.m.', value: '2025-06-27T10:35' },
    ]);
  });
  it('gives a time the day named right after it, and keeps a joined day when an earlier day is in focus', () => {
    expectExactly('The blast came at 10:35 a.m. (0735 GMT) Friday.', '2025-06-30', [
      { text: '10:35 a.m.', value: '2025-06-27T10:35' },
      { text: 'Friday', value: '2025-06-27' },
    ]);
    expectExactly('On Monday talks failed. He was seized at 10 p.m. Saturday.', '2025-07-01', [
      { text: 'Monday', value: '2025-06-30' },
      { text: '10 p.m. Saturday', value: '2025-06-28T22:00' },
    ]);
  });
  it('reads parts of days', () => {
    expectExactly('This morning the market opened higher; tonight it closes.', REF, [
      { text: 'This morning', type: 'TIME', value: '2025-07-01TMO' },
      { text: 'tonight', type: 'TIME', value: '2025-07-01TNI' },
    ]);
  });
});

describe('temporal: quarters, halves, seasons, decades, centuries, fiscal years', () => {
  it('reads quarters', () => {
    expectExactly('Sales in the third quarter beat the fourth quarter of 2011; third-quarter profit rose.', REF, [
      { text: 'the third quarter', value: '2025-Q3' },
      { text: 'the fourth quarter of 2011', value: '2011-Q4' },
      { text: 'third-quarter', value: '2025-Q3' },
    ]);
  });
  it('reads seasons, decades and centuries', () => {
    expectExactly('Last fall, as in the 1990s and the 20th century, prices fell; this summer too.', REF, [
      { text: 'Last fall', value: '2024-FA' },
      { text: 'the 1990s', value: '199' },
      { text: 'the 20th century', value: '19' },
      { text: 'this summer', value: '2025-SU' },
    ]);
  });
  it('reads decades written without the century', () => {
    expectExactly("In the '80s and the 90's, and in the early 90s.", REF, [
      { text: "the '80s", value: '198' },
      { text: "the 90's", value: '199' },
      { text: 'the early 90s', value: '199', mod: 'START' },
    ]);
  });
  it('reads fiscal years and halves', () => {
    expectExactly('In fiscal 1989, the first half of 2011 and H2 2024 sales grew.', REF, [
      { text: 'fiscal 1989', value: '1989' },
      { text: 'the first half of 2011', value: '2011-H1' },
      { text: 'H2 2024', value: '2024-H2' },
    ]);
  });
  it('does not take the verb "fall" for a season', () => {
    expectExactly('Prices may fall further.', REF, []);
  });
});

describe('temporal: durations and modifiers', () => {
  it('reads durations with their modifiers inside the span', () => {
    expectExactly('They spoke for more than two hours over nearly three years.', REF, [
      { text: 'more than two hours', type: 'DURATION', value: 'PT2H', mod: 'MORE_THAN' },
      { text: 'nearly three years', type: 'DURATION', value: 'P3Y', mod: 'APPROX' },
    ]);
    expectExactly('It took at least 30 days, up to a decade, less than a week.', REF, [
      { text: 'at least 30 days', value: 'P30D', mod: 'EQUAL_OR_MORE' },
      { text: 'up to a decade', value: 'P1E', mod: 'EQUAL_OR_LESS' },
      { text: 'less than a week', value: 'P1W', mod: 'LESS_THAN' },
    ]);
  });
  it('reads adjectival, fractional and vague-count durations', () => {
    expectExactly('A two-year deal, 5 1/2 hours of talks and several months of delay.', REF, [
      { text: 'two-year', value: 'P2Y' },
      { text: '5 1/2 hours', value: 'PT5H30M' },
      { text: 'several months', value: 'PXM' },
    ]);
  });
  it('reads "last" after an auxiliary as the verb', () => {
    expectExactly('The truce would last 72 hours.', REF, [{ text: '72 hours', value: 'PT72H' }]);
  });
  it('reads stretches of time ending now', () => {
    expectExactly('Prices doubled over the past four months.', REF, [{ text: 'the past four months', type: 'DURATION', value: 'P4M' }]);
  });
  it('reads "no more than" as at most', () => {
    expectExactly('It lasts no more than sixty days.', REF, [{ text: 'no more than sixty days', value: 'P60D', mod: 'EQUAL_OR_LESS' }]);
  });
  it('does not take ages or fractions for durations', () => {
    expectExactly('A 47-year-old man was arrested on a day-to-day basis.', REF, []);
    expectExactly('Mr. Smith, 52 years old, imports three-quarters of the grain and a quarter of the oil.', REF, []);
  });
});

describe('temporal: sets', () => {
  it('reads recurring times', () => {
    expectExactly('They meet every Monday, publish weekly and pay dividends annually.', REF, [
      { text: 'every Monday', type: 'SET', value: 'XXXX-WXX-1' },
      { text: 'weekly', type: 'SET', value: 'P1W' },
      { text: 'annually', type: 'SET', value: 'P1Y' },
    ]);
  });
  it('reads recurring months', () => {
    expectExactly('The fair is held each July.', REF, [{ text: 'each July', type: 'SET', value: 'XXXX-07' }]);
  });
  it('reads rates per period after an amount', () => {
    expectExactly('It costs $5 million a year.', REF, [{ text: 'a year', type: 'SET', value: 'P1Y' }]);
  });
  it('leaves adjectives alone', () => {
    expectExactly('The company raised its quarterly dividend.', REF, []);
  });
});

describe('temporal: vague references', () => {
  it('reads present, past and future references', () => {
    expectExactly('Prices are now high; they were lower in the past and will rise in the near future.', REF, [
      { text: 'now', value: 'PRESENT_REF' },
      { text: 'the past', value: 'PAST_REF' },
      { text: 'in the near future', value: 'FUTURE_REF' },
    ]);
    expectExactly('Profits fell over the past several quarters and may rise in the coming months.', REF, [
      { text: 'the past several quarters', type: 'DATE', value: 'PAST_REF' },
      // A stretch of unstated length, not FUTURE_REF (see temporal-conventions.test.ts).
      { text: 'the coming months', type: 'DURATION', value: 'PXM' },
    ]);
    expectExactly('He recently said it is currently under review and will end soon.', REF, [
      { text: 'recently', value: 'PAST_REF' },
      { text: 'currently', value: 'PRESENT_REF' },
      { text: 'soon', value: 'FUTURE_REF' },
    ]);
  });
});

describe('temporal: ranges', () => {
  it('annotates both ends of a range as dates, as TimeML does', () => {
    expectExactly('He served from 2010 to 2012.', REF, [
      { text: '2010', value: '2010' },
      { text: '2012', value: '2012' },
    ]);
    expectExactly('The war of 2015-2016 ended.', REF, [
      { text: '2015', value: '2015' },
      { text: '2016', value: '2016' },
    ]);
    expectExactly('The show runs from June 3 to June 9.', REF, [
      { text: 'June 3', value: '2025-06-03' },
      { text: 'June 9', value: '2025-06-09' },
    ]);
  });
});

describe('temporal: what is not a date', () => {
  it('ignores product names, models and section numbers', () => {
    expectExactly('Windows 95 ran on a Boeing 747 and the 747 landed; see Section 2022 and Windows 2000.', REF, []);
  });
  it('ignores "May" as a name or modal and "March" as a verb', () => {
    expectExactly('Theresa May said protesters March on Parliament. May they succeed.', REF, []);
    expectExactly('The vote was held in May.', REF, [{ text: 'May', value: '2025-05' }]);
  });
  it('ignores a programme title that looks like a period', () => {
    expectExactly('He said on ABC\'s "This Week" that talks failed.', REF, []);
  });
  it('ignores quantities that look like years', () => {
    expectExactly('The plant employs 1990 workers and costs $2000.', REF, []);
  });
});

describe('temporal: anaphoric references', () => {
  it('gives "back then" the latest explicit date before it', () => {
    expectExactly('The call took place on September 22, 2022. Back then, he said no.', REF, [
      { text: 'September 22, 2022', value: '2022-09-22' },
      { text: 'Back then', value: '2022-09-22' },
    ]);
  });
  it('skips an anaphoric reference with nothing to point back to', () => {
    expectExactly('Back then, he said no.', REF, []);
  });
});
