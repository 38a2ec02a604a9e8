import * as assert from 'node:assert/strict';
import { calendarKey } from '../../../../src/core/story/timelineKey';
import { chronologicalKey } from '../../../../src/presentation/dateDistance';

describe('core story timeline key', () => {
  it('puts the year 0050 in the first century, before 1066 and before 1950 (not read as 1950)', () => {
    assert.ok(calendarKey('0050')! < calendarKey('1066')!);
    assert.ok(calendarKey('0050-03-15')! < calendarKey('1950-03-15')!);
    assert.notEqual(calendarKey('0050-03-15'), calendarKey('1950-03-15'));
    assert.ok(calendarKey('0099-12-31')! < calendarKey('0100-01-01')!);
    assert.ok(calendarKey('0000-02-29') !== undefined, '0000 is a leap year');
  });

  it('keys a day at midnight UTC since 1970 and a time within its day', () => {
    assert.equal(calendarKey('1970-01-01'), 0);
    assert.equal(calendarKey('1970-01-02'), 86_400_000);
    assert.equal(calendarKey('2025-07-01T14:30')! - calendarKey('2025-07-01')!, (14 * 60 + 30) * 60_000);
  });

  it('gives a period the key of its first day', () => {
    assert.equal(calendarKey('2025-07'), calendarKey('2025-07-01'));
    assert.equal(calendarKey('2025-Q3'), calendarKey('2025-07-01'));
    assert.equal(calendarKey('2025-H2'), calendarKey('2025-07-01'));
    assert.equal(calendarKey('2025-SU'), calendarKey('2025-06-01'));
    assert.equal(calendarKey('2025-W02'), calendarKey('2025-01-08'));
    assert.equal(calendarKey('202'), calendarKey('2020-01-01'));
    assert.equal(calendarKey('20'), calendarKey('2000-01-01'));
  });

  it('gives no key to values off the calendar or dates that do not exist', () => {
    for (const value of ['PRESENT_REF', 'P3Y', 'XXXX-09-22', '2025-02-30', '2025-13']) assert.equal(calendarKey(value), undefined, value);
  });

  it('agrees with the presentation layer on days, months and years (one calendar under both)', () => {
    for (const value of ['0050', '0050-03', '0050-03-15', '2022-09-22', '1900-02', '2000-02-29']) {
      assert.equal(chronologicalKey(value), calendarKey(value), value);
    }
  });
});
