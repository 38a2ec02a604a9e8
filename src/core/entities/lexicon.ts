/**
 * The entity rules' look-ups over the closed-class news vocabulary of lang/en/entityWords.ts: titles of office
 * ("the longest title at this word"), the nouns role nominals are built on, organisation/place designators and
 * determiners.
 */
import { lowerCased } from '../text/letterCase';
import { TITLE_ABBREVIATIONS_BEFORE_NAME } from '../lang/en/honorifics';
import {
  DESCRIPTION_DETERMINERS, DESIGNATORS_NOT_INSTITUTION_NOUNS, HEAD_OF_STATE_TITLES, NAME_DESIGNATORS, OFFICE_TITLES, RELATIONAL_NOUNS,
  TITLE_MODIFIERS, TITLE_PARTS_NOT_TITLE_WORDS,
} from '../lang/en/entityWords';

const TITLE_SET = new Set(OFFICE_TITLES);
const HEAD_OF_STATE = new Set(HEAD_OF_STATE_TITLES);
const RELATIONAL = new Set(RELATIONAL_NOUNS);
const DESIGNATORS = new Set(NAME_DESIGNATORS);
const NOT_INSTITUTION_NOUNS = new Set(DESIGNATORS_NOT_INSTITUTION_NOUNS);
const DETERMINERS = new Set(DESCRIPTION_DETERMINERS);

/** Title words a name may follow: "President", "Minister", "Gen.", "Mr." ... */
const TITLE_WORDS = new Set([
  ...OFFICE_TITLES.flatMap((t) => t.split(/[ -]/)).filter((w) => !TITLE_PARTS_NOT_TITLE_WORDS.includes(w)),
  ...TITLE_ABBREVIATIONS_BEFORE_NAME,
  ...TITLE_MODIFIERS,
]);

export function isTitleWord(word: string): boolean {
  const lower = lowerCased(word);
  return TITLE_WORDS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

const TITLE_FIRST_WORDS = new Set([...OFFICE_TITLES, ...RELATIONAL].map((t) => t.split(' ')[0]));
const TITLE_LAST_WORDS = new Set(OFFICE_TITLES.map((t) => t.slice(t.lastIndexOf(' ') + 1)));
/** The most words a title or relational noun has: longer phrases need not be looked up. */
const MAX_TITLE_WORDS = Math.max(...[...OFFICE_TITLES, ...RELATIONAL].map((t) => t.split(' ').length));

/** `words.slice(from, to).join(' ')`, without the intermediate array. */
function joinWords(words: readonly string[], from: number, to: number): string {
  let phrase = words[from];
  for (let k = from + 1; k < to; k++) phrase += ' ' + words[k];
  return phrase;
}

/** The longest title made of `words` starting at index i (lower-cased), or null. */
export function titleAt(words: readonly string[], i: number): { title: string; length: number } | null {
  if (!TITLE_FIRST_WORDS.has(words[i])) return null;
  for (let n = Math.min(MAX_TITLE_WORDS, words.length - i); n >= 1; n--) {
    const phrase = lowerCased(joinWords(words, i, i + n));
    if (TITLE_SET.has(phrase)) return { title: phrase, length: n };
    if (RELATIONAL.has(phrase)) return { title: phrase, length: n };
  }
  return null;
}

/** The longest title that ENDS at index end-1 of `words`, scanning leftwards. */
export function titleEndingAt(words: readonly string[], end: number): { title: string; length: number } | null {
  if (end === 0 || !TITLE_LAST_WORDS.has(lowerCased(words[end - 1]))) return null;
  for (let n = Math.min(MAX_TITLE_WORDS, end); n >= 1; n--) {
    const phrase = lowerCased(joinWords(words, end - n, end));
    if (TITLE_SET.has(phrase)) return { title: phrase, length: n };
  }
  return null;
}

export function isRelational(title: string): boolean {
  return RELATIONAL.has(title);
}

/** Whether a nominal's head ("leader") can describe someone known by a title ("president"). */
export function titleCompatible(head: string, title: string): boolean {
  if (head === title || RELATIONAL.has(head)) return true;
  if (head === 'leader') return HEAD_OF_STATE.has(title);
  // "the minister" for a foreign minister, "the secretary" for a secretary of state — but "the president" is
  // not the vice president.
  if (/^(?:vice|deputy|assistant|under|associate|acting|former)[ -]/.test(title)) return false;
  return title.endsWith(' ' + head) || title.startsWith(head + ' ');
}

/** Whether a word ends organisation and place names without telling them apart ("Palace", "Inc."). */
export function isDesignator(word: string): boolean {
  return DESIGNATORS.has(lowerCased(word));
}

/**
 * Whether a word is a noun a definite description of an organisation or a facility is built on ("the agency", "the
 * palace"), which refers back to a name ending in the same noun.
 */
export function isInstitutionNoun(word: string): boolean {
  const w = lowerCased(word);
  return DESIGNATORS.has(w) && !w.includes('.') && !NOT_INSTITUTION_NOUNS.has(w);
}

/** The possessive clitic the tokenizer splits off: "Russia" + "'s". */
export function isPossessiveMark(token: string | undefined): boolean {
  return token === "'s" || token === '’s';
}

// Lower-casing keeps a token's length (but for "İ", which gains a non-ASCII mark) and maps an ASCII letter to its
// lower case only: these settle most tokens without lower-casing or a look-up.
const DETERMINER_MIN_LENGTH = Math.min(...[...DETERMINERS].map((d) => d.length));
const DETERMINER_MAX_LENGTH = Math.max(...[...DETERMINERS].map((d) => d.length));
const DETERMINER_INITIALS = new Set([...DETERMINERS].map((d) => d.charCodeAt(0)));

/** The determiner a token is, lower-cased ("The" → "the"), or '' when it is none. Asked of every token. */
export function determinerOf(token: string): string {
  if (token.length < DETERMINER_MIN_LENGTH || token.length > DETERMINER_MAX_LENGTH) return '';
  const first = token.charCodeAt(0);
  if (first < 128 && !DETERMINER_INITIALS.has(first >= 65 && first <= 90 ? first + 32 : first)) return '';
  const lower = lowerCased(token);
  return DETERMINERS.has(lower) ? lower : '';
}
