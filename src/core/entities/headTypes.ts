/**
 * The last word of a multi-word name often says what the name is, whatever a token-level tagger guessed:
 * "... Treaty" is a treaty (MISC in CoNLL-2003), "... Power Plant" a facility (LOCATION), "... Palace" speaking
 * for a government or "... Agency" an ORGANIZATION. Applied to tagger output before the document-level vote.
 */
import type { EntityType } from '../types';
import { isDesignator } from './lexicon';
import { lowerCased, startsCapitalised, startsUppercase } from '../text/letterCase';

/** Heads that make a name MISC: laws, treaties, events. */
const MISC_HEADS = new Set([
  'treaty', 'accord', 'accords', 'agreement', 'convention', 'protocol', 'charter', 'act', 'doctrine', 'plan',
  'war', 'cup', 'championship', 'championships', 'olympics', 'games', 'summit', 'prize', 'award', 'awards',
]);
/** Heads that make a name a LOCATION: facilities and geographic features. */
const LOCATION_HEADS = new Set([
  'plant', 'airport', 'stadium', 'bridge', 'dam', 'canal', 'river', 'sea', 'ocean', 'lake', 'mountains', 'mountain',
  'island', 'islands', 'valley', 'desert', 'peninsula', 'strait', 'gulf', 'bay', 'street', 'avenue', 'square', 'airbase',
]);
/** Heads that make a name a place rather than a person, but may also name a club or a body ("Ross County"). */
const WEAK_LOCATION_HEADS = new Set(['province', 'region', 'county', 'district', 'oblast', 'port', 'harbour', 'harbor', 'coast']);
/** Heads that make a name an ORGANIZATION. */
const ORGANIZATION_HEADS = new Set([
  'agency', 'ministry', 'council', 'committee', 'commission', 'party', 'palace', 'corp', 'corp.', 'corporation',
  'inc', 'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'group', 'bank', 'fund', 'university', 'institute', 'foundation',
  'association', 'federation', 'organisation', 'organization', 'authority', 'department', 'court', 'parliament',
  'assembly', 'army', 'navy', 'police', 'airlines', 'airways', 'company', 'club', 'league', 'office', 'service',
]);

/** The type the head word of a name implies, or null when it implies nothing definite. */
export function typeFromHead(words: readonly string[]): EntityType | null {
  if (words.length < 2) return null;
  const head = lowerCased(words[words.length - 1]);
  if (!startsUppercase(words[words.length - 1])) return null;
  if (MISC_HEADS.has(head)) return 'MISC';
  if (LOCATION_HEADS.has(head)) return 'LOCATION';
  if (WEAK_LOCATION_HEADS.has(head)) return 'LOCATION';
  if (ORGANIZATION_HEADS.has(head)) return 'ORGANIZATION';
  return null;
}

/**
 * The tagger's type, corrected by the head word where the head is decisive. A PERSON whose last word is a
 * designator ("Elysee Palace") is never a person; a treaty or a facility head overrides ORGANIZATION too.
 * Otherwise the tagger wins: "American League" stays MISC, "Ross County" (a club) stays ORGANIZATION.
 */
export function refineTypeByHead(type: EntityType, words: readonly string[]): EntityType {
  const implied = typeFromHead(words);
  if (!implied || implied === type) {
    if (type === 'PERSON' && words.length >= 2 && isDesignator(words[words.length - 1])) return 'ORGANIZATION';
    return type;
  }
  if (type === 'PERSON') return implied;
  const head = lowerCased(words[words.length - 1]);
  // Treaties and facilities override an organisation reading; nothing else overrides the tagger.
  if (implied === 'MISC' && type === 'ORGANIZATION') return implied;
  if (implied === 'LOCATION' && type === 'ORGANIZATION' && LOCATION_HEADS.has(head)) return implied;
  return type;
}

/** Heads of legal instruments: a capitalised run ending in one names a treaty or law even when no tagger saw it. */
const INSTRUMENT_HEADS = new Set(['treaty', 'accord', 'accords', 'agreement', 'convention', 'protocol', 'charter', 'act']);

/** "Treaty", "Act", "Accord" ...: the capitalised head of a treaty's or a law's name. */
export function isInstrumentHead(word: string): boolean {
  return startsUppercase(word) && INSTRUMENT_HEADS.has(lowerCased(word));
}

/** A capitalised word that decides what a name is when it ends it: "Treaty", "Plant", "Agency", "Palace". */
export function isDecisiveHead(word: string): boolean {
  if (!startsCapitalised(word)) return false;
  const w = lowerCased(word);
  return MISC_HEADS.has(w) || LOCATION_HEADS.has(w) || ORGANIZATION_HEADS.has(w);
}
