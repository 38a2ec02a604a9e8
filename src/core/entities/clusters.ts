/**
 * Groups name mentions into entities. Same name (case aside) → same entity; then, longest names first, a
 * shorter name joins a longer one it abbreviates: a person's surname or first name, an organisation's name
 * without its designator ("Elysee" → "Elysee Palace"), a trailing part of two or more words ("Security
 * Council"), or an acronym (defined in the text, or spelling the initials). When a short name fits several
 * entities, each occurrence goes to the one mentioned most recently before it.
 */
import type { EntityType } from '../types';
import type { Token } from '../text/tokenize';
import { dominantType, tokenTexts, type EntityContext, type NameMention } from './context';
import { acronymKey, initialsOf, isAcronymShaped, type AcronymDefinitions } from './acronyms';
import { isDesignator } from './lexicon';
import { lowerCased } from '../text/letterCase';
import { countryOfName } from '../lang/en/nationalities';
import { COURTESY_TITLES, FEMALE_COURTESY_TITLES, titlePattern } from '../lang/en/honorifics';
import { genderOfName } from '../lang/en/gender';

export interface Cluster {
  index: number;
  type: EntityType;
  /** Name mentions, in document order once clustering is done. */
  mentions: NameMention[];
  /** Distinct name forms, each as words. */
  forms: string[][];
}

interface Group {
  key: string;
  words: string[];
  mentions: NameMention[];
  type: EntityType;
}

/** The words of tokens [start, end) joined by spaces, lower-cased, curly apostrophes straightened: one key per name. */
function nameKey(tokens: readonly Token[], start: number, end: number): string {
  let name = tokens[start].text;
  for (let k = start + 1; k < end; k++) name += ' ' + tokens[k].text;
  return lowerCased(name.includes('’') ? name.replace(/’/g, "'") : name);
}

/** The type the group's mentions share (a dateline counts double), or null when two types are well attested. */
function majorityType(mentions: readonly NameMention[], strict: boolean): EntityType | null {
  const first = mentions[0].type;
  if (mentions.every((m) => m.type === first)) return first;
  const counts = new Map<EntityType, number>();
  for (const m of mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + (m.origin === 'dateline' ? 2 : 1));
  return dominantType(counts, strict);
}

export function clusterNames(ctx: EntityContext, mentions: readonly NameMention[], acronyms: AcronymDefinitions): Cluster[] {
  const byName = new Map<string, Group>();
  for (const m of mentions) {
    const key = nameKey(ctx.tokens, m.tokenStart, m.tokenEnd);
    let group = byName.get(key);
    if (!group) byName.set(key, (group = { key, words: tokenTexts(ctx.tokens, m.tokenStart, m.tokenEnd), mentions: [], type: m.type }));
    group.mentions.push(m);
  }
  // A name with two well-attested types is two entities ("New York" the city and the team): split it by type.
  const groups = new Map<string, Group>();
  for (const g of byName.values()) {
    const type = majorityType(g.mentions, ctx.caseless);
    if (type) {
      g.type = type;
      groups.set(g.key, g);
      continue;
    }
    for (const m of g.mentions) {
      const key = `${g.key}\u0000${m.type}`;
      const split = groups.get(key) ?? { key, words: g.words, mentions: [], type: m.type };
      split.mentions.push(m);
      groups.set(key, split);
    }
  }

  const ordered = [...groups.values()].sort(
    (a, b) => b.words.length - a.words.length || b.key.length - a.key.length || a.mentions[0].start - b.mentions[0].start,
  );
  const clusters: Cluster[] = [];
  // Each cluster is indexed once, by the form it starts with, so these lists hold no cluster twice as long as a
  // word repeated within that form is not pushed again.
  /** lower-cased word → clusters with a form containing it, in the order they were made */
  const byWord = new Map<string, Cluster[]>();
  /** acronym letters → clusters with a form having those initials, in the order they were made */
  const byInitials = new Map<string, Cluster[]>();
  const clusterOfKey = new Map<string, Cluster>();
  const index = (cluster: Cluster, words: string[]) => {
    for (const w of words) {
      const lw = lowerCased(w);
      const list = byWord.get(lw);
      if (!list) byWord.set(lw, [cluster]);
      else if (list[list.length - 1] !== cluster) list.push(cluster);
    }
    for (const initials of initialsOf(words)) {
      const list = byInitials.get(initials);
      if (!list) byInitials.set(initials, [cluster]);
      else list.push(cluster);
    }
  };

  for (const group of ordered) {
    // Without capitalisation to go by, the tagger's types are weaker evidence than usual and stronger than a
    // guessed alias: a short name then only joins a longer name of its own type.
    const hosts = findHosts(group, byWord, byInitials, clusterOfKey, acronyms).filter((h) => !ctx.caseless || h.type === group.type);
    if (hosts.length === 0) {
      const cluster: Cluster = { index: clusters.length, type: group.type, mentions: [...group.mentions], forms: [group.words] };
      clusters.push(cluster);
      clusterOfKey.set(group.key, cluster);
      index(cluster, group.words);
      continue;
    }
    const { assigned, own } = assignToNearest(hosts, group, honorificsOf(ctx, group));
    for (const [host, joined] of assigned) {
      host.mentions.push(...joined);
      host.forms.push(group.words);
      if (hosts.length === 1) clusterOfKey.set(group.key, host);
    }
    if (own.length > 0) {
      const cluster: Cluster = { index: clusters.length, type: group.type, mentions: own, forms: [group.words] };
      clusters.push(cluster);
      index(cluster, group.words);
    }
  }
  // (Many clusters have one mention; sorting even one costs an allocation.)
  for (const c of clusters) if (c.mentions.length > 1) c.mentions.sort((a, b) => a.start - b.start);
  return clusters;
}

