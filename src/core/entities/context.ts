/** What every entity-building step reads: the segmented text plus fast lookups from offsets to tokens. */
import { tokenAtOrAfter, type SegmentedText } from '../document';
import type { EntityType } from '../types';
import type { Token } from '../text/tokenize';
import { hasLowercase, startsUppercase, startsWithLetter, startsWithTwoCapitals } from '../text/letterCase';

/** A proper-name mention on its way to becoming part of an entity. */
export interface NameMention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** Where the mention came from: the tagger, the dateline, a repeat of a recognised name, a gazetteer. */
  origin: 'tagger' | 'dateline' | 'propagated' | 'demonym' | 'acronym' | 'instrument';
  /** Written in capitals only because of its position (dateline, all-caps headline): its casing is not its name's. */
  capsContext?: boolean;
}

export interface EntityContext {
  text: string;
  tokens: Token[];
  /** Token indices that open a sentence (capitalisation there says nothing about names). */
  sentenceStarts: SentenceStarts;
  /**
   * The text is all lower case or all capitals (a transcript, a telex, a headline dump): capitalisation says
   * nothing, the tagger is less sure, so names are not spread and differing types are not overruled.
   */
  caseless: boolean;
}

/** Token indices that open a sentence: one flag per token (and one past the last), as nearly every token is asked about. */
export class SentenceStarts {
  private readonly flags: Uint8Array;

  constructor(tokenCount: number) {
    this.flags = new Uint8Array(tokenCount + 1);
  }

  add(i: number): void {
    this.flags[i] = 1;
  }

  has(i: number): boolean {
    return this.flags[i] === 1;
  }
}

/** Whether capitalisation is missing or uniform: under 2 % of mid-sentence words capitalised, or over 60 % in capitals. */
function isCaseless(tokens: readonly Token[], sentenceStarts: SentenceStarts): boolean {
  let words = 0;
  let capitalised = 0;
  let capitals = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (!startsWithLetter(t)) continue;
    words++;
    if (startsWithTwoCapitals(t) && !hasLowercase(t)) capitals++;
    else if (!sentenceStarts.has(i) && startsUppercase(t)) capitalised++;
  }
  if (words < 20) return false;
  return capitalised + capitals < words * 0.02 || capitals > words * 0.6;
}

const OPENING_MARKS = new Set(['"', '“', '‘', "'", '(', '[', '«']);

export function createContext(doc: SegmentedText): EntityContext {
  const sentenceStarts = new SentenceStarts(doc.tokens.length);
  for (const s of doc.sentences) {
    sentenceStarts.add(s.tokenStart);
    // '" Obviously , we ...': the first word after opening quotes or brackets also starts the sentence.
    let k = s.tokenStart;
    while (k + 1 < s.tokenEnd && OPENING_MARKS.has(doc.tokens[k].text)) sentenceStarts.add(++k);
  }
  return { text: doc.text, tokens: doc.tokens, sentenceStarts, caseless: isCaseless(doc.tokens, sentenceStarts) };
}

/** The texts of tokens [start, end): a name's words. */
export function tokenTexts(tokens: readonly Token[], start: number, end: number): string[] {
  const words: string[] = [];
  for (let i = start; i < end; i++) words.push(tokens[i].text);
  return words;
}

const WHITESPACE_RUN = /\s+/g;

/** `text.replace(/\s+/g, ' ')`, returning `text` itself without the regex when it is ASCII with single spaces only. */
export function collapseWhitespace(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 128) continue;
    if (c === 32) {
      const next = text.charCodeAt(i + 1);
      if (Number.isNaN(next) || (next > 32 && next < 128)) continue;
    }
    return text.replace(WHITESPACE_RUN, ' ');
  }
  return text;
}

/** One flag per token, set on the tokens the mentions cover (a loop: `fill` costs more on names' few tokens). */
export function coveredTokens(tokenCount: number, mentions: readonly { tokenStart: number; tokenEnd: number }[]): Uint8Array {
  const covered = new Uint8Array(tokenCount);
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) covered[i] = 1;
  return covered;
}

/** The range of tokens lying wholly inside [start, end), or null when there is none. */
export function tokenRange(tokens: Token[], start: number, end: number): { tokenStart: number; tokenEnd: number } | null {
  const tokenStart = tokenAtOrAfter(tokens, start);
  let tokenEnd = tokenAtOrAfter(tokens, end);
  while (tokenEnd > tokenStart && tokens[tokenEnd - 1].end > end) tokenEnd--;
  return tokenEnd > tokenStart ? { tokenStart, tokenEnd } : null;
}

export function compareSpans(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return a.start - b.start || b.end - a.end;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The type a set of differently typed occurrences of one name should share, or null when two readings are both
 * well attested ("New York" the city in one table, the team in another; "Kent" the county and the club): then
 * the name is two things in this document and each occurrence keeps its own type.
 */
export function dominantType<T extends string>(counts: ReadonlyMap<T, number>, strict = false): T | null {
  let best: T | null = null;
  let bestCount = 0;
  let total = 0;
  // Ties keep the first-seen type (Map order): the first mention is usually the fullest context.
  for (const [type, count] of counts) {
    total += count;
    if (count > bestCount) [best, bestCount] = [type, count];
  }
  const rest = total - bestCount;
  if (strict) return rest === 0 ? best : null;
  return rest >= 2 && rest * 10 >= total * 3 ? null : best;
}
