/**
 * Speaker phrases next to a cue: the noun phrase that ends right before it ("Macron stressed", "the spokesman
 * said") or starts right after it ("said Jane Smith", "according to the agency"). An entity mention found there
 * wins; otherwise a pronoun, a capitalised name the recogniser missed, or a nominal ("the French leader",
 * "officials") is returned unresolved (see resolve.ts).
 */
import type { MentionKind } from '../types';
import { lowerAt, type MentionRef, type QuoteContext } from './context';
import { lowerBound } from '../text/lowerBound';
import { DOTTED_TITLES, titlePattern } from '../lang/en/honorifics';
import { CUE_WORD_HINT } from '../lang/en/speechVerbs';
import { WEEKDAY_NAMES } from '../lang/en/calendarNames';

export interface SpeakerPhrase {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  kind: MentionKind;
  /** Set when the phrase is (or ends/starts with) an entity mention. */
  entityId: string | null;
}

export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you']);
const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'another',
  'one', 'two', 'three', 'several', 'many', 'some', 'both', 'other', 'most', 'few', 'no',
]);
/** Words that never sit inside a speaker noun phrase. */
const BREAKERS = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'as', 'if', 'because',
  'to', 'of', 'in', 'on', 'at', 'by', 'with', 'from', 'for', 'about', 'than', 'after', 'before', 'since', 'is',
  'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may',
  'might', 'must', 'not', 'also', 'then', 'so', 'there', 'here', 'what', 'how', 'why', 'it', 'he', 'she', 'they',
  'we', 'i', 'you', 'said', 'says', 'say', 'told', 'do', 'does', 'did', 'just', 'even', 'only', 'still', 'yet',
  'be', 'being', 'into', 'over', 'under', 'against', 'during', 'through', 'up', 'out', 'off', 'down', 'last',
  'next', 'this', 'week', 'year', 'today', 'yesterday', 'tomorrow', ...WEEKDAY_NAMES.map((day) => day.toLowerCase()),
  'night', 'morning', 'statement', 'interview', 'reporters', 'all', 'very',
]);
/** Adverbs and auxiliaries allowed between a subject and its cue: "Smith later said", "he has also said". */
export const CUE_MODIFIERS = new Set([
  'also', 'later', 'then', 'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'previously',
  'recently', 'once', 'again', 'further', 'publicly', 'repeatedly', 'reportedly', 'now', 'first', 'earlier',
  'subsequently', 'simply', 'just', 'only', 'even', 'often', 'frequently', 'finally', 'quickly', 'immediately',
  'privately', 'flatly', 'bluntly', 'angrily', 'separately', 'similarly', 'likewise', 'once', 'never', 'always',
  'already', 'still', 'had', 'did', 'does', 'do', 'not', "n't", 'reportedly', 'allegedly', 'apparently', "'s", '’s',
  "'re", '’re', 'be', 'been', 'am', 'being', 'later', 'personally', 'directly', 'openly', 'loudly', 'softly',
]);
/** Auxiliaries before a participle that make it a finite verb: "he is claiming", "she’s calling". */
export const AUXILIARIES = new Set(['is', 'are', 'was', 'were', "'s", '’s', "'re", '’re', 'be', 'been', 'am', 'being', "'m", '’m']);

