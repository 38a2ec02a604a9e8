/**
 * Temporal expressions (TimeML TIMEX3): a chrono-style pipeline. Small parsers, each one regular expression and
 * what its matches mean, propose candidates; refiners join clock times to days, widen over modifiers ("more
 * than"), keep the longest of overlapping candidates and fill anaphoric references ("back then").
 * See docs/temporal.md.
 */
import type { Span, TemporalExpression } from '../types';
import type { SegmentedText } from '../document';
import { parseIsoDate, type CalendarDate } from './calendar';
import type { TimexCandidate, ParseContext, TemporalParser, TemporalRefiner } from './types';
import { monthDayYearParser } from './parsers/monthDayYear';
import { dayMonthYearParser } from './parsers/dayMonthYear';
import { monthYearParser } from './parsers/monthYear';
import { monthAloneParser } from './parsers/monthAlone';
import { yearParser } from './parsers/year';
import { documentPrefersDayFirst, numericDateParser } from './parsers/numericDate';
import { relativeDayParser } from './parsers/relativeDay';
import { weekdayParser } from './parsers/weekday';
import { monthOfRelativeYearParser, theYearParser, offsetParser, relativeMonthParser, relativePeriodParser } from './parsers/relativePeriod';
import { fiscalYearParser, halfParser, quarterParser, seasonParser, yearEndParser } from './parsers/partOfYear';
import { centuryParser, decadeParser } from './parsers/decade';
import { clockTimeParser, hourOfPartOfDayParser } from './parsers/time';
import { countedDurationParser } from './parsers/duration';
import { setParser } from './parsers/set';
import { vagueParser } from './parsers/vague';
import { widenToWeek } from './refiners/weekOf';
import { anaphoricParser, eventNeighbourhoodParser } from './parsers/anaphoric';
import { reportingPeriodParser, yearBeforeReportingPeriodParser, yearReportingPeriodParser } from './parsers/reportingPeriod';
import { holidayParser } from './parsers/holiday';
import { spelledYearParser } from './parsers/spelledYear';
import { weekendParser } from './parsers/weekend';
import { trimPossessive } from './refiners/possessive';
import { anchorTimes } from './refiners/anchorTimes';
import { joinWeekdayAndDate } from './refiners/weekdayWithDate';
import { mergeDateTime } from './refiners/mergeDateTime';
import { attachModifiers } from './refiners/modifiers';
import { resolveOverlaps } from './refiners/overlaps';
import { resolveAnaphora } from './refiners/anaphora';
import { datelineReference, ELAPSED, inferDatelineYear } from './referenceDate';
import { readDatelineDate } from '../dateline/datelineDate';
import { makeTense, type Tense } from './tense';
import { PatternScanner, type TextMatches } from './scan';

export interface TemporalOptions {
  /** YYYY-MM-DD given by the user: wins over anything inferred. */
  referenceDate?: string;
  /**
   * The date span of the dateline the dateline stage parsed ("July 1"), if any: its year may be inferred from the
   * article. Without one, `readDatelineDate` (dateline/) tries its looser pass.
   */
  datelineDate?: Span | null;
}

export interface TemporalResult {
  referenceDate: string | null;
  expressions: TemporalExpression[];
}

/** A temporal expression, with the time zone written after a clock time ("3 p.m. EST" → "EST"). */
export interface TimexExpression extends TemporalExpression {
  zone?: string;
}

/** Parsers in order of preference when two candidates of the same length overlap. */
export const PARSERS: readonly TemporalParser[] = [
  monthDayYearParser, dayMonthYearParser, monthYearParser, numericDateParser, fiscalYearParser, quarterParser,
  halfParser, yearEndParser, holidayParser, spelledYearParser, weekendParser, decadeParser, centuryParser, monthOfRelativeYearParser, relativeMonthParser, relativeDayParser, weekdayParser,
  offsetParser, relativePeriodParser, clockTimeParser, hourOfPartOfDayParser, setParser, reportingPeriodParser, yearReportingPeriodParser, yearBeforeReportingPeriodParser, seasonParser,
  countedDurationParser, theYearParser, anaphoricParser, eventNeighbourhoodParser, vagueParser, monthAloneParser, yearParser,
];

/** Parsers whose candidates state a date outright; they alone decide the year of a dateline. */
const EXPLICIT_PARSERS: readonly TemporalParser[] = [monthDayYearParser, dayMonthYearParser, monthYearParser, numericDateParser, yearParser];

