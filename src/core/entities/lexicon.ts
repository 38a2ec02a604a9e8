/**
 * Closed-class news vocabulary the entity rules rely on: titles of office, the nouns role nominals are built on,
 * and organisation/place designators. General English, not tied to any article.
 */
import { lowerCased } from '../text/letterCase';
import { TITLE_ABBREVIATIONS_BEFORE_NAME } from '../lang/en/honorifics';

/** Titles that head a person's role ("President", "Foreign Minister"), lower-cased, longest first when multiword. */
const TITLES = [
  'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'finance minister', 'interior minister',
  'foreign secretary', 'home secretary', 'secretary of state', 'secretary-general', 'secretary general',
  'vice president', 'vice-president', 'deputy prime minister', 'chief executive', 'supreme leader', 'head of state',
  'attorney general', 'speaker', 'president', 'premier', 'chancellor', 'minister', 'secretary', 'king', 'queen',
  'prince', 'princess', 'emperor', 'pope', 'sultan', 'emir', 'sheikh', 'leader', 'governor', 'mayor', 'senator',
  'congressman', 'congresswoman', 'lawmaker', 'ambassador', 'envoy', 'general', 'admiral', 'colonel', 'commander',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'head', 'chief',
  'judge', 'justice', 'chief justice', 'coach', 'manager', 'captain', 'president-elect', 'monarch', 'dictator', 'official', 'diplomat',
];
const TITLE_SET = new Set(TITLES);
/** Titles of whoever leads a country: "the French leader" may be its president, prime minister, king... */
const HEAD_OF_STATE = new Set([
  'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'sultan', 'emir', 'leader',
  'supreme leader', 'head of state', 'monarch', 'dictator', 'president-elect',
]);
/** Relational nouns that name a person only relative to someone else: they match any title. */
const RELATIONAL = new Set(['counterpart', 'opposite number', 'host', 'guest', 'predecessor', 'successor']);

/** Title words a name may follow: "President", "Minister", "Gen.", "Mr." ... */
const TITLE_WORDS = new Set([
  ...TITLES.flatMap((t) => t.split(/[ -]/)).filter((w) => !['of', 'state', 'general'].includes(w)),
  ...TITLE_ABBREVIATIONS_BEFORE_NAME,
  'deputy', 'former', 'acting', 'interim',
]);

export function isTitleWord(word: string): boolean {
  const lower = lowerCased(word);
  return TITLE_WORDS.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

const TITLE_FIRST_WORDS = new Set([...TITLES, ...RELATIONAL].map((t) => t.split(' ')[0]));
const TITLE_LAST_WORDS = new Set(TITLES.map((t) => t.slice(t.lastIndexOf(' ') + 1)));
/** The most words a title or relational noun has: longer phrases need not be looked up. */
const MAX_TITLE_WORDS = Math.max(...[...TITLES, ...RELATIONAL].map((t) => t.split(' ').length));

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

/** Words that end organisation and place names without distinguishing them: "Elysee Palace", "Apple Inc.". */
const DESIGNATORS = new Set([
  'palace', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'co', 'co.', 'company', 'group',
  'holdings', 'party', 'agency', 'ministry', 'airlines', 'airways', 'bank', 'university', 'institute', 'foundation',
  'association', 'federation', 'organisation', 'organization', 'council', 'committee', 'commission', 'authority',
  'department', 'office', 'club', 'fc', 'league', 'union', 'army', 'navy', 'force', 'forces', 'movement', 'front',
  'court', 'assembly', 'parliament', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'ab', 'spa', 'cathedral', 'mosque', 'stadium',
  'airport', 'hospital', 'prison', 'plant', 'station', 'base', 'square',
]);

export function isDesignator(word: string): boolean {
  return DESIGNATORS.has(lowerCased(word));
}

/**
 * Nouns a definite description of an organisation or a facility is built on ("the agency", "the palace"), which
 * refer back to a name ending in the same noun. "state" is left out: "the state" is rarely "Islamic State".
 */
const NOT_INSTITUTION_NOUNS = new Set(['co', 'inc', 'ltd', 'plc', 'llc', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'ab', 'spa', 'fc', 'base', 'square', 'force', 'forces', 'front']);

export function isInstitutionNoun(word: string): boolean {
  const w = lowerCased(word);
  return DESIGNATORS.has(w) && !w.includes('.') && !NOT_INSTITUTION_NOUNS.has(w);
}

/** The possessive clitic the tokenizer splits off: "Russia" + "'s". */
export function isPossessiveMark(token: string | undefined): boolean {
  return token === "'s" || token === '’s';
}

/** Words that open a definite description of a person or an institution. */
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its']);
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

/** Function words left out of an acronym's letters: "Organization of the Petroleum Exporting Countries" → OPEC. */
export const ACRONYM_SKIP_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', '&', 'de', 'des', 'du', 'la', 'le']);
