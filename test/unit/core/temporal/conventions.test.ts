/**
 * TimeML conventions and tense cues added while tuning on TBAQ: each case is a made-up sentence that exercises
 * one rule, and would fail if that rule broke.
 */
import * as assert from 'assert';
import { analyzeTemporal } from '../../../../src/core/temporal';
import { segment } from '../../../../src/core/document';

const REF = '2025-07-01'; // a Tuesday

function find(text: string, phrase: string, referenceDate = REF) {
  const all = analyzeTemporal(segment(text), { referenceDate }).expressions;
  const e = all.find((x) => x.text === phrase);
  assert.ok(e, `"${phrase}" not found in: ${text} (found ${all.map((x) => `"${x.text}"`).join(', ') || 'nothing'})`);
  return e;
}

describe('temporal conventions: tense of bare weekdays and months', () => {
  it('does not read "next to" (a place) as a future cue', () => {
    assert.strictEqual(find('Two bombs exploded next to the embassies in Kenya and Tanzania on Friday.', 'Friday').value, '2025-06-27');
  });
  it('puts a weekday right after a past-tense verb in the past, even when it is tomorrow\'s weekday', () => {
    assert.strictEqual(find('Sununu was told Wednesday by the president\'s son that he had lost support.', 'Wednesday').value, '2025-06-25');
    // Without the verb, tomorrow's weekday still means tomorrow.
    assert.strictEqual(find('The team will leave Nairobi on Wednesday for Dar es Salaam.', 'Wednesday').value, '2025-07-02');
  });
  it('lets a past-tense verb after a future cue decide ("said they would appeal the decision, announced Monday")', () => {
    assert.strictEqual(find('They said they would appeal the decision, announced Monday by the commissioner.', 'Monday').value, '2025-06-30');
  });
  it('reads "would", "as soon as" and a postponement "until" as looking ahead', () => {
    assert.strictEqual(find('Officials postponed until Thursday any action on the case.', 'Thursday').value, '2025-07-03');
    assert.strictEqual(find('He said the group would travel Sunday.', 'Sunday').value, '2025-07-06');
  });
  it('reads a plan reported in the past perfect as past ("had been due to expire Friday")', () => {
    assert.strictEqual(find('The offer was extended to Nov. 16. It had been due to expire Friday.', 'Friday').value, '2025-06-27');
  });
  it('reads "by" + month as a deadline ahead', () => {
    assert.strictEqual(find('Qantas said it would almost double its flights by August.', 'August', '2025-02-13').value, '2025-08');
    assert.strictEqual(find('The bank must repay the loan by February.', 'February', '2025-10-30').value, '2026-02');
  });
});

describe('temporal conventions: hedges and prepositions before durations', () => {
  it('leaves "about" and "almost" outside the extent but keeps the APPROX mod', () => {
    const e = find('The talks lasted about two weeks.', 'two weeks');
    assert.strictEqual(e.value, 'P2W');
    assert.strictEqual(e.mod, 'APPROX');
    assert.strictEqual(find('He was held for almost five months.', 'five months').mod, 'APPROX');
  });
  it('keeps "nearly" and "more than" inside the extent', () => {
    assert.strictEqual(find('He was held for nearly five months.', 'nearly five months').mod, 'APPROX');
    assert.strictEqual(find('The call lasted more than two hours.', 'more than two hours').mod, 'MORE_THAN');
  });
  it('does not widen over a bare "over" (the preposition), only over "over" after "well"/"just" (which stay out)', () => {
    const e = find('Sales rose 5% over three years.', 'three years');
    assert.strictEqual(e.mod, undefined);
    assert.strictEqual(find('The strike lasted well over three years.', 'over three years').mod, 'MORE_THAN');
    assert.strictEqual(find('Just over an hour later, he died.', 'over an hour').mod, 'MORE_THAN');
    assert.strictEqual(find('The talks lasted just more than two hours.', 'more than two hours').mod, 'MORE_THAN');
  });
});

describe('temporal conventions: year ends and periods counted from an earlier date', () => {
  it('values "year-end" as the year with mod END, like "the end of the year"', () => {
    const e = find('The deal should close by year-end.', 'year-end');
    assert.strictEqual(e.value, '2025');
    assert.strictEqual(e.mod, 'END');
  });
  it('counts "the following year" and "the previous month" from the latest date before them', () => {
    assert.strictEqual(find('He was promoted in 1995, and the following year he became an attache.', 'the following year').value, '1996');
    assert.strictEqual(find('The board met in March 2019. The following month, the company put itself up for sale.', 'The following month').value, '2019-04');
  });
  it('falls back on the reference date when no date comes before', () => {
    assert.strictEqual(find('The following year will be harder.', 'The following year').value, '2026');
  });
});

describe('temporal conventions: stretches of unstated length', () => {
  it('values "recent weeks", "the coming months", "the weeks ahead" as durations with X', () => {
    for (const [text, phrase, value] of [
      ['Tensions have grown in recent weeks.', 'recent weeks', 'PXW'],
      ['Prices may rise in the coming months.', 'the coming months', 'PXM'],
      ['Investors will sell in the weeks ahead.', 'the weeks ahead', 'PXW'],
      ['Sales slowed in recent years.', 'recent years', 'PXY'],
    ]) {
      const e = find(text, phrase);
      assert.strictEqual(e.type, 'DURATION', phrase);
      assert.strictEqual(e.value, value, phrase);
    }
  });
  it('keeps "recently" and "the past several quarters" as PAST_REF', () => {
    assert.strictEqual(find('He recently resigned.', 'recently').value, 'PAST_REF');
    assert.strictEqual(find('Profits fell over the past several quarters.', 'the past several quarters').value, 'PAST_REF');
  });
});

