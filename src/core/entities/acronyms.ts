/**
 * Acronyms: those the article defines ("International Atomic Energy Agency (IAEA)") and those that spell the
 * initials of a long name used elsewhere ("UN" for "United Nations").
 */
import { compareSpans, coveredTokens, type EntityContext, type NameMention } from './context';
import { ACRONYM_SKIP_WORDS } from '../lang/en/entityWords';
import { hasLowercase, isCapitalsOnly, lowerCased, startsUppercase } from '../text/letterCase';

/** A token shaped like an acronym: "IAEA", "U.N.", "AT&T", "NATO", "UNHCR". */
export function isAcronymShaped(word: string): boolean {
  // Most words fail early: the shape starts with a capital (or a dot or "&" before one) and has no lower case.
  const first = word.charCodeAt(0);
  if (first < 128 && !(first >= 65 && first <= 90) && first !== 46 && first !== 38) return false;
  if (hasLowercase(word)) return false;
  const letters = word.replace(/[.&]/g, '');
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(letters) && letters.length <= 8 && /^[\p{Lu}\p{N}.&]+$/u.test(word);
}

/** The letters of an acronym, for comparison: "U.N." → "UN". */
export function acronymKey(word: string): string {
  return word.replace(/[.&]/g, '').toUpperCase();
}

/** The acronyms a multi-word name could have: content-word initials, and all-word initials. */
export function initialsOf(words: readonly string[]): string[] {
  const parts = words.some((w) => w.length === 0 || w.includes('-')) ? words.flatMap((w) => w.split('-')).filter((w) => w.length > 0) : words;
  if (parts.length < 2) return [];
  let contentWords = 0;
  let contentCapitalised = true;
  let contentInitials = '';
  /** Content initials, but an acronym inside a name contributes all its letters: "UN Security Council" → "UNSC". */
  let contentLetters = '';
  let allInitials = '';
  for (const w of parts) {
    allInitials += w[0];
    if (ACRONYM_SKIP_WORDS.has(lowerCased(w))) continue;
    contentWords++;
    if (!startsUppercase(w)) contentCapitalised = false;
    contentInitials += w[0];
    contentLetters += isCapitalsOnly(w) ? w : w[0];
  }
  const out: string[] = [];
  const add = (initials: string) => {
    const acronym = initials.toUpperCase();
    if (acronym.length >= 2 && !out.includes(acronym)) out.push(acronym);
  };
  if (contentWords >= 2 && contentCapitalised) add(contentInitials);
  if (contentWords >= 2) add(contentLetters);
  add(allInitials);
  return out;
}

export interface AcronymDefinitions {
  /** acronym key ("IAEA") → the long name it was defined for ("International Atomic Energy Agency") */
  longNameOf: Map<string, string>;
}

/**
 * Finds "Long Name (ACR)" and adds the bracketed acronym as a mention of the long name's type when the tagger
 * left it out. The acronym is kind "name" in the output, as hand-made answers mark it.
 */
export function defineAcronyms(ctx: EntityContext, mentions: NameMention[]): { mentions: NameMention[]; definitions: AcronymDefinitions } {
  const { tokens, text } = ctx;
  const longNameOf = new Map<string, string>();
  const added: NameMention[] = [];
  const covered = coveredTokens(tokens.length, mentions);
  for (const m of mentions) {
    if (m.tokenEnd - m.tokenStart < 2) continue;
    const open = tokens[m.tokenEnd];
    const acronym = tokens[m.tokenEnd + 1];
    const close = tokens[m.tokenEnd + 2];
    if (!open || !acronym || !close || open.text !== '(' || close.text !== ')') continue;
    if (!isAcronymShaped(acronym.text)) continue;
    const words = tokens.slice(m.tokenStart, m.tokenEnd).map((t) => t.text);
    // Accept when the letters match the name's initials, or at least start like them (acronyms of foreign names).
    const key = acronymKey(acronym.text);
    const initials = initialsOf(words);
    if (!initials.some((i) => i === key || (key.length >= 2 && i.startsWith(key.slice(0, 2))))) continue;
    if (!longNameOf.has(key)) longNameOf.set(key, m.text);
    if (covered[acronym.index]) continue;
    const candidate: NameMention = {
      start: acronym.start, end: acronym.end, text: text.slice(acronym.start, acronym.end), type: m.type,
      tokenStart: acronym.index, tokenEnd: acronym.index + 1, origin: 'acronym',
    };
    covered[acronym.index] = 1;
    added.push(candidate);
  }
  const all = added.length ? [...mentions, ...added].sort(compareSpans) : mentions;
  return { mentions: all, definitions: { longNameOf } };
}
