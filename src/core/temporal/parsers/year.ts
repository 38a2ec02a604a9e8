/** A year written alone: "2022", "in 1990", "post-1959" (not a model number, a count or a quantity). */
import { formatYearValue } from '../calendar';
import { DIGIT_RUN } from '../triggerWords';
import type { TemporalParser } from '../types';
import { candidate, YEAR } from './writtenDate';

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
