/**
 * A one-word name the tagger calls MISC, used as a bare noun right after a locative preposition ("shelling attacks
 * on Donbass", "refugees from Kurdistan"), is a place: CoNLL's MISC one-word names are adjectives ("French"),
 * languages ("in Arabic") or works and events, which do not stand alone after "in/on/from" and before a clause end.
 * Nationalities and language names are kept MISC whatever their position.
 */
import type { Token } from '../text/tokenize';
import { countryOfDemonym, isLanguageName } from '../lang/en/nationalities';

const LOCATIVE = /^(?:in|on|from|into|across|near|around|throughout|toward|towards|inside|outside|within)$/;
/** What may follow a bare place noun: punctuation, a conjunction, a relative word or the end of the text. */
const AFTER_PLACE = /^(?:[.,;:!?)\]"”’]|and|or|but|where|which|that|while|as|after|before|since|until)$/;

export function isLocativeMisc(tokens: readonly Token[], tokenStart: number, tokenEnd: number): boolean {
  if (tokenEnd - tokenStart !== 1 || tokenStart === 0) return false;
  const word = tokens[tokenStart].text;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || countryOfDemonym(word) || isLanguageName(word)) return false;
  // Plural nationality nouns and -ian/-ese adjectives not in the gazetteer ("Kurdish", "Basques") stay MISC.
  if (/(?:ish|ese|ian|ians|ans|ic)$/.test(word)) return false;
  if (!LOCATIVE.test(tokens[tokenStart - 1].text)) return false;
  const next = tokens[tokenEnd];
  return !next || AFTER_PLACE.test(next.text);
}
