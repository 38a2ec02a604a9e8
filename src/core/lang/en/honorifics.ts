/**
 * English honorifics and titles written before a person's name ("Mr.", "Dame", "Sen.", "President"), for every
 * stage that reads them. The words are listed once, by kind; each stage's set is composed here from those lists
 * and named for the question that stage asks (which titles tell a gender, which a name drops when compared,
 * which are written with a dot). The sets differ on purpose — each stage was tuned with its own — so they are
 * kept exactly as they were rather than unified.
 */

/** Courtesy titles of women: they say the bearer is a woman ("Mrs. Smith"). */
export const FEMALE_COURTESY_TITLES: readonly string[] = ['mrs', 'ms', 'miss', 'dame', 'lady'];
/** Courtesy titles of men. */
export const MALE_COURTESY_TITLES: readonly string[] = ['mr', 'sir', 'lord'];
/** Every courtesy title ("Mr.", "Ms.", "Sir", "Dame"). */
export const COURTESY_TITLES: readonly string[] = [...MALE_COURTESY_TITLES, ...FEMALE_COURTESY_TITLES];
/** Royal titles, which tell a gender too. */
export const FEMALE_ROYAL_TITLES: readonly string[] = ['queen', 'princess'];
export const MALE_ROYAL_TITLES: readonly string[] = ['king', 'prince'];
const ROYAL_TITLES: readonly string[] = [...MALE_ROYAL_TITLES, ...FEMALE_ROYAL_TITLES];

/** The courtesy titles news abbreviates with a dot ("Mr.", "Mrs.", "Ms."). */
const ABBREVIATED_COURTESY_TITLES: readonly string[] = ['mr', 'mrs', 'ms'];
/** Abbreviated titles of rank and office, written with a dot: "Dr.", "Sen.", "Gen.", "Lt.", "Rev.". */
export const RANK_ABBREVIATIONS: readonly string[] = ['dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'adm', 'maj', 'rev'];
/** Rarer abbreviated titles: "Hon.", "Pres.", "Supt.", "Insp.", "Det.", "St." (a saint). */
const MORE_RANK_ABBREVIATIONS: readonly string[] = ['hon', 'pres', 'supt', 'insp', 'det', 'st'];

/**
 * Titles that stand before a name and keep their final dot, lower-case without it: the tokenizer keeps the dot on
 * them ("Mr." is one token, not the end of a sentence) and a speaker's name read backwards or forwards from a cue
 * takes them in ("said Sen. Warren").
 */
export const DOTTED_TITLES: readonly string[] = [...ABBREVIATED_COURTESY_TITLES, ...RANK_ABBREVIATIONS, ...MORE_RANK_ABBREVIATIONS];

/** Quotes (quotes/continuation.ts): the titles a transcript speaker label may open with ("SEN. WARREN:"), in capitals there. */
export const TRANSCRIPT_LABEL_TITLES: readonly string[] = [...ABBREVIATED_COURTESY_TITLES, 'dr', 'sen', 'rep', 'gov'];

/** Gender (lang/en/gender.ts): titles skipped to reach a person's first name ("Sen. Elizabeth Warren"). */
export const TITLES_BEFORE_FIRST_NAME: readonly string[] = [
  ...COURTESY_TITLES, ...ROYAL_TITLES, 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'president', 'senator', 'governor',
];

/**
 * The spelling check (checks/spellingVariant.ts): titles that are not part of the name being compared
 * ("Mr. Macron" / "Macron"). Its own set: "Miss" and "Dame" are not in it, "Pope", "Sheikh" and "Minister" are.
 */
export const TITLES_APART_FROM_NAME: readonly string[] = [
  ...ABBREVIATED_COURTESY_TITLES, 'dr', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'prof', 'rev', 'president', 'senator',
  'governor', 'minister', ...ROYAL_TITLES, 'pope', 'sheikh', 'sir', 'lord', 'lady',
];

/**
 * The entity rules (entities/lexicon.ts): abbreviated and courtesy titles a name may follow, besides the titles of
 * office ("Gen. Smith", "Dame Judi Dench"); "Miss" is not in it.
 */
export const TITLE_ABBREVIATIONS_BEFORE_NAME: readonly string[] = [
  ...ABBREVIATED_COURTESY_TITLES, ...RANK_ABBREVIATIONS, 'sir', 'dame', 'lord', 'lady',
];

/**
 * Identity across articles (story/names.ts): words a person's name may open with in a headline or a mention and that
 * are not the name ("President Macron" and "Macron" are one person). Titles of office are here in full words
 * ("Prime Minister", "Ambassador"), and "Father" and "Vice" as they open a title ("Vice President").
 */
export const TITLES_BEFORE_NAME_ACROSS_ARTICLES: readonly string[] = [
  ...COURTESY_TITLES, ...ROYAL_TITLES, 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev',
  'professor', 'president', 'prime', 'minister', 'chancellor', 'senator', 'representative', 'governor', 'mayor', 'judge',
  'justice', 'general', 'colonel', 'captain', 'pope', 'reverend', 'father', 'sheikh', 'secretary', 'ambassador', 'vice',
];

/**
 * Quotes (quotes/resolve.ts): a person's title right before a name, at the end of the text before it ("President
 * Obama", "Prime Minister May"): an entity the recogniser typed otherwise is then a person. Case-sensitive.
 */
export const PERSON_TITLE_BEFORE_NAME =
  /(?:^|\s)(?:President|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Senator|Rep\.|Gov\.|Governor|Mayor|Secretary|Prime Minister|Chancellor|Judge|Justice|Gen\.|General)\s+$/;

/**
 * A whole word that is one of `titles` (lower-case, without dots): the dot `optional` ("Mr", "Mr.") or `required`
 * ("Mr."); `caseSensitive` words must be capitalised as written in running text ("Mr", not "MR" or "mr").
 */
export function titlePattern(titles: readonly string[], dot: 'optional' | 'required', caseSensitive = false): RegExp {
  const words = caseSensitive ? titles.map((t) => t[0].toUpperCase() + t.slice(1)) : titles;
  return new RegExp(String.raw`^(?:${words.join('|')})\.${dot === 'optional' ? '?' : ''}$`, caseSensitive ? '' : 'i');
}
