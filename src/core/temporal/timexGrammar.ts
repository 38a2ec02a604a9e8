/**
 * The TIMEX3 value grammar (TimeML 1.2.1 and its annotated corpora): what a `value` may be, checked exactly. Every
 * digit place may be X (unknown). Years are four digits, 0000–9999; a year, decade, century or millennium before
 * the common era takes the TIMEX2/TimeML prefix BC (BC0300 = 300 BC, BC03 = the 4th century BC).
 *
 *   date      YYYY | YYYY-MM | YYYY-MM-DD | YYYY-Www | YYYY-Www-D | YYYY-Www-WE | YYYY-Qn | YYYY-Hn
 *             | YYYY-SP/SU/FA/WI | YYY (decade) | YY (century) | Y (millennium)
 *   time      a day, or a week day, then T and hh, hh:mm, hh:mm:ss(.s) or a part of day (MO MI AF EV NI DT),
 *             with an optional zone (Z, ±hh, ±hh:mm)
 *   duration  P then counts with units Y M W D and, after T, H M S (a count may be X or a decimal; no
 *             exponent), or one count of E (decades), C (centuries), L (millennia) or Q (quarters): P2E, PXQ
 *   reference PAST_REF | PRESENT_REF | FUTURE_REF
 *
 * Numbers are checked for range too: months 01–12, days 01–31 and within their month when the year and month are
 * known, weeks 01–53, weekdays 1–7, quarters 1–4, halves 1–2, hours 00–24, minutes and seconds 00–59.
 */

const D = String.raw`[\dX]`;
const YEAR = String.raw`(${D}{4})`;
const CALENDAR = new RegExp(
  String.raw`^(?:${YEAR}(?:-(${D}{2})(?:-(${D}{2}))?)?` +
    String.raw`|${YEAR}-W(${D}{2})(?:-([1-7X]|WE))?` +
    String.raw`|${YEAR}-(?:Q([1-4X])|H([12X])|(SP|SU|FA|WI)))$`,
);
const BC_YEAR = /^BC\d{1,4}$/;
const PERIOD = new RegExp(String.raw`^${D}{1,3}$`);
const CLOCK = /^(?:(MO|MI|AF|EV|NI|DT)|(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)$/;
const COUNT = String.raw`(?:X|\d+(?:\.\d+)?)`;
const DURATION = new RegExp(
  String.raw`^P(?:(?:${COUNT}Y)?(?:${COUNT}M)?(?:${COUNT}W)?(?:${COUNT}D)?(?:T(?:${COUNT}H)?(?:${COUNT}M)?(?:${COUNT}S)?)?|${COUNT}[ECLQ])$`,
);
const REFERENCES = new Set(['PAST_REF', 'PRESENT_REF', 'FUTURE_REF']);

function inRange(digits: string | undefined, min: number, max: number): boolean {
  return digits === undefined || /X/.test(digits) || (+digits >= min && +digits <= max);
}

function validCalendar(value: string): boolean {
  const m = CALENDAR.exec(value);
  if (!m) return false;
  const [, year, month, day, , week] = m;
  if (!inRange(month, 1, 12) || !inRange(day, 1, 31) || !inRange(week, 1, 53)) return false;
  if (year !== undefined && month !== undefined && day !== undefined && !/X/.test(year + month + day)) {
    // The day within its month (proleptic Gregorian; 0000 is a leap year).
    const y = +year;
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][+month - 1];
    if (+day > length) return false;
  }
  return true;
}

function validTime(value: string): boolean {
  const t = value.indexOf('T');
  const day = value.slice(0, t);
  // A time is anchored to a day or a week day ("XXXX-WXX-1TNI"), not to a month or a year.
  if (!/^(?:[\dX]{4}-[\dX]{2}-[\dX]{2}|[\dX]{4}-W[\dX]{2}-[1-7X])$/.test(day) || !validCalendar(day)) return false;
  const m = CLOCK.exec(value.slice(t + 1));
  if (!m) return false;
  if (m[1]) return true;
  const [, , hour, minute, second] = m;
  if (!inRange(hour, 0, 24) || !inRange(minute, 0, 59) || !inRange(second, 0, 59)) return false;
  return +hour < 24 || ((minute === undefined || +minute === 0) && (second === undefined || +second === 0));
}

/** True when `value` is a TIMEX3 value (see above). */
export function isTimexValue(value: string): boolean {
  if (REFERENCES.has(value)) return true;
  if (value.startsWith('P')) return DURATION.test(value) && value !== 'P' && !value.endsWith('T');
  if (value.includes('T')) return validTime(value);
  if (value.startsWith('BC')) return BC_YEAR.test(value);
  return PERIOD.test(value) || validCalendar(value);
}
