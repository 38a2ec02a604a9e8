/**
 * Closed-class news vocabulary the entity rules read (entities/lexicon.ts, nominals, acronyms): titles of office,
 * the nouns role nominals are built on, organisation/place designators, determiners. General English, not tied
 * to any article; data only, the look-ups are in entities/lexicon.ts.
 */

/** Titles that head a person's role ("President", "Foreign Minister"), lower-cased, longest first when multiword. */
export const OFFICE_TITLES: readonly string[] = [
  'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'finance minister', 'interior minister',
  'foreign secretary', 'home secretary', 'secretary of state', 'secretary-general', 'secretary general',
  'vice president', 'vice-president', 'deputy prime minister', 'chief executive', 'supreme leader', 'head of state',
  'attorney general', 'speaker', 'president', 'premier', 'chancellor', 'minister', 'secretary', 'king', 'queen',
  'prince', 'princess', 'emperor', 'pope', 'sultan', 'emir', 'sheikh', 'leader', 'governor', 'mayor', 'senator',
  'congressman', 'congresswoman', 'lawmaker', 'ambassador', 'envoy', 'general', 'admiral', 'colonel', 'commander',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'director', 'head', 'chief',
  'judge', 'justice', 'chief justice', 'coach', 'manager', 'captain', 'president-elect', 'monarch', 'dictator', 'official', 'diplomat',
];
/** Words of titles that are no title word on their own ("secretary of state", "attorney general"). */
export const TITLE_PARTS_NOT_TITLE_WORDS: readonly string[] = ['of', 'state', 'general'];
/** Words that may stand before a title ("Deputy Prime Minister", "former President"). */
export const TITLE_MODIFIERS: readonly string[] = ['deputy', 'former', 'acting', 'interim'];
/** Titles of whoever leads a country: "the French leader" may be its president, prime minister, king... */
export const HEAD_OF_STATE_TITLES: readonly string[] = [
  'president', 'prime minister', 'premier', 'chancellor', 'king', 'queen', 'emperor', 'sultan', 'emir', 'leader',
  'supreme leader', 'head of state', 'monarch', 'dictator', 'president-elect',
];
/** Relational nouns that name a person only relative to someone else: they match any title. */
export const RELATIONAL_NOUNS: readonly string[] = ['counterpart', 'opposite number', 'host', 'guest', 'predecessor', 'successor'];

/** Words that end organisation and place names without distinguishing them: "Elysee Palace", "Apple Inc.". */
export const NAME_DESIGNATORS: readonly string[] = [
  'palace', 'corp', 'corp.', 'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'co', 'co.', 'company', 'group',
  'holdings', 'party', 'agency', 'ministry', 'airlines', 'airways', 'bank', 'university', 'institute', 'foundation',
  'association', 'federation', 'organisation', 'organization', 'council', 'committee', 'commission', 'authority',
  'department', 'office', 'club', 'fc', 'league', 'union', 'army', 'navy', 'force', 'forces', 'movement', 'front',
  'court', 'assembly', 'parliament', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'ab', 'spa', 'cathedral', 'mosque', 'stadium',
  'airport', 'hospital', 'prison', 'plant', 'station', 'base', 'square',
];

/**
 * The designators that are no noun a definite description is built on: every other designator is ("the agency",
 * "the palace" refer back to a name ending in the same noun). "state" is no designator: "the state" is rarely
 * "Islamic State".
 */
export const DESIGNATORS_NOT_INSTITUTION_NOUNS: readonly string[] = ['co', 'inc', 'ltd', 'plc', 'llc', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'ab', 'spa', 'fc', 'base', 'square', 'force', 'forces', 'front'];

/** Words that open a definite description of a person or an institution. */
export const DESCRIPTION_DETERMINERS: readonly string[] = ['the', 'his', 'her', 'their', 'its'];

/** Function words left out of an acronym's letters: "Organization of the Petroleum Exporting Countries" → OPEC. */
export const ACRONYM_SKIP_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', 'a', 'an', '&', 'de', 'des', 'du', 'la', 'le']);

/**
 * A capitalised word that may follow a nationality without making one name of the two ("French President
 * Macron", "Israeli Army", "German Foreign Minister"): a title, an office or a body of state. Case-sensitive.
 */
export const TITLE_AFTER_NATIONALITY =
  /^(?:President|Prime|Premier|Foreign|Defen[cs]e|Finance|Interior|Justice|Economy|Trade|Deputy|Vice|Minister|Chancellor|King|Queen|Prince|Princess|Emperor|Ambassador|Envoy|General|Gen\.|Admiral|Colonel|Secretary|Senator|Leader|Supreme|Chief|Head|Spokesman|Spokeswoman|Officials?|Government|Army|Navy|Air|Troops|Forces|Police|Authorities|Ministry|Embassy|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$/;
