/**
 * English words of counting and time: numbers written in words or figures ("twenty-four", "a few", "5 1/2"),
 * units ("hours", "decades"), seasons and ordinals, and the regular-expression pieces built from them. (Month and
 * weekday names are in calendarNames.ts.)
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/**
 * A count as written in news: digits ("18", "1,000", "5 1/2"), words ("twenty four", "twenty-four"),
 * "a"/"an"/"one", "a hundred", or a vague count ("several", "a few", "many") whose value is unknown (X).
 */
export const NUMBER_RE =
  String.raw`(?:\d+(?:,\d{3})*(?:\.\d+)?(?: 1\/2|½)?|` +
  String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|` +
  String.raw`zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|` +
  String.raw`seventeen|eighteen|nineteen)(?:[- ]and[- ]a[- ]half)?(?:[- ](?:hundred|thousand))?|` +
  String.raw`an?(?: (?:hundred|thousand|half|couple of|few))?|a couple of|couple of|several|a few|few|many|some|dozens of|hundreds of|a dozen|a half)`;

/** The numeric value of a count, or null when the count is vague ("several", "a few"). Halves give .5. */
export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+(?:\.\d+)?$/.test(s)) return parseFloat(s);
  const frac = /^(\d+) (?:1\/2|½)$/.exec(s) ?? /^(\d+)½$/.exec(s);
  if (frac) return +frac[1] + 0.5;
  if (s === 'a' || s === 'an') return 1;
  if (s === 'a dozen') return 12;
  if (s === 'a half') return 0.5;
  if (s === 'a hundred' || s === 'an hundred') return 100;
  if (s === 'a thousand') return 1000;
  if (/couple/.test(s)) return 2;
  const half = /[- ]and[- ]a[- ]half$/.test(s) ? 0.5 : 0;
  let rest = s.replace(/[- ]and[- ]a[- ]half$/, '');
  let multiplier = 1;
  const mult = /[- ](hundred|thousand)$/.exec(rest);
  if (mult) {
    multiplier = mult[1] === 'hundred' ? 100 : 1000;
    rest = rest.slice(0, mult.index);
  }
  const parts = rest.split(/[- ]/);
  let n = 0;
  for (const p of parts) {
    if (p in UNITS) n += UNITS[p];
    else if (p in TENS) n += TENS[p];
    else return null;
  }
  return (n + half) * multiplier;
}

/** The TIMEX3 unit a unit word names (seconds … millennia; "WE" a weekend, two days). */
export type Unit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'E' | 'C' | 'L' | 'WE';

export const UNIT_RE =
  String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|centuries|century|millenni(?:um|a))`;

/** The words UNIT_RE is made of, in lower case. */
export const UNIT_WORDS: readonly string[] = [
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
  'weekend', 'weekends', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'decade', 'decades', 'centuries',
  'century', 'millennium', 'millennia',
];

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w.startsWith('second')) return 'S';
  if (w.startsWith('minute')) return 'MIN';
  if (w.startsWith('hour')) return 'H';
  if (w.startsWith('day') || w.startsWith('night')) return 'D';
  if (w.startsWith('weekend')) return 'WE';
  if (w.startsWith('week')) return 'W';
  if (w.startsWith('month')) return 'M';
  if (w.startsWith('quarter')) return 'Q';
  if (w.startsWith('year')) return 'Y';
  if (w.startsWith('decade')) return 'E';
  if (w.startsWith('centur')) return 'C';
  if (w.startsWith('millenni')) return 'L';
  return null;
}

export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI',
};

export const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5,
  sixth: 6, '6th': 6, seventh: 7, '7th': 7, eighth: 8, '8th': 8, ninth: 9, '9th': 9, tenth: 10, '10th': 10,
  eleventh: 11, '11th': 11, twelfth: 12, '12th': 12, thirteenth: 13, '13th': 13, fourteenth: 14, '14th': 14,
  fifteenth: 15, '15th': 15, sixteenth: 16, '16th': 16, seventeenth: 17, '17th': 17, eighteenth: 18, '18th': 18,
  nineteenth: 19, '19th': 19, twentieth: 20, '20th': 20, 'twenty-first': 21, '21st': 21, last: -1, final: -1,
};