/** How far a surname may come before the full name and still be taken for it (a headline before the lede). */
const LEAD_WINDOW = 600;

/**
 * Each mention goes to the entity mentioned last before it — a host, or the entity an earlier occurrence of the
 * same short name went to. A surname used well before any full name that contains it ("Obama" all through an
 * article that later names "Michelle Obama") is someone of its own: it starts its own entity.
 */
function assignToNearest(
  hosts: Cluster[],
  group: Group,
  honorifics: Map<NameMention, string> | null,
): { assigned: Map<Cluster, NameMention[]>; own: NameMention[] } {
  const marks: { start: number; host: Cluster }[] = [];
  for (const host of hosts) for (const m of host.mentions) marks.push({ start: m.start, host });
  marks.sort((a, b) => a.start - b.start);
  const assigned = new Map<Cluster, NameMention[]>();
  const own: NameMention[] = [];
  const sorted = [...group.mentions].sort((a, b) => a.start - b.start);
  const firstHostStart = marks.length ? marks[0].start : Infinity;
  let k = 0;
  let hostBefore: { start: number; host: Cluster } | null = null;
  let last: { start: number; host: Cluster | null } | null = null;
  for (const m of sorted) {
    while (k < marks.length && marks[k].start < m.start) hostBefore = marks[k++];
    let target: Cluster | null;
    const honorific = honorifics?.get(m) ?? null;
    if (honorific && last?.host && !genderFits(honorific, last.host)) last = { start: last.start, host: null };
    if (honorific && hostBefore && !genderFits(honorific, hostBefore.host)) {
      // "Mr. Obama" after "Michelle Obama": not her; the most recent host that fits, if any.
      let j = k - 1;
      while (j >= 0 && !genderFits(honorific, marks[j].host)) j--;
      hostBefore = j >= 0 ? marks[j] : null;
    }
    if (last && (!hostBefore || last.start > hostBefore.start)) target = last.host;
    else if (hostBefore) target = hostBefore.host;
    else if (honorific && !hosts.some((h) => genderFits(honorific, h))) target = null;
    else target = hosts.every((h) => h.type === 'PERSON') && firstHostStart - m.start > LEAD_WINDOW ? null : (marks[0]?.host ?? hosts[0]);
    if (target) {
      const list = assigned.get(target) ?? [];
      list.push(m);
      assigned.set(target, list);
    } else {
      own.push(m);
    }
    last = { start: m.start, host: target };
  }
  return { assigned, own };
}

