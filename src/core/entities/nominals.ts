/**
 * Role nominals — "the French leader", "his Russian counterpart", "Russia's president", "the agency" — joined to
 * the entity they describe. A nominal in apposition to a name ("his Russian counterpart, Vladimir Putin") joins
 * that name and teaches its facts; any other joins only when exactly one person mentioned shortly before fits
 * its nationality and title. "The agency" joins the organisation mentioned last whose name ends in "Agency".
 * Plurals ("the two leaders", "Both presidents") never match: only singular heads are in the lexicon.
 */
import type { Mention } from '../types';
import type { Cluster } from './clusters';
import type { EntityContext } from './context';
import type { NameMentionIndex } from './mentionIndex';
import { addFact, type PersonFacts } from './facts';
import { determinerOf, isInstitutionNoun, isPossessiveMark, isRelational, titleAt, titleCompatible } from './lexicon';
import { countryOfDemonym, countryOfName } from '../lang/en/nationalities';
import { lowerCased, startsLowercase, startsUppercase } from '../text/letterCase';

/** How far back (UTF-16 units) a nominal looks for its antecedent: a few paragraphs. */
const ANTECEDENT_WINDOW = 4000;
/** Possessive pronouns: they introduce only relational nouns and national titles. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

interface NominalPhrase {
  tokenStart: number;
  tokenEnd: number;
  country: string | null;
  head: string;
  /** true for "the agency": an institution, not a person. */
  institution: boolean;
}

export function resolveNominals(
  ctx: EntityContext,
  index: NameMentionIndex,
  facts: Map<Cluster, PersonFacts>,
): Map<Cluster, Mention[]> {
  const { tokens, text } = ctx;
  const joined = new Map<Cluster, Mention[]>();
  for (let i = 0; i < tokens.length; i++) {
    const phrase = readNominal(ctx, index, i);
    if (!phrase) continue;
    const start = tokens[phrase.tokenStart].start;
    const end = tokens[phrase.tokenEnd - 1].end;
    const target = phrase.institution ? institutionAntecedent(index, start, phrase.head) : personAntecedent(ctx, index, facts, phrase, start);
    if (!target) continue;
    const list = joined.get(target) ?? [];
    list.push({ start, end, text: text.slice(start, end), kind: 'nominal' });
    joined.set(target, list);
    const personFacts = facts.get(target);
    if (personFacts) addFact(personFacts, phrase.head, phrase.country);
    i = phrase.tokenEnd - 1;
  }
  return joined;
}