/** Keeps the longest of overlapping candidates, then the one of the parser earlier in PARSERS. */
const keepLongest = resolveOverlaps(PARSERS.map((p) => p.name));

/** Refiners in the order they run. Each receives the candidates sorted by start (see `refine`). */
export const REFINERS: readonly TemporalRefiner[] = [
  trimPossessive,
  keepLongest,
  joinWeekdayAndDate,
  widenToWeek,
  mergeDateTime,
  anchorTimes,
  attachModifiers,
  keepLongest,
  resolveAnaphora,
];

/**
 * Refiners that may move a candidate's start before an earlier candidate's ("the week of March 6", "more than two
 * hours" widen leftwards); every other refiner keeps a list sorted by start sorted.
 */
const MOVES_STARTS: ReadonlySet<TemporalRefiner> = new Set([widenToWeek, attachModifiers]);

const byStart = (a: TimexCandidate, b: TimexCandidate) => a.start - b.start;

/**
 * Runs the refiners over the parsers' candidates, keeping them sorted by start throughout: sorted once here, and
 * again only after a refiner that moves starts (the sort is stable, so candidates starting together keep their order).
 */
export function refine(candidates: TimexCandidate[], context: ParseContext, refiners: readonly TemporalRefiner[] = REFINERS): TimexCandidate[] {
  let sorted = [...candidates].sort(byStart);
  for (const refiner of refiners) {
    sorted = refiner(sorted, context);
    if (MOVES_STARTS.has(refiner)) sorted.sort(byStart);
  }
  return sorted;
}

const SCANNER = new PatternScanner([...PARSERS, ELAPSED]);

/** The candidates of the parsers, in their order, from their matches in the context's text (SCANNER.scan). */
export function runParsers(parsers: readonly TemporalParser[], context: ParseContext, matches: TextMatches): TimexCandidate[] {
  const candidates: TimexCandidate[] = [];
  for (const parser of parsers) {
    for (const match of matches.of(parser)) {
      const found = parser.extract(match, context);
      if (!found) continue;
      if (!Array.isArray(found)) {
        if (found.end > found.start) candidates.push(found);
        continue;
      }
      for (const c of found) if (c.end > c.start) candidates.push(c);
    }
  }
  return candidates;
}

function makeContext(doc: SegmentedText, tense: Tense, ref: CalendarDate | null): ParseContext {
  let dayFirst: boolean | undefined;
  const prefersDayFirst = () => (dayFirst ??= documentPrefersDayFirst(doc.text));
  return { text: doc.text, ref, tenseAt: tense.tenseAt, sentenceAt: tense.sentenceAt, prefersDayFirst };
}

/**
 * The reference date: the caller's, else the dateline's with its year inferred from the article, else null.
 * `tense` and `matches` are the document's, shared with the analysis that follows.
 */
export function resolveReferenceDate(
  doc: SegmentedText, options: TemporalOptions, tense: Tense, matches: TextMatches,
): string | null {
  if (options.referenceDate && parseIsoDate(options.referenceDate)) return options.referenceDate.slice(0, 10);
  const dateline = readDatelineDate(doc.text, options.datelineDate ?? null);
  if (!dateline) return null;
  const context = makeContext(doc, tense, null);
  const explicit = runParsers(EXPLICIT_PARSERS, context, matches);
  const year = inferDatelineYear(() => matches.of(ELAPSED), dateline, explicit, (offset) => context.tenseAt(offset) === 'future');
  return year === null ? null : datelineReference(dateline, year);
}

export function analyzeTemporal(doc: SegmentedText, options: TemporalOptions = {}): TemporalResult {
  const tense = makeTense(doc);
  const matches = SCANNER.scan(doc.text);
  const referenceDate = resolveReferenceDate(doc, options, tense, matches);
  const context = makeContext(doc, tense, parseIsoDate(referenceDate));
  const candidates = refine(runParsers(PARSERS, context, matches), context);
  const expressions: TimexExpression[] = candidates.map((c) => {
    const e: TimexExpression = { start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), type: c.type, value: c.value };
    if (c.mod) e.mod = c.mod;
    if (c.zone) e.zone = c.zone;
    return e;
  });
  return { referenceDate, expressions };
}
