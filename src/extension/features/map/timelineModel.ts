/**
 * The timeline picture's model, with no DOM: every temporal expression with a calendar value placed as a day
 * interval (a point for one day, a span for longer), spans given lanes so that no two overlapping marks share one,
 * the article's reference day, vague references at the edges (PAST_REF before everything, FUTURE_REF after
 * everything, PRESENT_REF on the article's day), and what has no place on an axis listed apart: durations,
 * recurrences (SET) and undated values ("XXXX-09-22"). The domain is padded so the outermost marks do not sit on
 * the frame. Pure; the webview only scales it to pixels.
 */
import type { Annotation, TemporalExpression, TemporalType } from '../../../core/types';
import { formatCalendarValue } from '../../../presentation/dateDistance';
import { readableTimexValue } from '../../../presentation/timexText';
import { sentenceSnippet } from './snippet';
import { dateOfDay, dayNumber, timexInterval, type DayInterval } from './timexInterval';
import { parseIsoDate } from '../../../core/temporal/calendar';

/** Where a mark sits: on the calendar, or at one of the vague places. */
export type MarkPlacement = 'calendar' | 'past' | 'future' | 'present';
export type MarkShape = 'point' | 'span';

/** One temporal expression, with what a label, a card and a click need. */
export interface ListedExpression {
  /** Index in the annotation's `temporal` list. */
  id: number;
  /** Document offsets (UTF-16). */
  start: number;
  end: number;
  text: string;
  value: string;
  type: TemporalType;
  mod?: string;
  /** The value for people: "22 September 2022", "more than 2 hours", "the future". */
  readable: string;
  /**
   * The sentence it stands in, bounded. On the story's timeline the index keeps no text: the extension reads the
   * sentences of the marks it sends (storySnippets.ts); where it could not, this is the article and line.
   */
  snippet: string;
  /** On the story's timeline: the article the words are in (a URI string). Absent for the one article drawn. */
  uri?: string;
  /** On the story's timeline: "kyiv.txt, line 3 (dated 2025-06-10)". */
  where?: string;
}

/** On the story's timeline: the day one or more articles are dated, drawn as a line labelled with their file names. */
export interface ArticleDateLine {
  day: number;
  /** "1 July 2025". */
  label: string;
  /** The file names of the articles dated that day, and their URIs (parallel). */
  files: string[];
  uris: string[];
}

export interface TimelineMark extends ListedExpression {
  placement: MarkPlacement;
  shape: MarkShape;
  /** Day interval [from, to) (days from 1970-01-01); vague marks get the domain's edge (or the reference day). */
  from: number;
  to: number;
  /** 0-based; marks whose day intervals overlap never share a lane. */
  lane: number;
}

export interface TimelineModel {
  /** The article's date as a day number, or null when the article gives none. */
  referenceDay: number | null;
  /** "1 July 2025", or null. */
  referenceLabel: string | null;
  /** The padded day range [start, end) the axis shows at first. */
  domain: { start: number; end: number };
  /** Ordered by `from`, then by position in the article. */
  marks: TimelineMark[];
  /** How many lanes the calendar marks use (at least 1). */
  lanes: number;
  durations: ListedExpression[];
  recurrences: ListedExpression[];
  undated: ListedExpression[];
  /** The story's article dates (each day once), in time order; absent for one article (`referenceDay` is its date). */
  articleDates?: ArticleDateLine[];
}

/** A share of the dated stretch added on each side, and the least padding in days. */
const PADDING_SHARE = 0.06;
const MIN_PADDING_DAYS = 3;
/** Days shown either side of a lone date. */
const LONE_DATE_HALF_WIDTH = 15;

export const VAGUE_PLACEMENT: Readonly<Record<string, MarkPlacement>> = { PAST_REF: 'past', FUTURE_REF: 'future', PRESENT_REF: 'present' };

export const MOD_WORDS: Readonly<Record<string, string>> = {
  MORE_THAN: 'more than',
  LESS_THAN: 'less than',
  APPROX: 'about',
  EQUAL_OR_MORE: 'at least',
  EQUAL_OR_LESS: 'at most',
  START: 'the start of',
  MID: 'the middle of',
  END: 'the end of',
  BEFORE: 'before',
  AFTER: 'after',
  ON_OR_BEFORE: 'on or before',
  ON_OR_AFTER: 'on or after',
};

