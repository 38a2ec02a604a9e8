/**
 * Hostile and unusual inputs for `npm run bench -- --adversarial`: each family builds a text of any size from one
 * pattern, so the analysis time can be compared at 100 KB and 1 MB (its growth exponent). Sizes are in UTF-16
 * code units. Families that start from news use the bench's news text (../shared/eval) when it is there, else a
 * built-in paragraph.
 */
import { newsText } from './newsText';

const FALLBACK_NEWS =
  'LONDON, March 3 (AP) — British Prime Minister Keir Starmer met French President Emmanuel Macron on Monday. ' +
  '"We agreed," Starmer said, adding that the British leader would visit Paris next week.\n\n' +
  'The European Union (EU) welcomed the talks, a spokeswoman for the European Commission said on Tuesday.\n\n';

/** `unit` repeated to exactly `size` code units. */
function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

let newsCache: string | null = null;
function news(size: number): string {
  if (newsCache === null || newsCache.length < size) newsCache = newsText(Math.max(size, 1_000_000)) ?? '';
  return newsCache.length >= size ? newsCache.slice(0, size) : repeatTo(newsCache || FALLBACK_NEWS, size);
}

/** Short distinct capitalised words: Ba, Be, …, Baba, … (the i-th word in a base-20 syllable code). */
function distinctWord(i: number): string {
  const consonants = 'bcdfghjklmnprstvwxyz';
  const vowels = 'aeiou';
  let word = '';
  do {
    word += consonants[i % 20] + vowels[Math.floor(i / 20) % 5];
    i = Math.floor(i / 100);
  } while (i > 0);
  return word[0]!.toUpperCase() + word.slice(1);
}

export interface Family {
  name: string;
  /** What the text looks like. */
  description: string;
  make(size: number): string;
}

export const FAMILIES: readonly Family[] = [
  { name: 'news', description: 'news text as written (the baseline)', make: news },
  { name: 'no-spaces', description: 'one line of news with every white space removed', make: (n) => news(n * 1.25).replace(/\s+/g, '').slice(0, n) },
  { name: 'letters', description: 'one 1 MB word of letters', make: (n) => repeatTo('abcdefghijklmnopqrstuvwxyz', n) },
  { name: 'one-capitalised-word', description: '"Obama " repeated', make: (n) => repeatTo('Obama ', n) },
  { name: 'capitalised-run', description: '"Obama" repeated without spaces', make: (n) => repeatTo('Obama', n) },
  {
    name: 'distinct-capitalised-words',
    description: 'distinct capitalised words: "Ba Be Bi …"',
    make: (n) => {
      const parts: string[] = [];
      let length = 0;
      for (let i = 0; length < n; i++) {
        const w = distinctWord(i) + ' ';
        parts.push(w);
        length += w.length;
      }
      return parts.join('').slice(0, n);
    },
  },
  { name: 'distinct-names-said', description: '"Ba Be said. " with distinct names', make: (n) => { const p: string[] = []; let l = 0; for (let i = 0; l < n; i += 2) { const s = `${distinctWord(i)} ${distinctWord(i + 1)} said. `; p.push(s); l += s.length; } return p.join('').slice(0, n); } },
  { name: 'quotation-marks', description: 'the marks "“”«»‘’„‹›\' repeated', make: (n) => repeatTo('"“”«»‘’„‹›\'', n) },
  { name: 'quotation-marks-spaced', description: 'the marks with letters and spaces: "a “b” «c» ‘d’ „e‹ f› \'g', make: (n) => repeatTo('"a “b” «c» ‘d’ „e‹ f› \'g ', n) },
  { name: 'guillemets-then-apostrophes', description: "'«' × N then 'a’ ' × N", make: (n) => repeatTo('«', Math.floor(n / 4)) + repeatTo('a’ ', n - Math.floor(n / 4)) },
  { name: 'open-quotes', description: '"“word " repeated (quotations never closed)', make: (n) => repeatTo('“word ', n) },
  { name: 'quotes-said', description: '"“Yes,” he said. " repeated', make: (n) => repeatTo('“Yes,” he said. ', n) },
  { name: 'slashed-dates', description: '"3/4/2020 " repeated (ambiguous day/month)', make: (n) => repeatTo('3/4/2020 ', n) },
  { name: 'invalid-slashed-dates', description: '"99/99/9999 " repeated', make: (n) => repeatTo('99/99/9999 ', n) },
  { name: 'digits', description: 'digits without spaces', make: (n) => repeatTo('1234567890', n) },
  { name: 'digits-slashes', description: 'digits and slashes: "1/2/3/4/…"', make: (n) => repeatTo('1/2/', n) },
  {
    name: 'dates',
    description: 'dates of every kind: "July 4, 2024, on Monday, last week, 3 p.m. EST, …"',
    make: (n) => repeatTo('July 4, 2024, on Monday, last week, two days ago, 3 p.m. EST, the third quarter, the 1990s, fiscal 1989, 22/09/2022, the year-ago quarter. ', n),
  },
  { name: 'the-quarter', description: '"the quarter " repeated (reporting periods)', make: (n) => repeatTo('the quarter ', n) },
  { name: 'numbers-units', description: '"12,000 years ago " repeated', make: (n) => repeatTo('12,000 years ago ', n) },
  { name: 'cr-line-ends', description: 'news with CR-only line ends', make: (n) => news(n).replace(/\r?\n/g, '\r') },
  { name: 'crlf-line-ends', description: 'news with CRLF line ends', make: (n) => news(n).replace(/\r?\n/g, '\r\n').slice(0, n) },
  { name: 'one-paragraph', description: 'news as one paragraph (no line ends)', make: (n) => news(n).replace(/\s+/g, ' ') },
  { name: 'no-sentence-ends', description: 'news without . ! ?', make: (n) => news(n).replace(/[.!?]/g, ' ') },
  { name: 'blank-lines', description: '"\\n" repeated', make: (n) => repeatTo('\n', n) },
  { name: 'spaces', description: '" " repeated', make: (n) => repeatTo(' ', n) },
  { name: 'initials', description: '"A. B. " repeated (abbreviations)', make: (n) => repeatTo('A. B. ', n) },
  { name: 'parentheses', description: '"(" × N then ")" × N', make: (n) => repeatTo('(', Math.floor(n / 2)) + repeatTo(')', n - Math.floor(n / 2)) },
  { name: 'acronyms', description: '"the European Union (EU) " repeated', make: (n) => repeatTo('the European Union (EU) ', n) },
  { name: 'astral', description: '"😀𝐀 " repeated (surrogate pairs)', make: (n) => repeatTo('😀𝐀 ', n) },
  { name: 'said', description: '"said " repeated', make: (n) => repeatTo('said ', n) },
  { name: 'hyphens', description: '"a-" repeated (one hyphenated word)', make: (n) => repeatTo('a-', n) },
];
