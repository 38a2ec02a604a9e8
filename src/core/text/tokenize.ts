/**
 * Word tokenisation in the style of the CoNLL-2003 / Penn Treebank news corpora, so that a tagger trained on
 * those tokens sees the same units at run time: punctuation split off, possessive "'s" split, hyphenated
 * compounds and abbreviations ("U.S.", "Mr.") kept whole, numbers with separators kept whole.
 * Offsets are UTF-16 code units into the original text.
 */
import type { TextSpan } from '../types';
import { classAt, LETTER, MARK, NUMBER, SPACE, SURROGATE } from './charClass';
import { DOTTED_TITLES } from '../lang/en/honorifics';

export interface Token extends TextSpan {
  /** Index of the token in the document. */
  index: number;
}

// Order matters: the first alternative that matches at a position wins.
export const TOKEN_PATTERN = new RegExp(
  [
    // URLs and e-mail addresses stay whole.
    String.raw`https?:\/\/[^\s"“”<>]+[^\s"“”<>.,;:!?)\]']`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`,
    // Abbreviations with inner dots: U.S., U.N., a.m., p.m., e.g.
    String.raw`(?:\p{L}\.){2,}`,
    // Numbers: 1,000.50 3.5 1990s 22nd 9/11 10:30
    String.raw`\p{N}+(?:[.,:\/]\p{N}+)*(?:\p{L}+)?`,
    // Words, with inner hyphens and apostrophes that are not a possessive/contraction clitic.
    String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`,
    // Runs of the same punctuation (..., --, ??), or a single other symbol.
    String.raw`([.\-!?*=_~])\1+`,
    String.raw`[^\s]`,
  ].join('|'),
  'gu',
);