/** Capitalised sentence openers that are no names. */
const OPENERS = new Set([
  'earlier', 'later', 'meanwhile', 'however', 'still', 'yet', 'now', 'today', 'yesterday', 'tonight', 'instead',
  'indeed', 'also', 'asked', 'speaking', 'writing', 'separately', 'similarly', 'afterward', 'afterwards', 'then',
  'there', 'here', 'this', 'that', 'these', 'those', 'last', 'next', 'when', 'while', 'although', 'though', 'since',
  'during', 'despite', 'according', 'under', 'among', 'like', 'unlike', 'with', 'without', 'for', 'from',
  'following', 'after', 'before', 'asked', 'in', 'on', 'at', 'as', 'if', 'but', 'and', 'so', 'because',
]);
const WORD = /^[\p{L}][\p{L}\p{M}\p{N}.'’-]*$/u;
const CAPITALISED = /^\p{Lu}/u;
/** A title with its dot ("Sen.", "Mr."): part of the name it stands before. */
const TITLES = titlePattern(DOTTED_TITLES, 'required');

function lower(ctx: QuoteContext, i: number): string {
  return lowerAt(ctx, i);
}

function isWord(ctx: QuoteContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  return !!t && WORD.test(t.text);
}

function phrase(ctx: QuoteContext, first: number, last: number, kind: MentionKind, entityId: string | null): SpeakerPhrase {
  const tokens = ctx.doc.tokens;
  return { start: tokens[first].start, end: tokens[last].end, tokenStart: first, tokenEnd: last + 1, kind, entityId };
}

/**
 * The longest entity mention ending exactly at the end of token `last` and starting at or after token `min` (the
 * first in document order among equals).
 */
function mentionEndingAt(ctx: QuoteContext, last: number, min: number): SpeakerPhrase | null {
  const tokens = ctx.doc.tokens;
  const byEnd = ctx.mentionsByEnd;
  const end = tokens[last].end;
  let best: MentionRef | null = null;
  for (let i = lowerBound(byEnd, (m) => m.end < end); i < byEnd.length && byEnd[i].end === end; i++) {
    const m = byEnd[i];
    if (m.start >= tokens[min].start && (best === null || m.start < best.start)) best = m;
  }
  if (!best) return null;
  let first = last;
  while (first > min && tokens[first - 1].end > best.start) first--;
  return { start: best.start, end: best.end, tokenStart: first, tokenEnd: last + 1, kind: best.kind, entityId: best.entityId };
}

/** The longest entity mention starting at token `first` and ending by the end of token `max - 1` (the first among equals). */
function mentionStartingAt(ctx: QuoteContext, first: number, max: number): SpeakerPhrase | null {
  const tokens = ctx.doc.tokens;
  const mentions = ctx.mentions;
  const start = tokens[first].start;
  let best: MentionRef | null = null;
  for (let i = lowerBound(mentions, (m) => m.start < start); i < mentions.length && mentions[i].start === start; i++) {
    const m = mentions[i];
    if (m.end <= tokens[max - 1].end && (best === null || m.end > best.end)) best = m;
  }
  if (!best) return null;
  let last = first;
  while (last + 1 < max && tokens[last + 1].start < best.end) last++;
  return { start: best.start, end: best.end, tokenStart: first, tokenEnd: last + 1, kind: best.kind, entityId: best.entityId };
}

/**
 * The speaker phrase whose last token is `last` (not before token `min`): a mention, a pronoun, a capitalised
 * name, or a nominal back to its determiner.
 */
export function phraseEndingAt(ctx: QuoteContext, last: number, min: number): SpeakerPhrase | null {
  if (last < min || last < 0) return null;
  const mention = mentionEndingAt(ctx, last, min);
  if (mention) {
    // "The Elysee": the mention is the name; a nominal with the mention as its head is the same speaker.
    return mention;
  }
  const word = lower(ctx, last);
  if (PRONOUNS.has(word)) return phrase(ctx, last, last, 'pronoun', null);
  if (!isWord(ctx, last) || BREAKERS.has(word) || /ly$/.test(word)) return null;
  const tokens = ctx.doc.tokens;
  // A capitalised name the recogniser did not give us: "Jane Smith", "Mr. Smith".
  if (CAPITALISED.test(tokens[last].text)) {
    let first = last;
    while (first - 1 >= min && isWord(ctx, first - 1) && (CAPITALISED.test(tokens[first - 1].text) || TITLES.test(tokens[first - 1].text)) && !DETERMINERS.has(lower(ctx, first - 1))) first--;
    const sentenceInitialFunctionWord = first === last && first === min && BREAKERS.has(word);
    if (!sentenceInitialFunctionWord) {
      if (first - 1 >= min && DETERMINERS.has(lower(ctx, first - 1))) return phrase(ctx, first - 1, last, 'nominal', null);
      return phrase(ctx, first, last, 'name', null);
    }
  }
  // A nominal: back over words to a determiner ("the French leader", "a spokesman"), or a bare plural ("officials").
  let first = last;
  for (let k = last - 1; k >= min && k > last - 10; k--) {
    const w = lower(ctx, k);
    if (DETERMINERS.has(w)) return phrase(ctx, k, last, 'nominal', null);
    // "the former secretary of state and current … nominee": inner "of"/"and" when a determiner comes before.
    if ((w === 'of' || w === 'and') && k - 1 >= min && isWord(ctx, k - 1)) continue;
    if (w === "'s" || w === '’s') {
      // "Trump's spokesman": the possessor is part of the phrase.
      const owner = phraseEndingAt(ctx, k - 1, min);
      return owner ? phrase(ctx, owner.tokenStart, last, 'nominal', null) : null;
    }
    if (!(isWord(ctx, k) || /^\p{N}[\p{L}\p{N}-]*$/u.test(ctx.doc.tokens[k].text)) || BREAKERS.has(w)) break;
    first = k;
  }
  if (last - first <= 3 && /s$/.test(word) && !/ss$/.test(word)) return phrase(ctx, first, last, 'nominal', null);
  return null;
}

/** The speaker phrase starting at token `first` and ending before token `max`. */
export function phraseStartingAt(ctx: QuoteContext, first: number, max: number): SpeakerPhrase | null {
  if (first >= max) return null;
  const tokens = ctx.doc.tokens;
  const mention = mentionStartingAt(ctx, first, max);
  if (mention) return mention;
  const word = lower(ctx, first);
  if (PRONOUNS.has(word)) return phrase(ctx, first, first, 'pronoun', null);
  if (DETERMINERS.has(word) && first + 1 < max) {
    const named = mentionStartingAt(ctx, first + 1, max);
    if (named) return named;
  }
  if (!isWord(ctx, first) || BREAKERS.has(word) || OPENERS.has(word)) return null;
  if (CAPITALISED.test(tokens[first].text) && !DETERMINERS.has(word)) {
    let last = first;
    while (last + 1 < max && isWord(ctx, last + 1) && (CAPITALISED.test(tokens[last + 1].text) || TITLES.test(tokens[last].text))) last++;
    return phrase(ctx, first, last, 'name', null);
  }
  // A nominal up to the first breaker or punctuation: "the spokesman", "a spokeswoman for the ministry" → "a spokeswoman",
  // "the ad's narrator". Without a determiner only a short plural: "officials", "police officers".
  let last = first;
  for (;;) {
    const next = lower(ctx, last + 1);
    if (last + 1 < max && (next === "'s" || next === '’s') && last + 2 < max && isWord(ctx, last + 2)) {
      last += 2;
      continue;
    }
    if (last + 1 < max && last - first < 6 && (isWord(ctx, last + 1) || /^\p{N}[\p{L}\p{N}-]*\p{L}$/u.test(ctx.doc.tokens[last + 1].text)) && !BREAKERS.has(next) && !CUE_WORD_HINT.test(next)) {
      last++;
      continue;
    }
    break;
  }
  if (last === first && DETERMINERS.has(word)) return null;
  if (!DETERMINERS.has(word) && !(last - first <= 2 && /[^s]s$/.test(lower(ctx, last)))) return null;
  return phrase(ctx, first, last, 'nominal', null);
}

/** Skips cue modifiers backwards from token `i` (inclusive); returns the first token that is not one. */
export function skipModifiersBack(ctx: QuoteContext, i: number, min: number): number {
  while (i >= min && (CUE_MODIFIERS.has(lower(ctx, i)) || /^\p{Ll}+ly$/u.test(ctx.doc.tokens[i]?.text ?? ''))) i--;
  return i;
}

/**
 * The subject of the cue whose first token is `cueStart`: the phrase ending just before it (modifiers skipped),
 * or, across an appositive ("Smith, a spokeswoman for the agency, said"), the phrase before the appositive.
 */
export function subjectBefore(ctx: QuoteContext, cueStart: number, min: number): SpeakerPhrase | null {
  const tokens = ctx.doc.tokens;
  let last = skipModifiersBack(ctx, cueStart - 1, min);
  if (last < min) return null;
  // "Gov. John Kasich (R-OH), said": the comma closes the bracket, not an apposition.
  if (tokens[last].text === ',' && tokens[last - 1]?.text === ')') last--;
  if (tokens[last].text === ')') {
    // "Claire McCaskill (D-Mo.) said": the phrase before the bracket.
    let k = last - 1;
    while (k >= min && k > last - 12 && tokens[k].text !== '(') k--;
    if (k >= min && tokens[k].text === '(') {
      const head = phraseEndingAt(ctx, k - 1, min);
      if (head) return head;
    }
    return null;
  }
  // `Washington, star of television’s “Scandal,” thanked …`: the apposition's comma sits inside a closing quote.
  const quoteAtLast = ctx.tokenQuote[last] >= 0 ? ctx.stretches[ctx.tokenQuote[last]] : null;
  const commaInQuote = quoteAtLast !== null && /,\s*$/.test(ctx.doc.text.slice(quoteAtLast.innerStart, quoteAtLast.innerEnd));
  if (tokens[last].text === ',' || commaInQuote) {
    // An apposition, possibly long or with inner commas ("David Kamin, an outside adviser … and an associate
    // professor at New York University School of Law, said"): the nearest earlier comma (or dash) whose left
    // neighbour is a name, mention or pronoun; else the apposition itself.
    let nominal: SpeakerPhrase | null = null;
    for (let k = last - 1; k >= min && k > last - 45; k--) {
      if (ctx.tokenQuote[k] >= 0) continue;
      if (tokens[k].text !== ',' && tokens[k].text !== '--' && tokens[k].text !== '—') continue;
      const head = phraseEndingAt(ctx, k - 1, min);
      if (head && (head.kind !== 'nominal' || head.entityId)) return head;
      if (head && !nominal) nominal = head;
    }
    return nominal ?? phraseEndingAt(ctx, last - 1, min);
  }
  return phraseEndingAt(ctx, last, min);
}