/** A nominal phrase starting at token i, or null. */
function readNominal(ctx: EntityContext, index: NameMentionIndex, i: number): NominalPhrase | null {
  const { tokens } = ctx;
  const first = tokens[i];
  let j: number;
  let country: string | null = null;
  let determiner = determinerOf(first.text);
  const isDeterminer = determiner !== '';
  // Only a capitalised word can start a possessor name ("Russia's president").
  const possessor = isDeterminer || !startsUppercase(first.text) ? null : index.startingAt(i);
  if (isDeterminer && !index.at(i)) {
    j = i + 1;
  } else if (possessor && possessor.mention.type === 'LOCATION' && isPossessiveMark(tokens[possessor.mention.tokenEnd]?.text)) {
    // "Russia's president"
    country = countryOfName(possessor.mention.text);
    if (!country) return null;
    j = possessor.mention.tokenEnd + 1;
    determiner = 'possessive';
  } else {
    return null;
  }
  if (j >= tokens.length) return null;
  // Nationality: "the French leader".
  if (!country) {
    const modifier = index.startingAt(j);
    if (modifier && modifier.mention.type === 'MISC') {
      country = countryOfDemonym(modifier.mention.text);
      if (!country) return null;
      j = modifier.mention.tokenEnd;
    } else if (index.at(j)) {
      return null;
    }
  }
  const words: string[] = [];
  for (let k = j; k < Math.min(tokens.length, j + 4); k++) {
    if (index.at(k)) break;
    words.push(lowerCased(tokens[k].text));
  }
  const title = titleAt(words, 0);
  if (title) {
    let end = j + title.length;
    // "the French President Emmanuel Macron": a title before a name, not a mention of its own.
    const next = tokens[end];
    if (next && index.startingAt(end)?.cluster.type === 'PERSON' && /^\s+$/.test(ctx.text.slice(tokens[end - 1].end, next.start))) return null;
    // A plural or compound head ("leaders", "president-elect" handled by the lexicon) is not this title.
    if (next && next.start === tokens[end - 1].end && /^[\p{L}\p{N}]/u.test(next.text)) return null;
    // "the president of France"
    if (!country && tokens[end]?.text === 'of') {
      const place = index.startingAt(end + 1);
      const placeCountry = place && place.mention.type === 'LOCATION' ? countryOfName(place.mention.text) : null;
      if (place && placeCountry) {
        country = placeCountry;
        end = place.mention.tokenEnd;
      }
    }
    // "his secretary", "her coach" are the possessor's own staff; a possessive only introduces a relational
    // noun ("his Russian counterpart") or a national title ("his French counterpart").
    if (POSSESSIVE_PRONOUNS.has(determiner) && !isRelational(title.title)) return null;
    return { tokenStart: i, tokenEnd: end, country, head: title.title, institution: false };
  }
  // "the agency": an institution named earlier by a name ending in the same noun.
  if (determiner === 'the' && !country && words.length > 0 && startsLowercase(tokens[j].text) && isInstitutionNoun(words[0])) {
    const next = tokens[j + 1];
    if (next && next.start === tokens[j].end && /^[\p{L}\p{N}-]/u.test(next.text)) return null;
    return { tokenStart: i, tokenEnd: j + 1, country: null, head: words[0], institution: true };
  }
  return null;
}

function personAntecedent(
  ctx: EntityContext,
  index: NameMentionIndex,
  facts: Map<Cluster, PersonFacts>,
  phrase: NominalPhrase,
  start: number,
): Cluster | null {
  const { tokens } = ctx;
  // Apposition: "his Russian counterpart, Vladimir Putin" / "Vladimir Putin, the Russian president".
  const after = tokens[phrase.tokenEnd]?.text === ',' ? index.startingAt(phrase.tokenEnd + 1) : null;
  if (after && after.cluster.type === 'PERSON') return after.cluster;
  const before = phrase.tokenStart >= 2 && tokens[phrase.tokenStart - 1].text === ',' ? index.endingBefore(phrase.tokenStart - 1) : null;
  if (before && before.cluster.type === 'PERSON') return before.cluster;
  // A bare relational noun ("his counterpart") says too little to pick anyone.
  if (!phrase.country && isRelational(phrase.head)) return null;
  let found: Cluster | null = null;
  for (const cluster of index.recentClusters(start, ANTECEDENT_WINDOW)) {
    if (cluster.type !== 'PERSON') continue;
    const f = facts.get(cluster);
    if (!f || !fits(f, phrase)) continue;
    if (found) return null; // more than one fits: leave it
    found = cluster;
  }
  return found;
}

function fits(f: PersonFacts, phrase: NominalPhrase): boolean {
  if (phrase.country && !f.countries.has(phrase.country)) return false;
  if (isRelational(phrase.head)) return true;
  if (f.titles.size === 0) return phrase.country !== null;
  for (const title of f.titles) if (titleCompatible(phrase.head, title)) return true;
  return false;
}

function institutionAntecedent(index: NameMentionIndex, start: number, noun: string): Cluster | null {
  for (const cluster of index.recentClusters(start, ANTECEDENT_WINDOW)) {
    if (cluster.type !== 'ORGANIZATION' && cluster.type !== 'LOCATION') continue;
    if (cluster.forms.some((f) => f.length >= 2 && f[f.length - 1].toLowerCase() === noun)) return cluster;
  }
  return null;
}
