/**
 * English month and weekday names: the full names, the numbers they stand for and the regular-expression pieces
 * that find them. Three spellings of the patterns, kept apart on purpose: the temporal parsers' strict news forms,
 * the looser forms datelines use, and the checks' weekday with its wire abbreviation (merging them would change
 * what each finds).
 */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** The months' full names, January first. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;
/** The weekdays' full names, Monday (ISO weekday 1) first. */
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** A full month name, as written: "(?:January|…|December)". */
export const MONTH_NAME_RE = `(?:${MONTH_NAMES.join('|')})`;

/** Month names as written in news: full names, or AP-style abbreviations with an optional dot. */
export const MONTH_RE =
  String.raw`(?:${MONTH_NAMES.join('|')}|` +
  String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)`;

/** The words MONTH_RE is made of, in lower case. */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTHS);

/** The month a name or abbreviation stands for (1–12; a final dot ignored), or null. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
/** A full weekday name, as written: "(?:Monday|…|Sunday)". */
export const WEEKDAY_RE = `(?:${WEEKDAY_NAMES.join('|')})`;

/** The ISO weekday a weekday name, abbreviation or plural stands for ("Friday", "Tues.", "Mondays"), or null. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAYS[word.toLowerCase().replace(/s$/, '').replace(/\.$/, '')] ?? WEEKDAYS[word.toLowerCase()] ?? null;
}

/** Month names as datelines write them: full, or abbreviated with or without a dot ("Mar 3", "Sept. 5"). */
export const DATELINE_MONTH_RE =
  String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|` +
  String.raw`Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
/** Weekday names as datelines write them: full, or abbreviated ("Tues.", "Thurs"). */
export const DATELINE_WEEKDAY_RE = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day|\.)?`;

/** The checks' reading: the ISO weekday (Monday = 1) a weekday name or abbreviation names ("Tuesday", "Tues."), or null. */
export function weekdayOfWord(word: string): number | null {
  const w = word.toLowerCase();
  const prefixes = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  for (let i = 0; i < prefixes.length; i++) if (w.startsWith(prefixes[i])) return i + 1;
  return null;
}

/**
 * The checks' spelling of a weekday: the full name, or the wire abbreviation with its dot ("Tues.") — "Sun" or
 * "Wed" alone are ordinary words too often. Capitalised: "monday" in running text is rare, and case keeps "sat" out.
 */
export const CHECKS_WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)(?![\p{L}])/u;
