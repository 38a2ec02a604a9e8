import * as assert from 'node:assert/strict';
import {
  chronologicalKey,
  describeDateDistance,
  formatCalendarValue,
  parseCalendarValue,
  weekdayOf,
} from '../../../src/presentation/dateDistance';

describe('extension date distance wording', () => {
  it('says how far a date lies before the reference date, in two units', () => {
    assert.equal(describeDateDistance('2022-09-22', '2025-07-01'), '2 years 9 months earlier');
    assert.equal(describeDateDistance('2025-06-26', '2025-07-01'), '5 days earlier');
    assert.equal(describeDateDistance('2025-07-02', '2025-07-01'), '1 day later');
    assert.equal(describeDateDistance('2026-08-15', '2025-07-01'), '1 year 1 month later');
  });

  it('compares at the coarser granularity', () => {
    assert.equal(describeDateDistance('2025-07', '2025-07-01'), 'the same month');
    assert.equal(describeDateDistance('2025-04', '2025-07-20'), '3 months earlier');
    assert.equal(describeDateDistance('2023', '2025-07-01'), '2 years earlier');
    assert.equal(describeDateDistance('2025-07-01', '2025-07-01'), 'the same day');
  });

  it('counts whole months across short months', () => {
    assert.equal(describeDateDistance('2025-03-01', '2025-01-31'), '1 month 1 day later');
    assert.equal(describeDateDistance('2024-02-29', '2025-02-28'), '1 year earlier');
    assert.equal(describeDateDistance('2024-03-31', '2025-02-28'), '11 months earlier');
  });

  it('has nothing to say about values off the calendar or without a reference', () => {
    assert.equal(describeDateDistance('PT2H', '2025-07-01'), undefined);
    assert.equal(describeDateDistance('XXXX-09-22', '2025-07-01'), undefined);
    assert.equal(describeDateDistance('PRESENT_REF', '2025-07-01'), undefined);
    assert.equal(describeDateDistance('2022-09-22', null), undefined);
  });

  it('reads weekdays, readable forms and time values', () => {
    assert.equal(weekdayOf('2022-09-22'), 'Thursday');
    assert.equal(weekdayOf('2025-07-01T14:30'), 'Tuesday');
    assert.equal(weekdayOf('2025-07'), undefined);
    assert.equal(formatCalendarValue('2022-09-22'), '22 September 2022');
    assert.equal(formatCalendarValue('2025-07'), 'July 2025');
    assert.equal(parseCalendarValue('2025-02-30'), undefined);
    assert.ok(chronologicalKey('2022-09-22')! < chronologicalKey('2025')!);
    assert.equal(chronologicalKey('P3Y'), undefined);
  });

  it('reads years 0000-0099 as themselves, not as 1900-1999 (Date.UTC)', () => {
    assert.equal(weekdayOf('0001-01-01'), 'Monday'); // the proleptic Gregorian calendar's first Monday
    assert.equal(weekdayOf('0099-12-31'), 'Thursday');
    assert.equal(weekdayOf('0050-06-15'), 'Wednesday'); // Python's proleptic datetime agrees; 1950-06-15 was a Thursday
    assert.notEqual(parseCalendarValue('0000-02-29'), undefined); // year 0 is a leap year; 1900 was not
    assert.equal(parseCalendarValue('0100-02-29'), undefined);
    assert.ok(chronologicalKey('0050')! < chronologicalKey('1066')!, 'the year 50 before 1066 on the timeline');
    assert.ok(chronologicalKey('0099-12-31')! < chronologicalKey('0100-01-01')!);
    assert.equal(describeDateDistance('0050-03-01', '0050-02-28'), '1 day later');
    assert.equal(describeDateDistance('0048-03-01', '0048-02-28'), '2 days later');
  });
});
