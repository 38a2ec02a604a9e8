/**
 * Readable wording for the TimeML values that are not calendar dates: durations ("PT2H" → "2 hours", "P3Y" →
 * "3 years", "PXY" → "years") and the document-relative references ("FUTURE_REF" → "the future"). Pure.
 */
const REFERENCES: Record<string, string> = { FUTURE_REF: 'the future', PAST_REF: 'the past', PRESENT_REF: 'the present' };

const DATE_UNITS: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day' };
const TIME_UNITS: Record<string, string> = { H: 'hour', M: 'minute', S: 'second' };
const DECADE_UNITS: Record<string, string> = { DE: 'decade', CE: 'century', ML: 'millennium' };

export function readableTimexValue(value: string): string | undefined {
  if (REFERENCES[value]) return REFERENCES[value];
  const m = /^P(?:([\dX.]+)(DE|CE|ML))?((?:[\dX.]+[YMWD])*)(?:T((?:[\dX.]+[HMS])+))?$/.exec(value);
  if (!m || value === 'P' || value === 'PT') return undefined;
  const parts: string[] = [];
  if (m[1]) parts.push(amount(m[1], DECADE_UNITS[m[2]]));
  for (const [, n, unit] of (m[3] ?? '').matchAll(/([\dX.]+)([YMWD])/g)) parts.push(amount(n, DATE_UNITS[unit]));
  for (const [, n, unit] of (m[4] ?? '').matchAll(/([\dX.]+)([HMS])/g)) parts.push(amount(n, TIME_UNITS[unit]));
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** "2 hours", "1 year", and "years" for an unknown number ("several years" is PXY). */
function amount(n: string, unit: string): string {
  if (/X/.test(n)) return unit === 'century' ? 'centuries' : unit === 'millennium' ? 'millennia' : `${unit}s`;
  const plural = n === '1' ? unit : unit === 'century' ? 'centuries' : unit === 'millennium' ? 'millennia' : `${unit}s`;
  return `${n} ${plural}`;
}
