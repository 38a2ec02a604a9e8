/**
 * Dates written with a month name: "September 22, 2022", "Sept. 22", "22 September 2022", "the 22nd of
 * September", "March 2011", "July of 1997", "November". A year that is not written is the one that puts the
 * date nearest the reference date (in the direction of the sentence's tense when the month is far away).
 */
import { formatDay, formatMonth, formatYearValue, isValidDate, pad, type CalendarDate } from '../calendar';
import { MONTH_RE, MONTH_WORDS, monthNumber } from '../lexicon';
import { DIGIT_RUN } from '../triggerWords';
import type { TimexCandidate, ParseContext, TemporalParser } from '../types';

/** Days either side of the reference date in which a month and day without year are taken in its year. */
const NEAR_DAYS = 120;

/** The year for a month (and day) written without one: the occurrence nearest the reference date. */
export function inferYear(ref: CalendarDate | null, month: number, day: number | null, tense: 'past' | 'future'): number | null {
  if (!ref) return null;
  const days = (month - ref.month) * 30.5 + ((day ?? 15) - ref.day);
  // Within about four months of the reference date: that year. Further away, the occurrence the tense points
  // to: a past-tense report of "Oct. 23" written in May means last October, "will expire Jan. 2" next January.
  if (Math.abs(days) <= NEAR_DAYS) return ref.year;
  if (tense === 'past') return days > 0 ? ref.year - 1 : ref.year;
  return days < 0 ? ref.year + 1 : ref.year;
}

/** The day's value; undefined when there is no such day (February 30), null when TIMEX3 cannot write its year. */
function dayValue(ctx: ParseContext, year: number | null, month: number, day: number, offset: number): string | null | undefined {
  const y = year ?? inferYear(ctx.ref, month, day, ctx.tenseAt(offset));
  if (!isValidDate(y ?? 2000, month, day)) return undefined;
  return y === null ? `XXXX-${pad(month)}-${pad(day)}` : formatDay({ year: y, month, day });
}

function candidate(m: RegExpExecArray, value: string | null, parser: string, absolute: boolean): TimexCandidate {
  return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, parser, anchoring: absolute ? 'absolute' : 'relative' };
}

