/** The pieces the temporal pipeline passes between its parsers and refiners. */
import type { TemporalType } from '../types';
import type { CalendarDate } from './calendar';

/** How a candidate's value was anchored: written in full, relative to the reference date, or to an earlier date. */
export type Anchoring = 'absolute' | 'relative' | 'anaphoric' | 'vague';

export interface TimexCandidate {
  start: number;
  end: number;
  type: TemporalType;
  /** The TIMEX3 value, or null when the expression has none TIMEX3 can write ("10,000 years from now"). */
  value: string | null;
  mod?: string;
  /** The parser that found it (for debugging and tie-breaking). */
  parser: string;
  anchoring: Anchoring;
  /** The time zone written after a clock time ("EST"). */
  zone?: string;
  /** Set on anaphoric references ("back then"): the value is taken from the latest earlier date. */
  anaphoric?: boolean;
  /**
   * "the following year", "the previous month": a period counted from the latest date written before it (TimeML
   * anchors them there, not at the reference date). The value already holds the reference-date reading, kept
   * when the text names no earlier date.
   */
  relativeToAntecedent?: { unit: 'Y' | 'M'; shift: number };
}

export interface ParseContext {
  text: string;
  /** The reference date relative expressions resolve against, or null (values then keep X's). */
  ref: CalendarDate | null;
  /** Rough tense of the sentence around an offset: decides "Friday" → last or next Friday. */
  tenseAt(offset: number): 'past' | 'future';
  /** The sentence span holding an offset. */
  sentenceAt(offset: number): { start: number; end: number };
  /**
   * Whether the document's unambiguous slashed dates are day-first (22/09/2022): decided once per document, on
   * first use, so that a text full of ambiguous dates ("3/4/2020") is not rescanned for each of them.
   */
  prefersDayFirst(): boolean;
}

/** A global ('g') pattern, and where in a text it can match (see scan.ts). */
export interface TriggeredPattern {
  pattern: RegExp;
  /**
   * Omitted when no short list of words is certain (words that may run on into longer ones): the pattern then
   * runs along the whole text. With several triggers (words with different leads), every match holds a word of
   * one of them within that one's lead.
   */
  trigger?: Trigger | readonly Trigger[];
}

/**
 * Words of which every match of a pattern holds at least one as a whole word (a maximal run of ASCII letters, in
 * any case, or of digits for DIGIT_RUN; see triggerWords.ts), and `lead`, the most characters a match can hold
 * before the first of them, not counting digits and commas (a count such as "1,000,000" has no bound). The
 * pattern is tried only at the positions at most `lead` characters before such a word.
 */
export interface Trigger {
  words: readonly string[];
  lead: number;
}

/** A parser: one regular expression and what a match means. Patterns must be global ('g') and case-aware. */
export interface TemporalParser extends TriggeredPattern {
  name: string;
  extract(match: RegExpExecArray, context: ParseContext): TimexCandidate | TimexCandidate[] | null;
}

/**
 * A refiner rewrites the candidate list: drops, merges, widens or re-values candidates. It receives them sorted by
 * start and returns them so (index.ts `refine` re-sorts after the few that widen a candidate leftwards).
 */
export type TemporalRefiner = (candidates: TimexCandidate[], context: ParseContext) => TimexCandidate[];
