/**
 * Readable wording for the TimeML values that are not plain calendar dates: durations ("PT2H" → "2 hours", "P2E" →
 * "2 decades", "P3Q" → "3 quarters", "PXY" → "years"), parts of a year ("2025-Q3" → "Q3 2025", "2025-SU" → "summer
 * 2025", "2025-W27" → "week 27 of 2025"), decades and centuries ("199" → "the 1990s", "19" → "the 20th century"),
 * and the document-relative references ("FUTURE_REF" → "the future"). Undefined for anything else. Pure.
 */
const REFERENCES: Record<string, string> = { FUTURE_REF: 'the future', PAST_REF: 'the past', PRESENT_REF: 'the present' };

/**
 * Units of the date part of a duration. The core writes decades, centuries and millennia as E, C and L (and
 * quarters as Q); TimeML annotations also use DE, CE and ML. Longest first, so "DE" is not read as "D" + "E".
 */
const DATE_UNITS: ReadonlyArray<[string, string, string]> = [
  ['ML', 'millennium', 'millennia'], ['CE', 'century', 'centuries'], ['DE', 'decade', 'decades'],
  ['L', 'millennium', 'millennia'], ['C', 'century', 'centuries'], ['E', 'decade', 'decades'],
  ['Y', 'year', 'years'], ['Q', 'quarter', 'quarters'], ['M', 'month', 'months'], ['W', 'week', 'weeks'],
  ['D', 'day', 'days'],
];
const TIME_UNITS: ReadonlyArray<[string, string, string]> = [
  ['H', 'hour', 'hours'], ['M', 'minute', 'minutes'], ['S', 'second', 'seconds'],
];

const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

export function readableTimexValue(value: string): string | undefined {
  if (REFERENCES[value]) return REFERENCES[value];
  if (value.startsWith('P')) return readableDuration(value);
  return readablePeriod(value);
}

function readableDuration(value: string): string | undefined {
  const m = /^P([^T]*)(?:T(.*))?$/.exec(value);
  if (!m || (m[1] === '' && !m[2])) return undefined;
  const dateParts = amounts(m[1], DATE_UNITS);
  const timeParts = m[2] === undefined ? [] : amounts(m[2], TIME_UNITS);
  if (!dateParts || !timeParts || (m[2] !== undefined && timeParts.length === 0)) return undefined;
  return [...dateParts, ...timeParts].join(' ');
}

/** "2E1Y" → ["2 decades", "1 year"]; undefined unless the whole text is amounts with known units. */
function amounts(text: string, units: ReadonlyArray<[string, string, string]>): string[] | undefined {
  const parts: string[] = [];
  let rest = text;
  while (rest !== '') {
    const number = /^(?:X|\d+(?:\.\d+)?)/.exec(rest);
    if (!number) return undefined;
    rest = rest.slice(number[0].length);
    const unit = units.find(([code]) => rest.startsWith(code));
    if (!unit) return undefined;
    rest = rest.slice(unit[0].length);
    const [, singular, plural] = unit;
    // An unknown amount ("several years" is PXY) reads as the plain plural.
    parts.push(number[0] === 'X' ? plural : `${number[0]} ${number[0] === '1' ? singular : plural}`);
  }
  return parts;
}

/** Calendar periods coarser or other than a day, month or year. */
function readablePeriod(value: string): string | undefined {
  let m = /^(\d{4})-(Q[1-4]|H[12])$/.exec(value);
  if (m) return `${m[2]} ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${SEASONS[m[2]]} ${m[1]}`;
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) return `${m[3] ? 'the weekend of ' : ''}week ${Number(m[2])} of ${m[1]}`;
  m = /^(\d{3})$/.exec(value);
  if (m) return `the ${m[1]}0s`;
  m = /^(\d{2})$/.exec(value);
  if (m) return `the ${ordinal(Number(m[1]) + 1)} century`;
  return undefined;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}