/** Clitics split off the end of a word, PTB style: John's → John 's, don't → do n't. */
const CLITIC = /(?:['’](?:s|S|m|M|d|D|ll|LL|re|RE|ve|VE)|n['’]t|N['’]T)$/u;

/** Titles and common abbreviations that keep their final dot (kept in one place: the sentence splitter reads it too). */
export const ABBREVIATIONS = new Set([
  ...DOTTED_TITLES,
  ...(
    'sr jr cmdr ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp co ltd plc llc bros no nos vol vs etc fig al approx dept univ assn ave blvd rd mt ft ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
]);

/** Code units in the longest word that keeps its dot: an abbreviation, or an initial (2 for an astral capital). */
const LONGEST_DOTTED_WORD = Math.max(2, ...[...ABBREVIATIONS].map((word) => word.length));
const LETTERS = /^\p{L}+$/u;
const ONE_CAPITAL = /^\p{Lu}$/u;

/*
 * The scanner below finds the same tokens as TOKEN_PATTERN, reading UTF-16 code units through a class table instead
 * of running the Unicode pattern once per token (which was most of the segmentation time). It decides the word,
 * number, symbol-run and single-character alternatives itself and hands a position back to the pattern whenever
 * an earlier alternative might match there (a URL, an e-mail address, an inner-dot abbreviation) or a surrogate is
 * involved (the pattern reads whole code points).
 */

/** The scanner's answer when TOKEN_PATTERN must match at the position instead. */
const DEFER = -1;

/** Characters of an e-mail address's local part besides letters and digits: . _ % + - */
function isLocalPartSymbol(code: number): boolean {
  return code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b || code === 0x2d;
}

/**
 * Whether the e-mail alternative may match at `start`: its run of local-part characters is followed by "@" (or
 * meets a surrogate, which leaves the decision to the pattern).
 */
function mayStartEmail(text: string, start: number): boolean {
  let i = start;
  let bits: number;
  while ((bits = classAt(text, i)) & (LETTER | NUMBER) || isLocalPartSymbol(text.charCodeAt(i))) i++;
  return (bits & SURROGATE) !== 0 || (i > start && text.charCodeAt(i) === 0x40);
}

/** Inner joiners of a word: - ' ’ & */
function isWordJoiner(code: number): boolean {
  return code === 0x2d || code === 0x27 || code === 0x2019 || code === 0x26;
}

/** End of `\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*` whose first letter is before `i`. */
function wordEnd(text: string, i: number): number {
  for (;;) {
    let bits: number;
    while ((bits = classAt(text, i)) & (LETTER | MARK | NUMBER)) i++;
    if (bits & SURROGATE) return DEFER;
    if (!isWordJoiner(text.charCodeAt(i))) return i;
    const next = classAt(text, i + 1);
    if (next & SURROGATE) return DEFER;
    if (!(next & (LETTER | NUMBER))) return i;
    i += 2;
  }
}

/** Separators inside a number: . , : / */
function isNumberSeparator(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3a || code === 0x2f;
}

/** End of `\p{N}+(?:[.,:\/]\p{N}+)*(?:\p{L}+)?` whose first digit is before `i`. */
function numberEnd(text: string, i: number): number {
  let bits: number;
  for (;;) {
    while ((bits = classAt(text, i)) & NUMBER) i++;
    if (bits & SURROGATE) return DEFER;
    if (!isNumberSeparator(text.charCodeAt(i))) break;
    const next = classAt(text, i + 1);
    if (next & SURROGATE) return DEFER;
    if (!(next & NUMBER)) break;
    i += 2;
  }
  while ((bits = classAt(text, i)) & LETTER) i++;
  return bits & SURROGATE ? DEFER : i;
}

/** Characters whose runs are one token: . - ! ? * = _ ~ */
function isRepeatable(code: number): boolean {
  return code === 0x2e || code === 0x2d || code === 0x21 || code === 0x3f || code === 0x2a || code === 0x3d || code === 0x5f || code === 0x7e;
}

/**
 * End of the TOKEN_PATTERN match at `start` (a character that is no space), or DEFER. `atSignAhead`: whether an "@"
 * follows somewhere (without one no e-mail address can match, and the scan skips that check).
 */
function scanToken(text: string, start: number, atSignAhead: boolean): number {
  const first = classAt(text, start);
  if (first & SURROGATE) return DEFER;
  const code = text.charCodeAt(start);
  if (code === 0x68 && (text.startsWith('http://', start) || text.startsWith('https://', start))) return DEFER;
  if (atSignAhead && mayStartEmail(text, start)) return DEFER;
  // A letter and a dot may start an inner-dot abbreviation ("U.S."); otherwise a letter starts a word.
  if (first & LETTER) return text.charCodeAt(start + 1) === 0x2e ? DEFER : wordEnd(text, start + 1);
  if (first & NUMBER) return numberEnd(text, start + 1);
  if (isRepeatable(code) && text.charCodeAt(start + 1) === code) {
    let end = start + 2;
    while (text.charCodeAt(end) === code) end++;
    return end;
  }
  return start + 1;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** Whether CLITIC can match the token [start, end): each of its forms has an apostrophe 2 or 3 units from the end. */
function mayEndInClitic(text: string, start: number, end: number): boolean {
  return (end - 2 >= start && isApostrophe(text.charCodeAt(end - 2))) || (end - 3 >= start && isApostrophe(text.charCodeAt(end - 3)));
}

/**
 * One string per distinct token form of a document: "the" a hundred thousand times is one string, not a hundred
 * thousand copies (a slice shorter than 13 code units is a copy in V8, some 32 bytes each), which was about a third
 * of the tokens' memory. The slice made to look a form up dies young.
 */
type FormTable = Map<string, string>;

function pushToken(tokens: Token[], forms: FormTable, text: string, start: number, end: number): void {
  const slice = text.slice(start, end);
  let form = forms.get(slice);
  if (form === undefined) forms.set(slice, (form = slice));
  tokens.push({ start, end, text: form, index: tokens.length });
}

/** Pushes the token(s) of the pattern match [start, end); returns where the next match is looked for. */
function pushMatch(tokens: Token[], forms: FormTable, text: string, start: number, end: number): number {
  // A word followed directly by "." that is a known abbreviation or a single capital (initial) keeps its dot; a
  // longer word is neither.
  if (text.charCodeAt(end) === 0x2e && end - start <= LONGEST_DOTTED_WORD) {
    const word = text.slice(start, end);
    if (LETTERS.test(word) && (ABBREVIATIONS.has(word.toLowerCase()) || ONE_CAPITAL.test(word))) {
      pushToken(tokens, forms, text, start, end + 1);
      return end + 1;
    }
  }
  if (mayEndInClitic(text, start, end)) {
    const clitic = CLITIC.exec(text.slice(start, end));
    if (clitic && clitic.index > 0) {
      pushToken(tokens, forms, text, start, start + clitic.index);
      start += clitic.index;
    }
  }
  pushToken(tokens, forms, text, start, end);
  return end;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const forms: FormTable = new Map();
  let at = 0;
  /** The first "@" at or after `at`, or -1. */
  let atSign = text.indexOf('@');
  while (at < text.length) {
    if (classAt(text, at) & SPACE) {
      at++;
      continue;
    }
    let start = at;
    if (atSign !== -1 && atSign < at) atSign = text.indexOf('@', at);
    let end = scanToken(text, at, atSign !== -1);
    if (end === DEFER) {
      TOKEN_PATTERN.lastIndex = at;
      const match = TOKEN_PATTERN.exec(text);
      if (match === null) break;
      start = match.index;
      end = start + match[0].length;
    }
    at = pushMatch(tokens, forms, text, start, end);
  }
  return tokens;
}