describe('temporal conventions: the present age and "soon" after a past event', () => {
  it('does not tag "today\'s" before a noun of the present age, but keeps the day elsewhere', () => {
    const none = analyzeTemporal(segment('Paternity is easy to prove in today\'s world and in today\'s personal computers.'), { referenceDate: REF });
    assert.deepStrictEqual(none.expressions.map((e) => e.text), []);
    assert.strictEqual(find('The offer was advertised in today\'s editions of the paper.', 'today').value, REF);
  });
  it('does not tag "soon" that follows a past event', () => {
    for (const text of ['He was killed soon after being captured.', 'The trickle soon became a flood.', 'He was soon released.']) {
      assert.deepStrictEqual(analyzeTemporal(segment(text), { referenceDate: REF }).expressions.map((e) => e.text), [], text);
    }
    assert.strictEqual(find('Prosecutors may soon seek an indictment.', 'soon').value, 'FUTURE_REF');
  });
});

describe('temporal conventions: idioms', () => {
  it('does not read "high noon" as a clock time, but keeps "at noon"', () => {
    assert.deepStrictEqual(analyzeTemporal(segment('For Poland, high noon has come. It was like High Noon.'), { referenceDate: REF }).expressions.map((e) => e.text), []);
    assert.strictEqual(find('The vote is at noon.', 'noon').type, 'TIME');
  });
});

describe('temporal conventions: a year naming a reporting period', () => {
  it('values "the 1988 quarter" as the quarter the report is about, in that year (not a duration)', () => {
    const e = find('Third-quarter profit rose to $5 million from $3 million in the 1988 quarter.', 'the 1988 quarter', '1989-10-30');
    assert.strictEqual(e.type, 'DATE');
    assert.strictEqual(e.value, '1988-Q3');
    assert.strictEqual(find('Profit rose from the 1988 period.', 'the 1988 period', '1989-10-30').value, '1988-QX');
  });
});

describe('temporal conventions: days and weeks next to an event', () => {
  it('tags "the [weeks] before the shooting" as a DATE in the month of the latest date before it', () => {
    const text = 'The doctor was shot on Oct. 23, 1998. His car was seen in the weeks before the shooting.';
    const e = find(text, 'weeks');
    assert.strictEqual(e.type, 'DATE');
    assert.strictEqual(e.value, '1998-10');
  });
  it('leaves "for weeks" and "two weeks before" to the duration parsers', () => {
    assert.strictEqual(find('They argued for weeks.', 'weeks').type, 'DURATION');
    assert.strictEqual(find('It happened two weeks before the vote.', 'two weeks').type, 'DURATION');
  });
});

describe('temporal conventions: stretches told from an event', () => {
  it('tags "Three days later" as the DURATION "Three days" (leaving the signal "later" out)', () => {
    const e = find('The market fell. Three days later, it recovered.', 'Three days');
    assert.strictEqual(e.type, 'DURATION');
    assert.strictEqual(e.value, 'P3D');
    assert.strictEqual(find('A few days later, the company announced losses.', 'A few days').value, 'PXD');
  });
  it('keeps "a year earlier" and "two days ago" as dates', () => {
    assert.strictEqual(find('Sales rose from $5 million a year earlier.', 'a year earlier').type, 'DATE');
    assert.strictEqual(find('He left two days ago.', 'two days ago').value, '2025-06-29');
  });
  it('reads "a minute and a half" as PT1M30S', () => {
    assert.strictEqual(find('But a minute and a half later, a pilot called.', 'a minute and a half').value, 'PT1M30S');
  });
});

describe('temporal conventions: the same reporting period a year before', () => {
  it('reads "the quarter a year ago", "the corresponding period last year", "last year\'s quarter" as one expression', () => {
    const report = 'Third-quarter profit rose 5%. ';
    for (const phrase of ['the quarter a year ago', 'the corresponding period last year', "last year's quarter"]) {
      const e = find(`${report}Sales were higher than in ${phrase}.`, phrase, '1989-10-30');
      assert.strictEqual(e.value, '1988-Q3', phrase);
    }
  });
});

describe('temporal conventions: weeks named by a day', () => {
  it('values "the week of March 6" and "Easter week" as the ISO week', () => {
    assert.strictEqual(find('The case will be heard the week of March 6.', 'the week of March 6', '2000-02-24').value, '2000-W10');
    assert.strictEqual(find('Protesters prayed as Easter week began.', 'Easter week', '2000-04-17').value, '2000-W16');
  });
});

describe('temporal conventions: years with a prefix, hours with a part of the day', () => {
  it('reads "post-1959" and "pre-1990" as the year, prefix inside the span', () => {
    assert.strictEqual(find('The post-1959 politics split families.', 'post-1959').value, '1959');
    assert.strictEqual(find('Output is back to pre-1990 levels.', 'pre-1990').value, '1990');
  });
  it('reads "4 in the morning", "five in the afternoon" and "ten at night" as clock times', () => {
    assert.strictEqual(find('He will leave at 4 in the morning.', '4 in the morning').value, '2025-07-01T04:00');
    assert.strictEqual(find('The vote came at five in the afternoon.', 'five in the afternoon').value, '2025-07-01T17:00');
    assert.strictEqual(find('They met at ten at night.', 'ten at night').value, '2025-07-01T22:00');
  });
});

describe('temporal conventions: deadlines in past reports', () => {
  it('keeps "by Wednesday" in the past when the clause reports the past', () => {
    assert.strictEqual(find('All members had filed compliance reports by Wednesday.', 'Wednesday', '2025-07-04').value, '2025-07-02');
  });
});
