/**
 * Letter-case tests the entity and quotation steps ask of nearly every token. Each answers exactly what the Unicode regex named
 * in its comment answers, but reads ASCII characters directly and only hands other text to the regex: a regex
 * call costs many times a character comparison, and news text is mostly ASCII. Curly quotes and dashes (the
 * General Punctuation block, U+2000-U+206F: no letters, no case) are answered directly too.
 */

const UPPERCASE_FIRST = /^\p{Lu}/u;
const LOWERCASE_FIRST = /^\p{Ll}/u;
const LETTER_FIRST = /^\p{L}/u;
const ANY_LETTER = /\p{L}/u;
const CAPITALISED_FIRST = /^\p{Lu}\p{Ll}/u;
const TWO_CAPITALS_FIRST = /^\p{Lu}\p{Lu}/u;
const ANY_LOWERCASE = /\p{Ll}/u;
const TWO_CAPITALS_ANYWHERE = /\p{Lu}.*\p{Lu}/u;
const CAPITALS_ONLY = /^\p{Lu}+$/u;

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isGeneralPunctuation = (c: number) => c >= 0x2000 && c <= 0x206f;

/** `/^\p{Lu}/u`: "Paris", "IAEA". */
export function startsUppercase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c);
  return !isGeneralPunctuation(c) && UPPERCASE_FIRST.test(word);
}

/** `/^\p{Ll}/u`: "the", "iPhone". */
export function startsLowercase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return isAsciiLower(c);
  return !isGeneralPunctuation(c) && LOWERCASE_FIRST.test(word);
}

/** `/^\p{L}/u`. */
export function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c) || isAsciiLower(c);
  return !isGeneralPunctuation(c) && LETTER_FIRST.test(word);
}

/** `/\p{L}/u`: some letter anywhere. */
export function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isGeneralPunctuation(c)) continue;
    if (c >= 128) return ANY_LETTER.test(text);
    if (isAsciiUpper(c) || isAsciiLower(c)) return true;
  }
  return false;
}

/** `/^\p{Lu}\p{Ll}/u`: "Paris" but not "IAEA" or "U.S.". */
export function startsCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c < 128 && !isAsciiUpper(c)) || isGeneralPunctuation(c)) return false;
  const d = word.charCodeAt(1);
  return c < 128 && d < 128 ? isAsciiLower(d) : CAPITALISED_FIRST.test(word);
}

/** `/^\p{Lu}\p{Lu}/u`: "IAEA", "PARIS". */
export function startsWithTwoCapitals(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c < 128 && !isAsciiUpper(c)) || isGeneralPunctuation(c)) return false;
  const d = word.charCodeAt(1);
  return c < 128 && d < 128 ? isAsciiUpper(d) : TWO_CAPITALS_FIRST.test(word);
}

/** `/\p{Ll}/u`: some lower-case letter anywhere. */
export function hasLowercase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isGeneralPunctuation(c)) continue;
    if (c >= 128) return ANY_LOWERCASE.test(word);
    if (isAsciiLower(c)) return true;
  }
  return false;
}

/** `/^\p{Lu}+$/u`: upper-case letters and nothing else ("UN", "A"). */
export function isCapitalsOnly(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return CAPITALS_ONLY.test(word);
    if (!isAsciiUpper(c)) return false;
  }
  return true;
}

/** `/\p{Lu}.*\p{Lu}/u && !/\p{Ll}/u`: a word entirely in capitals, with at least two letters ("IAEA", "PARIS"). */
export function isAllCaps(word: string): boolean {
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // Beyond ASCII, and across line breaks (which "." does not cross), the regexes decide.
    if (c >= 128 || c === 10 || c === 13) return TWO_CAPITALS_ANYWHERE.test(word) && !ANY_LOWERCASE.test(word);
    if (isAsciiLower(c)) return false;
    if (isAsciiUpper(c)) capitals++;
  }
  return capitals >= 2;
}

/**
 * Lower-cased spellings of words that have capitals, across documents: names recur, and `toLowerCase` on a
 * capitalised word costs several times a map look-up. Bounded; a pure function of the word, so nothing carries over
 * between documents but speed.
 */
const lowered = new Map<string, string>();
const LOWERED_LIMIT = 20000;
/** Longer strings (joined names) are rarely seen twice: lowered directly. */
const LOWERED_MAX_LENGTH = 40;

/** `word.toLowerCase()`, returning the word itself when it is ASCII without capitals (most tokens): no new string. */
export function lowerCased(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 128 && !isGeneralPunctuation(c)) || isAsciiUpper(c)) return word.length > LOWERED_MAX_LENGTH ? word.toLowerCase() : lowerCasedWord(word);
  }
  return word;
}

function lowerCasedWord(word: string): string {
  let lower = lowered.get(word);
  if (lower === undefined) {
    if (lowered.size >= LOWERED_LIMIT) lowered.clear();
    lower = word.toLowerCase();
    lowered.set(word, lower);
  }
  return lower;
}
