/**
 * One sense per document: a name the tagger typed once keeps that type throughout (majority vote over its
 * occurrences), and later untagged occurrences of a recognised name join it. Short forms are recognised the
 * same way: the surname of a person ("Macron" after "Emmanuel Macron") and the distinctive part of an
 * organisation or place whose last word is a designator ("Elysee" after "Elysee Palace").
 */
import type { EntityType } from '../types';
import { collapseWhitespace, compareSpans, coveredTokens, dominantType, tokenTexts, type EntityContext, type NameMention } from './context';
import { isDesignator, isTitleWord } from './lexicon';
import { isAllCaps, lowerCased, startsCapitalised, startsLowercase, startsUppercase } from '../text/letterCase';
import { countryOfDemonym, countryOfName } from '../lang/en/nationalities';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lang/en/calendarNames';

/** Every occurrence of the same string gets the type most of its tagged occurrences have, unless two readings are both well attested. */
export function harmonizeTypes(mentions: NameMention[]): NameMention[] {
  // Most names have one type throughout: votes are counted only for those that do not.
  const soleType = new Map<string, EntityType | null>();
  for (const m of mentions) {
    if (m.origin === 'dateline') continue;
    const seen = soleType.get(m.text);
    if (seen === undefined) soleType.set(m.text, m.type);
    else if (seen !== m.type) soleType.set(m.text, null);
  }
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    if (m.origin === 'dateline' || soleType.get(m.text) !== null) continue;
    let counts = votes.get(m.text);
    if (!counts) votes.set(m.text, (counts = new Map()));
    counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  }
  if (votes.size === 0) return mentions;
  const winner = new Map<string, EntityType>();
  for (const [name, counts] of votes) {
    const best = dominantType(counts);
    if (best) winner.set(name, best);
  }
  return mentions.map((m) => {
    const type = m.origin === 'dateline' ? m.type : (winner.get(m.text) ?? m.type);
    return type === m.type ? m : { ...m, type };
  });
}

/** Month and day names, lower-cased (any casing of them counts). */
const CALENDAR_WORDS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toLowerCase()));

interface Pattern {
  words: string[];
  text: string;
  type: EntityType;
  /** A short form of a longer name ("Macron"), rather than a name the tagger marked as it is. */
  short: boolean;
}

