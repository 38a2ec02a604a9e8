/**
 * English language data of the checks, kept apart from the algorithms: anonymous-source phrases, the future cues
 * of a clause, the speaker pronouns and the transliteration variants that make one name look like two. (The
 * weekday and month names are in calendarNames.ts, the past-event verbs in pastVerbs.ts, the attribution cues in
 * speechVerbs.ts, the titles in honorifics.ts.)
 */

/**
 * Anonymous or vague attribution: a claim sourced to nobody an editor could call back. Each pattern is matched
 * case-insensitively on word boundaries; the first group-free match is the span shown.
 */
export const VAGUE_ATTRIBUTION: readonly RegExp[] = [
  // "sources said", "a source close to the talks said", "sources familiar with the matter say"
  /\b(?:(?:a|one|two|three|several|many|other|some|informed|unnamed|anonymous|senior|official|diplomatic|government|military|security|intelligence)\s+)*sources?\b(?:\s+(?:close|familiar|with knowledge|in|at|within|inside|who)\b[^.,;:"“”]{0,60}?)?\s+(?:said|say|says|told|tell|confirmed|suggested|indicated|claimed|believe|believed|added)\b/i,
  /\b(?:said|say|says|told\s+\p{L}+|according to)\s+(?:a|one|two|several|some|unnamed|anonymous|informed|senior)?\s*(?:\p{L}+\s+){0,2}sources?\b/iu,
  // "officials said", "U.S. officials say" — officials nobody names
  /\b(?:(?:some|several|two|three|senior|other|unnamed|anonymous)\s+)?officials\s+(?:said|say|says|told|believe|believed|confirmed)\b/i,
  /\b(?:people|persons?|those|a person|someone)\s+(?:close to|familiar with|with (?:direct )?knowledge of|briefed on)\b/i,
  /\baccording to (?:media |news |press |local |unconfirmed |some |several )?reports\b/i,
  /\b(?:media|press|news|unconfirmed) reports (?:said|say|suggested|suggest|claimed|claim)\b/i,
  /\bit (?:is|was|has been) (?:understood|believed|said|reported|thought|rumou?red|claimed|alleged)\b(?= that\b|[,.]| to\b)/i,
  /\breportedly\b/i,
  /\b(?:insiders|observers|critics|experts|analysts|some) (?:said|say|says|believe|claim|claimed)\b/i,
  /\bspeaking on (?:the )?condition of anonymity\b/i,
  /\bwho (?:asked|declined) not to be (?:named|identified)\b/i,
];

/** A modal, plan or schedule in the clause before a date: the date may lie ahead ("would meet on", "is to be held on"). */
export const FUTURE_IN_CLAUSE =
  /\b(?:will|won['’]t|shall|['’]ll|would|could|might|may|should|must|going to|to be|to|set|due|scheduled|expected|planned|planning|plans?|intends?|hopes?|until|before|by|if|unless)\b/i;

/** Pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUN = /^(?:he|she|they|it|we|i|him|her|them)$/i;

/**
 * Transliteration rewrites that map the usual romanisations of one name to one key (Zelensky / Zelenskyy /
 * Zelenskiy, Zaporozhye / Zaporizhzhia, Khodorkovsky / Hodorkovsky, Mohammed / Muhammad), applied in order to a
 * lower-cased name with diacritics removed.
 */
export const TRANSLITERATION_RULES: ReadonlyArray<[RegExp, string]> = [
  [/kh/g, 'h'],
  [/zh/g, 'z'],
  [/sch/g, 'sh'],
  [/tch/g, 'ch'],
  [/ph/g, 'f'],
  [/ou/g, 'u'],
  [/oo/g, 'u'],
  [/ck/g, 'k'],
  [/q/g, 'k'],
  [/dj/g, 'j'],
  [/(?:yy|iy|yi|ii|ij|yj)$/, 'y'],
  [/(?:ye|ie|ia|ya|iya)$/, 'ia'],
  [/([a-z])\1+/g, '$1'],
];

/**
 * Endings that make another word rather than another spelling: plurals, possessives and demonyms
 * ("Republican" / "Republicans", "Israel" / "Israeli", "Bush" / "Bush's").
 */
export const DERIVED_ENDINGS: readonly string[] = [
  '', "'s", '’s', 's', 'es', 'i', 'n', 'an', 'ian', 'ese', 'ish', 'ic', 'ics', 'ist', 'ists', 'ism', 'o', 'a', 'os', 'as',
];

/**
 * Well-known different names one letter apart, each common in news on its own: not a misspelling of the other.
 * (Given names are told apart by the first-name lists; these are the surnames, places and groups.)
 */
export const DISTINCT_LOOKALIKES: ReadonlyArray<readonly [string, string]> = [
  ['obama', 'osama'],
  ['austria', 'australia'],
  ['slovakia', 'slovenia'],
  ['sweden', 'swedes'],
  ['niger', 'nigeria'],
  ['guinea', 'guyana'],
  ['gambia', 'zambia'],
  ['mali', 'malawi'],
  ['sudan', 'sedan'],
];