function findHosts(
  group: Group,
  byWord: Map<string, readonly Cluster[]>,
  byInitials: Map<string, readonly Cluster[]>,
  clusterOfKey: Map<string, Cluster>,
  acronyms: AcronymDefinitions,
): Cluster[] {
  const words = group.words;
  if (words.length === 1 && isAcronymShaped(words[0]) && group.type !== 'PERSON') {
    const key = acronymKey(words[0]);
    const longName = acronyms.longNameOf.get(key);
    if (longName) {
      const host = clusterOfKey.get(longName.replace(/’/g, "'").toLowerCase().replace(/\s+/g, ' '));
      if (host) return [host];
    }
    const byLetters = (byInitials.get(key) ?? []).filter((c) => c.type !== 'PERSON' && c.forms.some((f) => f.length >= 2));
    if (byLetters.length > 0) return byLetters;
  }
  // Candidates share the group's rarest word; check each properly.
  let candidates: readonly Cluster[] | undefined;
  for (const w of words) {
    const list = byWord.get(lowerCased(w));
    if (!list) return [];
    if (!candidates || list.length < candidates.length) candidates = list;
  }
  if (!candidates) return [];
  const hosts: Cluster[] = [];
  for (const c of candidates) if (c.forms.some((form) => abbreviates(words, group.type, form, c.type))) hosts.push(c);
  // A bare surname of a person the article has named is that person, whatever the tagger called it here.
  if (hosts.some((h) => h.type === 'PERSON')) return hosts.filter((h) => h.type === 'PERSON');
  return hosts;
}

/** Whether `words` are, case aside, the words of `form` from index `at` on (as many as `words` has). */
function sameWordsAt(words: readonly string[], form: readonly string[], at: number): boolean {
  for (let k = 0; k < words.length; k++) {
    const a = words[k];
    const b = form[at + k];
    if (a !== b && lowerCased(a) !== lowerCased(b)) return false;
  }
  return true;
}

/** Whether every word of `form` from index `from` on is a designator ("Palace", "Inc."). */
function designatorsFrom(form: readonly string[], from: number): boolean {
  for (let k = from; k < form.length; k++) if (!isDesignator(form[k])) return false;
  return true;
}

/** Whether the short name `words` (typed `type`) is a way to refer to the longer name `form` of an entity typed `hostType`. */
export function abbreviates(words: readonly string[], type: EntityType, form: readonly string[], hostType: EntityType): boolean {
  const n = words.length;
  if (n >= form.length) return false;
  if (hostType === 'PERSON') {
    if (type === 'LOCATION') return false;
    // Surname(s): the trailing words; a first name alone only when the tagger also calls it a person.
    if (sameWordsAt(words, form, form.length - n)) return true;
    return type === 'PERSON' && n === 1 && sameWordsAt(words, form, 0);
  }
  const institutional = (t: EntityType) => t === 'ORGANIZATION' || t === 'LOCATION';
  // A nationality or an event is not short for a place or a body: "Soviet" ≠ "Soviet Union", "Labor Day" ≠ "U.S. Labor Day".
  if (type === 'MISC' || hostType === 'MISC') {
    if (type !== hostType) return false;
    return (sameWordsAt(words, form, 0) && designatorsFrom(form, n)) || (n >= 2 && sameWordsAt(words, form, form.length - n));
  }
  if (!institutional(hostType)) return false;
  // "Elysee" for "Elysee Palace": what is dropped is only designators. Taggers often call such a bare
  // distinctive word a person; the designator match is the stronger evidence (person hosts are preferred).
  // A country stays a country: "Kenya" is not short for "Kenya Airways".
  if (sameWordsAt(words, form, 0) && designatorsFrom(form, n) && !countryOfName(words.join(' '))) return true;
  if (!institutional(type)) return false;
  // "Security Council" for "UN Security Council": a trailing part of two words or more.
  return n >= 2 && sameWordsAt(words, form, form.length - n);
}

/** A courtesy title as written before a name ("Mr.", "Ms", "Dame"); the female ones. */
const COURTESY_TITLE = titlePattern(COURTESY_TITLES, 'optional', true);
const FEMALE_COURTESY_TITLE = titlePattern(FEMALE_COURTESY_TITLES, 'optional', true);

/** "Mr." / "Mrs." / "Ms." written before each mention of a short name, when there is one. */
function honorificsOf(ctx: EntityContext, group: Group): Map<NameMention, string> | null {
  let found: Map<NameMention, string> | null = null;
  for (const m of group.mentions) {
    const before = ctx.tokens[m.tokenStart - 1]?.text;
    if (before && COURTESY_TITLE.test(before)) (found ??= new Map()).set(m, before);
  }
  return found;
}

/** Whether "Mr." / "Mrs." fits the person an entity's fullest name is (by first name; unknown fits). */
function genderFits(honorific: string, host: Cluster): boolean {
  if (host.type !== 'PERSON') return true;
  const longest = host.forms.reduce((a, b) => (b.length > a.length ? b : a), host.forms[0]);
  const gender = genderOfName(longest.join(' '));
  if (!gender) return true;
  return gender === (FEMALE_COURTESY_TITLE.test(honorific) ? 'female' : 'male');
}