/** Adds untagged occurrences of recognised names and of their short forms. */
export function propagateNames(ctx: EntityContext, mentions: NameMention[]): NameMention[] {
  const { tokens, text } = ctx;
  const patternsByFirstWord = new Map<string, Pattern[]>();
  const known = new Map<string, EntityType>();
  for (const m of mentions) if (!known.has(m.text)) known.set(m.text, m.type);
  /** Names tagged at least once away from a sentence start: only those are trusted at a sentence start. */
  const taggedMidSentence = new Set<string>();
  for (const m of mentions) if (!ctx.sentenceStarts.has(m.tokenStart)) taggedMidSentence.add(m.text);
  const addPattern = (words: string[], type: EntityType, short: boolean) => {
    const patternText = words.join(' ');
    if (!startsUppercase(words[0]) || patternText.length < 2) return;
    // Capitalised by convention, not names: a tagger's slip on "December" must not spread.
    if (words.length === 1 && CALENDAR_WORDS.has(lowerCased(words[0]))) return;
    const list = patternsByFirstWord.get(words[0]) ?? [];
    if (list.some((p) => p.text === patternText)) return;
    list.push({ words, text: patternText, type, short });
    patternsByFirstWord.set(words[0], list);
  };
  for (const m of mentions) {
    if (m.capsContext) continue;
    const words = tokenTexts(tokens, m.tokenStart, m.tokenEnd);
    addPattern(words, m.type, false);
    for (const short of shortForms(words, m.type)) {
      const shortText = short.join(' ');
      // A short form that is itself a name of another type ("Washington" the place) is not this entity's.
      const knownType = known.get(shortText);
      if (knownType === undefined || knownType === m.type) addPattern(short, m.type, true);
    }
  }
  if (patternsByFirstWord.size === 0) return mentions;
  // (Most lists hold one pattern; sorting even one costs an allocation.)
  for (const list of patternsByFirstWord.values()) if (list.length > 1) list.sort((a, b) => b.words.length - a.words.length);

  const covered = coveredTokens(tokens.length, mentions);
  let lowercaseWords: Set<string> | null = null;
  // Built on first need (in many documents no one-word repeat opens a sentence), and only for what can be asked:
  // the lower-cased one-word patterns.
  const occursInLowercase = (word: string) => (lowercaseWords ??= lowercaseVocabulary(ctx, oneWordPatterns(patternsByFirstWord))).has(word);
  const added: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Every pattern starts with a capital (see addPattern).
    if (covered[i] || !startsUppercase(tokens[i].text)) continue;
    const candidates = patternsByFirstWord.get(tokens[i].text);
    if (!candidates) continue;
    for (const p of candidates) {
      const n = p.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = !covered[i + k] && tokens[i + k].text === p.words[k];
      if (!ok) continue;
      const start = tokens[i].start;
      const end = tokens[i + n - 1].end;
      if (collapseWhitespace(text.slice(start, end)) !== p.text) continue;
      if (!standsAlone(ctx, i, i + n, occursInLowercase)) continue;
      // A one-word name the tagger only ever marked at a sentence start ("Obviously") may be a slip: don't spread it.
      if (n === 1 && !p.short && ctx.sentenceStarts.has(i) && !taggedMidSentence.has(p.text)) continue;
      added.push({ start, end, text: text.slice(start, end), type: p.type, tokenStart: i, tokenEnd: i + n, origin: 'propagated' });
      covered.fill(1, i, i + n);
      i += n - 1;
      break;
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort(compareSpans);
}

/** Shorter ways the article may refer to the same name later. */
export function shortForms(words: string[], type: EntityType): string[][] {
  if (words.length < 2) return [];
  const forms: string[][] = [];
  if (type === 'PERSON') {
    // The surname; skip generational suffixes ("Jr.") and initials.
    let last = words.length - 1;
    while (last > 0 && /^(?:Jr\.?|Sr\.?|II|III|IV|\p{Lu}\.)$/u.test(words[last])) last--;
    if (last > 0 && startsCapitalised(words[last]) && words[last].length > 2) forms.push([words[last]]);
  } else if (type === 'ORGANIZATION' || type === 'LOCATION') {
    // "Elysee Palace" → "Elysee", "Microsoft Corp." → "Microsoft": drop designator words from the end.
    let end = words.length;
    while (end > 1 && isDesignator(words[end - 1])) end--;
    if (end < words.length && !countryOfName(words.slice(0, end).join(' ')) && !words.slice(0, end).every(isDesignatorOrFunctionWord)) forms.push(words.slice(0, end));
  }
  return forms;
}

function isDesignatorOrFunctionWord(word: string): boolean {
  return isDesignator(word) || /^(?:of|the|and|for|de|la|le|du|des|del|&)$/i.test(word);
}

/** The one-word patterns, lower-cased. */
function oneWordPatterns(patternsByFirstWord: ReadonlyMap<string, readonly Pattern[]>): Set<string> {
  const words = new Set<string>();
  for (const [first, list] of patternsByFirstWord) if (list.some((p) => p.words.length === 1)) words.add(lowerCased(first));
  return words;
}

/**
 * Which of `wanted` occur in lower case somewhere in the text: such a word capitalised at a sentence start is not
 * a name.
 */
function lowercaseVocabulary(ctx: EntityContext, wanted: ReadonlySet<string>): Set<string> {
  const words = new Set<string>();
  for (const t of ctx.tokens) if (startsLowercase(t.text) && wanted.has(t.text)) words.add(t.text);
  return words;
}

/**
 * A repeat is a mention only where it is not part of a longer capitalised run ("Macron Foundation") and, at a
 * sentence start, not an ordinary word that happens to be capitalised ("Will", "May").
 */
function standsAlone(ctx: EntityContext, from: number, to: number, occursInLowercase: (word: string) => boolean): boolean {
  const { tokens, text, sentenceStarts } = ctx;
  const next = tokens[to];
  if (next && next.start === tokens[to - 1].end + 1 && startsUppercase(next.text) && !isAllCaps(tokens[from].text)) {
    // "Macron Foundation" — but "PARIS, July" style caps runs and sentence boundaries are fine.
    if (text[tokens[to - 1].end] === ' ') return false;
  }
  const prev = tokens[from - 1];
  if (prev && !sentenceStarts.has(from) && startsCapitalised(prev.text) && tokens[from].start === prev.end + 1 && text[prev.end] === ' ') {
    // "President Macron", "French Macron" read fine; "Air France" does not contain the place "France".
    if (!sentenceStarts.has(from - 1) && !isTitleWord(prev.text) && !countryOfDemonym(prev.text)) return false;
  }
  if (to - from === 1 && sentenceStarts.has(from) && occursInLowercase(lowerCased(tokens[from].text))) return false;
  return true;
}