/** A 2-digit or 4-digit year as written after a date ("'98" is 1998). */
function fullYear(raw: string): number {
  const digits = raw.replace(/^['’]/, '');
  return digits.length === 2 ? (+digits > 30 ? 1900 : 2000) + +digits : +digits;
}

const YEAR = String.raw`(?:1[0-9]\d\d|20\d\d)`;

export const monthDayYearParser: TemporalParser = {
  name: 'monthDayYear',
  // "September 22, 2022", "Sept. 22", "Aug. 7, 1998", "March 5th"
  pattern: new RegExp(String.raw`\b(${MONTH_RE}) (\d{1,2})(?:st|nd|rd|th)?\b(?!:\d|\.\d|,\d{3})(?:,? (${YEAR}|['’]\d\d)\b)?`, 'g'),
  trigger: { words: MONTH_WORDS, lead: 0 },
  extract(m, ctx) {
    const month = monthNumber(m[1]);
    if (month === null) return null;
    const value = dayValue(ctx, m[3] ? fullYear(m[3]) : null, month, +m[2], m.index);
    return value === undefined ? null : candidate(m, value, this.name, !!m[3]);
  },
};

export const dayMonthYearParser: TemporalParser = {
  name: 'dayMonthYear',
  // "22 September 2022", "1st of July", "the 22nd of September". The day is the trigger: no \b ends the month,
  // which may run on into a longer word ("5 Marchers" gives "5 March").
  pattern: new RegExp(String.raw`\b(?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?(${MONTH_RE})(?:,? (${YEAR})\b)?`, 'g'),
  trigger: { words: [DIGIT_RUN], lead: 4 },
  extract(m, ctx) {
    const month = monthNumber(m[2]);
    if (month === null) return null;
    const value = dayValue(ctx, m[3] ? +m[3] : null, month, +m[1], m.index);
    return value === undefined ? null : candidate(m, value, this.name, !!m[3]);
  },
};

export const monthYearParser: TemporalParser = {
  name: 'monthYear',
  // "March 2011", "July of 1997", "June, 1989"
  pattern: new RegExp(String.raw`\b(${MONTH_RE}),? (?:of )?(${YEAR})\b`, 'g'),
  trigger: { words: MONTH_WORDS, lead: 0 },
  extract(m) {
    const month = monthNumber(m[1]);
    return month === null ? null : candidate(m, formatMonth(+m[2], month), this.name, true);
  },
};

/** Prepositions and modifiers that make a bare "May" or "March" a month rather than a name or a verb. */
const MONTH_CUE = /\b(?:in|since|until|till|by|from|to|through|during|of|early|late|mid|last|next|this|before|after|between|and|or|around|on|each|every)[\s-]+$/i;

export const monthAloneParser: TemporalParser = {
  name: 'monthAlone',
  pattern: /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b(?![-–]\w)/g,
  trigger: { words: MONTH_WORDS, lead: 0 },
  extract(m, ctx) {
    const word = m[1];
    const before = ctx.text.slice(Math.max(0, m.index - 20), m.index);
    const after = ctx.text.slice(m.index + word.length, m.index + word.length + 20);
    // "May" (a modal verb or a name) and "March" (a verb) only count with a calendar cue before them.
    if ((word === 'May' || word === 'March' || word === 'June' || word === 'April' || word === 'August') &&
        !MONTH_CUE.test(before)) return null;
    // "Theresa May said", "May Day": a capitalised word right after is a name (but not a weekday or a year).
    if (/^ (?!(?:and|or)\b)\p{Lu}\p{Ll}/u.test(after) && !/^ (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/.test(after)) return null;
    // "Brian May", "Elizabeth June": a capitalised word right before (that does not merely start the sentence).
    const startsText = m.index === before.length;
    if (/\p{Lu}\p{Ll}+ $/u.test(before) && !MONTH_CUE.test(before) &&
        !(startsText ? /^\s*\p{Lu}\p{Ll}+ $/u : /[.!?"“]\s*\p{Lu}\p{Ll}+ $/u).test(before)) return null;
    const month = monthNumber(word)!;
    const year = inferYear(ctx.ref, month, null, ctx.tenseAt(m.index));
    const value = year === null ? `XXXX-${pad(month)}` : formatMonth(year, month);
    return candidate(m, value, this.name, false);
  },
};

/** Words before a number that make it a name, a model or a reference rather than a year. */
const NOT_YEAR_BEFORE =
  /(?:\b(?:Windows|Boeing|Airbus|Section|Sections|Article|Articles|Chapter|Room|Flight|Highway|Route|Interstate|Model|No\.|Nos\.|Number|Resolution|Rule|Bill|Act|Paragraph|Item|Suite|Box|Apt\.|Unit|Page|Pages|pp\.|Vol\.|Volume|Figure|Table|Code|Form|Channel|Gate|Track|Row|Seat|Version|Chapter|Exhibit|Lot|Bus|Train|Platform|Precinct|Catalog|Serial|Part|Level|Grade|Class|SE|DOS|Office|Visual|Studio|Server|Xbox|PlayStation|iPhone)\s+|[#$€£¥]\s?|\d[.,]?|[-–/]|\b\d+\s+)$/;
/** What may follow a year (units and percentages make it a quantity). */
const NOT_YEAR_AFTER = /^(?:[.,]\d|%|\s*(?:percent|per cent|people|persons|votes|voters|troops|soldiers|workers|jobs|employees|members|units|cars|vehicles|homes|houses|feet|foot|meters|metres|miles|kilometers|km|tons|tonnes|pounds|kg|dollars|euros|yen|barrels|shares|points|acres|cases|deaths|miles?|students|children|[-–/]\d|\.\d|:\d|\s*(?:million|billion|thousand)\b))/i;

export const yearParser: TemporalParser = {
  name: 'year',
  // "2022", "in 1990", "1998's"
  pattern: new RegExp(String.raw`\b(${YEAR})\b(?!['’]?s\b)`, 'g'),
  trigger: { words: [DIGIT_RUN], lead: 0 },
  extract(m, ctx) {
    const year = +m[1];
    if (year < 1000) return null;
    const before = ctx.text.slice(Math.max(0, m.index - 30), m.index);
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // "mid-1996": the modifier refiner reads the "mid-"; "2015-2016": a range of two years, each a date.
    const rangeBefore = /\b(1[0-9]\d\d|20\d\d)[-–]$/.exec(before);
    const rangeAfter = /^[-–](1[0-9]\d\d|20\d\d)\b/.exec(after);
    const inRange = (rangeBefore && +rangeBefore[1] < year) || (rangeAfter && +rangeAfter[1] > year);
    if (!inRange && ((NOT_YEAR_BEFORE.test(before) && !/\b(?:mid|pre|post)-$/i.test(before)) || NOT_YEAR_AFTER.test(after))) return null;
    // Far from the present, a bare 4-digit number needs a calendar cue ("in 1492"), else it is a quantity.
    if ((year < 1800 || (ctx.ref && year > ctx.ref.year + 30)) && !/\b(?:in|since|by|of|from|until|before|after|the|early|late|mid-?)\s*$/i.test(before)) return null;
    // "post-1959 politics", "pre-1990 levels": the year, with its prefix inside the span (as annotated).
    const prefix = /\b(?:pre|post)-$/i.exec(before);
    if (prefix) return { ...candidate(m, formatYearValue(year), this.name, true), start: m.index - prefix[0].length };
    return candidate(m, formatYearValue(year), this.name, true);
  },
};

/**
 * Numeric dates: ISO "2022-09-22", and slashed "22/09/2022" or "9/22/2022". A slashed date is read day-first
 * when its first number cannot be a month, month-first when its second cannot be, and otherwise by the
 * convention the document shows elsewhere (month-first, the US news convention, when it shows none).
 */
export const numericDateParser: TemporalParser = {
  name: 'numericDate',
  pattern: /\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})([/.])(\d{1,2})\5(\d{4}|\d{2}))\b(?![/.]\d)/g,
  trigger: { words: [DIGIT_RUN], lead: 0 },
  extract(m, ctx) {
    if (m[1]) {
      const [y, mo, d] = [+m[1], +m[2], +m[3]];
      return isValidDate(y, mo, d) ? candidate(m, formatDay({ year: y, month: mo, day: d }), this.name, true) : null;
    }
    // Dotted numbers are too often decimals or versions ("1.5.2"): only a 4-digit year makes them dates.
    if (m[5] === '.' && m[7].length !== 4) return null;
    const a = +m[4];
    const b = +m[6];
    const year = fullYear(m[7]);
    let dayFirst: boolean;
    if (a > 12 && b <= 12) dayFirst = true;
    else if (b > 12 && a <= 12) dayFirst = false;
    else dayFirst = ctx.prefersDayFirst();
    const [day, month] = dayFirst ? [a, b] : [b, a];
    return isValidDate(year, month, day) ? candidate(m, formatDay({ year, month, day }), this.name, true) : null;
  },
};

/** True when the document's unambiguous slashed dates are day-first (22/09/2022). One pass over the text. */
export function documentPrefersDayFirst(text: string): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d{2})\b/g)) {
    if (+m[1] > 12 && +m[2] <= 12) dayFirst++;
    else if (+m[2] > 12 && +m[1] <= 12) monthFirst++;
  }
  return dayFirst > monthFirst;
}
