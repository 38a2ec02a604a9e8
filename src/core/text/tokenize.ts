/**
 * Word tokenisation in the style of the CoNLL-2003 / Penn Treebank news corpora, so that a tagger trained on
 * those tokens sees the same units at run time: punctuation split off, possessive "'s" split, hyphenated
 * compounds and abbreviations ("U.S.", "Mr.") kept whole, numbers with separators kept whole.
 * Offsets are UTF-16 code units into the original text.
 */
import type { TextSpan } from '../types';

export interface Token extends TextSpan {
  /** Index of the token in the document. */
  index: number;
}

// Order matters: the first alternative that matches at a position wins.
const TOKEN_PATTERN = new RegExp(
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
export const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st gen col lt sgt capt cmdr adm maj gov sen rep rev hon pres supt insp det ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp co ltd plc llc bros no nos vol vs etc fig al approx dept univ assn ave blvd rd mt ft ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev ' +
    'okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number) => {
    tokens.push({ start, end, text: text.slice(start, end), index: tokens.length });
  };
  TOKEN_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(text)) !== null) {
    let start = match.index;
    let end = start + match[0].length;
    const word = match[0];
    // A word followed directly by "." that is a known abbreviation or a single capital (initial) keeps its dot.
    if (/^\p{L}+$/u.test(word) && text[end] === '.' &&
        (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) {
      end += 1;
      TOKEN_PATTERN.lastIndex = end;
      push(start, end);
      continue;
    }
    const clitic = CLITIC.exec(word);
    if (clitic && clitic.index > 0) {
      const split = start + clitic.index;
      push(start, split);
      start = split;
    }
    push(start, end);
  }
  return tokens;
}
