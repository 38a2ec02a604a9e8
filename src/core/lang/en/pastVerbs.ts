/**
 * English past-tense verbs the stages read to tell a report of the past: the reporting and auxiliary verbs of a
 * clause ("said Friday", "was told on Wednesday"), the irregular past forms that follow a speaker's name, and the
 * verbs that report an event as over before its date. Each stage's set is composed here from one base list and
 * keeps exactly the words it was tuned with.
 */

/** Past-tense reporting and auxiliary verbs: a clause holding one reports what already happened. */
export const PAST_REPORTING_VERBS: readonly string[] = ['said', 'told', 'was', 'were', 'had', 'did', 'announced', 'reported', 'confirmed', 'denied', 'added'];

/** The tense of a sentence (temporal/tense.ts): the reporting verbs and "declared". */
export const PAST_VERBS_OF_TENSE: readonly string[] = [...PAST_REPORTING_VERBS, 'declared'];

/**
 * Past forms that end in neither "-ed" nor "-s" ("spoke", "went", "held"): after a name they make it the subject
 * of its clause (quotes/resolve.ts, which takes any lower-case "-ed"/"-s" word as a verb besides these).
 */
export const IRREGULAR_PAST_VERBS: readonly string[] = [
  'spoke', 'said', 'told', 'wrote', 'went', 'gave', 'made', 'took', 'came', 'began', 'sat', 'stood', 'left', 'met', 'ran',
  'won', 'lost', 'sent', 'put', 'got', 'saw', 'thought', 'felt', 'knew', 'kept', 'brought', 'held',
];

/** `words` as alternatives of a regular expression: "(?:said|told|…)". */
export function wordAlternatives(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/**
 * Verbs that report an event as over, standing right before its date ("took place on", "died on", "was signed
 * in"): a date after the article's own date is then impossible (checks/dateAfterDateline.ts).
 */
export const PAST_EVENT_BEFORE_DATE =
  /\b(?:took place|happened|occurred|was held|were held|was signed|were signed|was killed|were killed|died|was born|was arrested|were arrested|was elected|was released|was published|was founded|was launched|was sworn in|resigned|visited|arrived|met|ended|began|started|voted|signed|announced|said|told|reported|crashed|collapsed|closed|opened|filed|testified|released)\s+(?:on|in)\s+(?:the\s+)?$/i;
