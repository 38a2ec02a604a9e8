/**
 * Acronyms: those the article defines ("International Atomic Energy Agency (IAEA)") and those that spell the
 * initials of a long name used elsewhere ("UN" for "United Nations").
 */
import { compareSpans, type EntityContext, type NameMention } from './context';
import { ACRONYM_SKIP_WORDS } from './lexicon';
import { startsUppercase } from './letterCase';

/** A token shaped like an acronym: "IAEA", "U.N.", "AT&T", "NATO", "UNHCR". */
export function isAcronymShaped(word: string): boolean {
  const letters = word.replace(/[.&]/g, '');
  return /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(letters) && letters.length <= 8 && /^[\p{Lu}\p{N}.&]+$/u.test(word);
}

/** The letters of an acronym, for comparison: "U.N." → "UN". */
export function acronymKey(word: string): string {
  return word.replace(/[.&]/g, '').toUpperCase();
}

/** The acronyms a multi-word name could have: content-word initials, and all-word initials. */
export function initialsOf(words: readonly string[]): string[] {
  const parts = words.flatMap((w) => w.split('-')).filter((w) => w.length > 0);
  if (parts.length < 2) return [];
  const content = parts.filter((w) => !ACRONYM_SKIP_WORDS.has(w.toLowerCase()));
  const out = new Set<string>();
  if (content.length >= 2 && content.every(startsUppercase)) out.add(content.map((w) => w[0]).join('').toUpperCase());
  // "UN Security Council" → "UNSC": an acronym inside a name contributes all its letters.
  if (content.length >= 2) out.add(content.map((w) => (/^\p{Lu}+$/u.test(w) ? w : w[0])).join('').toUpperCase());
  out.add(parts.map((w) => w[0]).join('').toUpperCase());
  return [...out].filter((a) => a.length >= 2);
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
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, m.tokenStart, m.tokenEnd);
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
