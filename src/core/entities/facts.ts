/**
 * What the article says a person is: titles and nationality read from the words around the name ("French
 * President Emmanuel Macron", "Vladimir Putin, the Russian president,", "State Department spokeswoman Jen
 * Psaki"), used to resolve role nominals and to give the entity a role ("President of France").
 */
import type { Cluster } from './clusters';
import type { EntityContext } from './context';
import type { NameMentionIndex } from './mentionIndex';
import { isPossessiveMark, isRelational, titleAt, titleEndingAt } from './lexicon';
import { countryOfDemonym, countryOfName } from '../lang/en/nationalities';
import { lowerCased } from '../text/letterCase';

export interface PersonFacts {
  titles: Set<string>;
  countries: Set<string>;
  /** A role tied to an organisation: "Spokeswoman for State Department". */
  organisationRole: string | null;
}

export function emptyFacts(): PersonFacts {
  return { titles: new Set(), countries: new Set(), organisationRole: null };
}

export function addFact(facts: PersonFacts, title: string | null, country: string | null): void {
  if (title && !isRelational(title)) facts.titles.add(title);
  if (country) facts.countries.add(country);
}

/** The country a modifier before a title names: "French", "U.S.", "Russia's". */
function countryBefore(ctx: EntityContext, index: NameMentionIndex, end: number): { country: string | null; org: string | null; start: number } {
  const { tokens } = ctx;
  let at = end;
  if (at > 0 && isPossessiveMark(tokens[at - 1].text)) at--;
  const named = index.endingBefore(at);
  if (named) {
    const text = named.mention.text;
    if (named.mention.type === 'MISC') return { country: countryOfDemonym(text), org: null, start: named.mention.tokenStart };
    if (named.mention.type === 'LOCATION') return { country: countryOfName(text) ?? text, org: null, start: named.mention.tokenStart };
    if (named.mention.type === 'ORGANIZATION') return { country: null, org: text, start: named.mention.tokenStart };
  }
  if (at > 0) {
    const country = countryOfDemonym(tokens[at - 1].text);
    if (country) return { country, org: null, start: at - 1 };
  }
  return { country: null, org: null, start: end };
}

function titleCase(title: string): string {
  return title.replace(/(^|[ -])(\p{Ll})/gu, (m, sep: string, c: string) => sep + c.toUpperCase()).replace(/ Of /g, ' of ');
}

export function roleOf(facts: PersonFacts): string | null {
  if (facts.organisationRole) return facts.organisationRole;
  const title = [...facts.titles][0];
  if (!title) return null;
  const country = [...facts.countries][0];
  return country ? `${titleCase(title)} of ${country}` : titleCase(title);
}

function organisationRole(title: string, org: string): string {
  return /^spokes/.test(title) ? `${titleCase(title)} for ${org}` : `${titleCase(title)} of ${org}`;
}

/** Reads titles and nationality around every name mention of every person. */
export function collectPersonFacts(ctx: EntityContext, clusters: readonly Cluster[], index: NameMentionIndex): Map<Cluster, PersonFacts> {
  const { tokens } = ctx;
  const result = new Map<Cluster, PersonFacts>();
  const lower = (i: number) => (i >= 0 && i < tokens.length ? lowerCased(tokens[i].text) : '');
  for (const cluster of clusters) {
    if (cluster.type !== 'PERSON') continue;
    const facts = emptyFacts();
    result.set(cluster, facts);
    for (const m of cluster.mentions) {
      // Before the name: [country|organisation] title Name.
      const from = Math.max(0, m.tokenStart - 4);
      const before = [];
      for (let i = from; i < m.tokenStart; i++) before.push(lower(i));
      const title = titleEndingAt(before, before.length);
      if (title && !index.endingBefore(m.tokenStart)) {
        const titleStart = m.tokenStart - title.length;
        const { country, org } = countryBefore(ctx, index, titleStart);
        addFact(facts, title.title, country);
        if (org && !facts.organisationRole) facts.organisationRole = organisationRole(title.title, org);
      }
      // After the name: ", [the|a] [former] [country] title [of|for|at [the] Organisation|Place]".
      let j = m.tokenEnd;
      if (lower(j) !== ',') continue;
      j++;
      if (['the', 'a', 'an'].includes(lower(j))) j++;
      if (['former', 'acting', 'then'].includes(lower(j))) j++;
      let country: string | null = null;
      const modifier = index.startingAt(j);
      if (modifier && (modifier.mention.type === 'MISC' || modifier.mention.type === 'LOCATION')) {
        country = modifier.mention.type === 'MISC' ? countryOfDemonym(modifier.mention.text) : (countryOfName(modifier.mention.text) ?? modifier.mention.text);
        j = modifier.mention.tokenEnd;
        if (isPossessiveMark(tokens[j]?.text)) j++;
      }
      const words: string[] = [];
      for (let k = j; k < Math.min(tokens.length, j + 4); k++) words.push(lower(k));
      const after = titleAt(words, 0);
      if (!after) continue;
      j += after.length;
      if (['of', 'for', 'at'].includes(lower(j))) {
        let k = j + 1;
        if (lower(k) === 'the') k++;
        const target = index.startingAt(k);
        if (target && target.mention.type === 'LOCATION') country = countryOfName(target.mention.text) ?? target.mention.text;
        else if (target && target.mention.type === 'ORGANIZATION' && !facts.organisationRole) {
          facts.organisationRole = organisationRole(after.title, target.mention.text);
        }
      }
      addFact(facts, after.title, country);
    }
  }
  return result;
}