const SEASON_WORDS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/** The value for people, without the modifier. */
export function readableValue(value: string, interval: DayInterval | undefined): string {
  if (interval) {
    const calendar = formatCalendarValue(value.replace(/T.*$/, ''));
    if (calendar && (interval.granularity === 'day' || interval.granularity === 'month' || interval.granularity === 'year')) {
      return calendar;
    }
    let m: RegExpExecArray | null;
    if (interval.granularity === 'decade') return `the ${value}0s`;
    if (interval.granularity === 'century') return `the ${value}00s`;
    if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${m[2]} ${m[1]}`;
    if ((m = /^(\d{4})-H([12])$/.exec(value))) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]}`;
    if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASON_WORDS[m[2]]} ${m[1]}`;
    if ((m = /^(\d{4})-W(\d{2})(-WE)?/.exec(value))) return `${m[3] ? 'weekend of week' : 'week'} ${+m[2]} of ${m[1]}`;
  }
  return readableTimexValue(value) ?? value;
}

export function withMod(readable: string, mod: string | undefined): string {
  const words = mod ? MOD_WORDS[mod] : undefined;
  return words ? `${words} ${readable}` : readable;
}

export function buildTimeline(annotation: Annotation, text: string): TimelineModel {
  const reference = parseIsoDate(annotation.referenceDate);
  const referenceDay = reference ? dayNumber(reference) : null;
  const durations: ListedExpression[] = [];
  const recurrences: ListedExpression[] = [];
  const undated: ListedExpression[] = [];
  const dated: { listed: ListedExpression; interval: DayInterval }[] = [];
  const vague: { listed: ListedExpression; placement: MarkPlacement }[] = [];

  annotation.temporal.forEach((expression: TemporalExpression, id) => {
    // An expression the core could give no TIMEX3 value (a year beyond 9999) is listed as undated.
    const value = expression.value ?? '';
    const interval = value && (expression.type === 'DATE' || expression.type === 'TIME') ? timexInterval(value) : undefined;
    const listed: ListedExpression = {
      id,
      start: expression.start,
      end: expression.end,
      text: expression.text,
      value,
      type: expression.type,
      ...(expression.mod ? { mod: expression.mod } : {}),
      readable: value ? withMod(readableValue(value, interval), expression.mod) : 'no TIMEX3 value',
      snippet: sentenceSnippet(text, expression.start, expression.end),
    };
    if (expression.type === 'DURATION') durations.push(listed);
    else if (expression.type === 'SET') recurrences.push(listed);
    else if (interval) dated.push({ listed, interval });
    else if (VAGUE_PLACEMENT[value] && (value !== 'PRESENT_REF' || referenceDay !== null)) {
      vague.push({ listed, placement: VAGUE_PLACEMENT[value] });
    } else undated.push(listed);
  });

  const domain = paddedDomain(dated.map((d) => d.interval), referenceDay);
  const marks: TimelineMark[] = [];
  for (const { listed, interval } of dated) {
    marks.push({ ...listed, placement: 'calendar', shape: interval.end - interval.start > 1 ? 'span' : 'point', from: interval.start, to: interval.end, lane: 0 });
  }
  for (const { listed, placement } of vague) {
    const day = placement === 'past' ? domain.start : placement === 'future' ? domain.end - 1 : referenceDay!;
    marks.push({ ...listed, placement, shape: 'point', from: day, to: day + 1, lane: 0 });
  }
  marks.sort((a, b) => a.from - b.from || a.start - b.start);
  const lanes = assignLanes(marks);

  return {
    referenceDay,
    referenceLabel: reference ? formatCalendarValue(annotation.referenceDate!) ?? annotation.referenceDate : null,
    domain,
    marks,
    lanes,
    durations,
    recurrences,
    undated,
  };
}

/** The dated stretch (and the reference day), padded on both sides; a lone day gets a month around it. */
export function paddedDomain(intervals: readonly DayInterval[], referenceDay: number | null): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const interval of intervals) {
    start = Math.min(start, interval.start);
    end = Math.max(end, interval.end);
  }
  if (referenceDay !== null) {
    start = Math.min(start, referenceDay);
    end = Math.max(end, referenceDay + 1);
  }
  if (start === Infinity) {
    // Nothing dated: a month around today's day number would be arbitrary; a month around 1970 as well, but stable.
    start = 0;
    end = 1;
  }
  if (end - start <= 1) return { start: start - LONE_DATE_HALF_WIDTH, end: end + LONE_DATE_HALF_WIDTH };
  const padding = Math.max(MIN_PADDING_DAYS, Math.round((end - start) * PADDING_SHARE));
  return { start: start - padding, end: end + padding };
}

/**
 * Greedy interval colouring, in the marks' order (by start): each mark takes the lowest lane whose last mark ended
 * by its start. Vague marks stack in lanes of their own place (they share one x). Returns the number of lanes.
 */
export function assignLanes(marks: TimelineMark[]): number {
  const laneEnds = new Map<MarkPlacement, number[]>();
  let lanes = 1;
  for (const mark of marks) {
    const key = mark.placement === 'present' ? 'calendar' : mark.placement;
    let ends = laneEnds.get(key);
    if (!ends) laneEnds.set(key, (ends = []));
    let lane = ends.findIndex((laneEnd) => laneEnd <= mark.from);
    if (lane < 0) {
      lane = ends.length;
      ends.push(mark.to);
    } else ends[lane] = mark.to;
    mark.lane = lane;
    lanes = Math.max(lanes, lane + 1);
  }
  return lanes;
}

/** "1 July 2025" for a day number (for the axis's reference label and tests). */
export function formatDay(day: number): string {
  const d = dateOfDay(day);
  return formatCalendarValue(`${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`) ?? String(day);
}
