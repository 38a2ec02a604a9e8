import * as assert from 'node:assert/strict';
import { addMonths, daysInMonth, isIsoDate, isLeapYear, isoWeekday, isValidDate } from '../../../../src/core/temporal/calendar';

describe('core calendar arithmetic', () => {
  it('counts the days of every month, February by the Gregorian leap rule', () => {
    assert.deepEqual(
      Array.from({ length: 12 }, (_, i) => daysInMonth(2023, i + 1)),
      [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31],
    );
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(1900, 2), 28); // divisible by 100, not by 400
    assert.equal(daysInMonth(2000, 2), 29); // divisible by 400
  });

  it('gives years 0000–0099 their own leap years, not those of 1900–1999', () => {
    // Date.UTC reads a two-digit year as 19xx: year 0000 (a leap year, like 2000) came out as 1900 (not one).
    assert.equal(isLeapYear(0), true);
    assert.equal(daysInMonth(0, 2), 29);
    assert.ok(isValidDate(0, 2, 29));
    assert.equal(daysInMonth(4, 2), 29);
    assert.equal(daysInMonth(99, 2), 28);
    assert.equal(daysInMonth(100, 2), 28);
    assert.deepEqual(addMonths({ year: 0, month: 1, day: 31 }, 1), { year: 0, month: 2, day: 29 });
  });

  it('agrees with the JavaScript calendar for every month of four centuries', () => {
    for (let year = 1600; year < 2000; year++) {
      for (let month = 1; month <= 12; month++) {
        assert.equal(daysInMonth(year, month), new Date(Date.UTC(year, month, 0)).getUTCDate(), `${year}-${month}`);
      }
    }
  });

  it('keeps weekdays of early years on the proleptic Gregorian calendar', () => {
    assert.equal(isoWeekday({ year: 1, month: 1, day: 1 }), 1); // a Monday
    assert.equal(isoWeekday({ year: 2022, month: 9, day: 22 }), 4); // a Thursday
  });

  it('reads a YYYY-MM-DD date only when it is written exactly so and exists', () => {
    for (const ok of ['2025-07-01', '2024-02-29', '0000-02-29', '0050-12-31', '9999-12-31']) assert.ok(isIsoDate(ok), ok);
    for (const bad of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-7-1', ' 2025-07-01', '2025-07-01T00:00', '20250701', '']) {
      assert.ok(!isIsoDate(bad), bad);
    }
  });
});
