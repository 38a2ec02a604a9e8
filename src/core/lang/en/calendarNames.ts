/**
 * English month and weekday names: the numbers they stand for and the regular-expression pieces that find them.
 * Two spellings of each pattern, kept apart on purpose: the temporal parsers' strict news forms and the looser
 * forms datelines use (merging them would change what either finds).
 */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};

/** Month names as written in news: full names, or AP-style abbreviations with an optional dot. */
export const MONTH_RE =
  String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|` +
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
export const WEEKDAY_RE = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

/** Month names as datelines write them: full, or abbreviated with or without a dot ("Mar 3", "Sept. 5"). */
export const DATELINE_MONTH_RE =
  String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|` +
  String.raw`Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
/** Weekday names as datelines write them: full, or abbreviated ("Tues.", "Thurs"). */
export const DATELINE_WEEKDAY_RE = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day|\.)?`;
