/**
 * Identity across articles: which entities of different articles are the same person, organisation or place. Each
 * article has already clustered its own mentions ("Macron" with "Emmanuel Macron"); this joins those per-article
 * entities into workspace-wide rows by rules that prefer leaving two rows apart to joining two people wrongly:
 *
 * - People with the same full name (titles, suffixes, accents, case and punctuation aside) are one row.
 * - A longer full name joins the two-word first-and-last form ("Emmanuel Jean-Michel Macron" → "Emmanuel Macron")
 *   only when it is the only longer name with that first and last word.
 * - A surname alone ("Macron" in an article that never gives the first name) joins the one person in the whole index
 *   with that surname; with two or more ("Boris Johnson", "Lyndon Johnson") it stays a row of its own, marked
 *   ambiguous with the candidates, and the full-name rows are marked as sharing their surname.
 * - Organisations, places and other names join on the same name whatever the type the tagger gave each article's
 *   mention (one article's "Kremlin" place is another's organisation), and through an alias ("UN" of "United
 *   Nations") when only one name has that alias.
 *
 * Pure: plain data in, plain data out.
 */
import type { EntityType } from '../types';
import { nameKey, personTokens, surnameOf } from './names';

export interface IdentityInput {
  type: EntityType;
  name: string;
  aliases: readonly string[];
  /** How many mentions it has, to choose a row's type and name. */
  mentionCount: number;
  /** Which article it is in, to count a row's articles. */
  article: number;
}

export type Ambiguity =
  /** A bare surname that more than one person in the index has: not joined to any of them. */
  | { kind: 'surname'; surname: string; candidates: string[] }
  /** A full name whose surname another person in the index has too: a bare surname is not joined to it. */
  | { kind: 'sharedSurname'; surname: string; others: string[] };

export interface IdentityGroup {
  /** Stable while the row's name and type class do not change: usable as a tree id. */
  key: string;
  type: EntityType;
  name: string;
  /** Every surface name of its members, the row's name first. */
  aliases: string[];
  /** Indexes into the input. */
  members: number[];
  ambiguity?: Ambiguity;
}

export function resolveIdentities(inputs: readonly IdentityInput[]): IdentityGroup[] {
  const sets = new DisjointSets(inputs.length);
  const people: number[] = [];
  const others: number[] = [];
  inputs.forEach((input, i) => (input.type === 'PERSON' ? people : others).push(i));
  const ambiguity = new Map<number, Ambiguity>();
  joinPeople(inputs, people, sets, ambiguity);
  joinOthers(inputs, others, sets);

  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < inputs.length; i++) {
    const root = sets.find(i);
    let members = byRoot.get(root);
    if (!members) byRoot.set(root, (members = []));
    members.push(i);
  }
  const groups: IdentityGroup[] = [];
  const usedKeys = new Set<string>();
  for (const members of byRoot.values()) {
    const group = describeGroup(inputs, members);
    // Two rows can end up with the same name (a bare "Johnson" row beside nothing else called "Johnson" cannot, but
    // a place and a person called "Jordan" can): keep keys unique.
    let key = group.key;
    for (let n = 2; usedKeys.has(key); n++) key = `${group.key}#${n}`;
    usedKeys.add(key);
    const flagged = members.map((m) => ambiguity.get(m)).find((a) => a !== undefined);
    groups.push(flagged ? { ...group, key, ambiguity: flagged } : { ...group, key });
  }
  return groups;
}

function joinPeople(inputs: readonly IdentityInput[], people: readonly number[], sets: DisjointSets, ambiguity: Map<number, Ambiguity>): void {
  const fullNames = new Map<string, number[]>();
  const bare = new Map<string, number[]>();
  const tokensOf = new Map<number, string[]>();
  for (const i of people) {
    const tokens = fullestTokens(inputs[i]);
    tokensOf.set(i, tokens);
    if (tokens.length === 0) continue;
    const map = tokens.length >= 2 ? fullNames : bare;
    const key = tokens.join(' ');
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  }
  // The same full name is one person.
  for (const members of fullNames.values()) for (const m of members.slice(1)) sets.union(members[0], m);

  // A longer name joins its first-and-last form when it is the only longer name that shortens to it.
  const longerByShort = new Map<string, string[]>();
  for (const key of fullNames.keys()) {
    const tokens = key.split(' ');
    if (tokens.length < 3) continue;
    const short = `${tokens[0]} ${tokens[tokens.length - 1]}`;
    const list = longerByShort.get(short);
    if (list) list.push(key);
    else longerByShort.set(short, [key]);
  }
  for (const [short, longer] of longerByShort) {
    const shortMembers = fullNames.get(short);
    if (!shortMembers) continue;
    if (longer.length === 1) sets.union(shortMembers[0], fullNames.get(longer[0])![0]);
    else for (const m of shortMembers) ambiguity.set(m, { kind: 'surname', surname: inputs[m].name, candidates: longer.map((k) => displayName(inputs, fullNames.get(k)!)) });
  }

  // Surname → the distinct people (rows so far) with that surname.
  const bySurname = new Map<string, Map<number, number[]>>();
  for (const members of fullNames.values()) {
    const surname = surnameOf(tokensOf.get(members[0])!);
    const root = sets.find(members[0]);
    let rows = bySurname.get(surname);
    if (!rows) bySurname.set(surname, (rows = new Map()));
    const list = rows.get(root);
    if (list) list.push(...members);
    else rows.set(root, [...members]);
  }
  for (const [surname, members] of bare) {
    for (const m of members.slice(1)) sets.union(members[0], m);
    const rows = bySurname.get(surname);
    if (!rows) continue;
    if (rows.size === 1) {
      sets.union(members[0], [...rows.keys()][0]);
    } else {
      const candidates = [...rows.values()].map((rowMembers) => displayName(inputs, rowMembers)).sort();
      for (const m of members) ambiguity.set(m, { kind: 'surname', surname: inputs[m].name, candidates });
    }
  }
  for (const [surname, rows] of bySurname) {
    if (rows.size < 2) continue;
    const names = [...rows.values()].map((rowMembers) => ({ rowMembers, name: displayName(inputs, rowMembers) }));
    for (const { rowMembers, name } of names) {
      const others = names.filter((n) => n.name !== name).map((n) => n.name).sort();
      for (const m of rowMembers) if (!ambiguity.has(m)) ambiguity.set(m, { kind: 'sharedSurname', surname: capitalised(surname, inputs, rowMembers), others });
    }
  }
}

function joinOthers(inputs: readonly IdentityInput[], others: readonly number[], sets: DisjointSets): void {
  const byName = new Map<string, number>();
  for (const i of others) {
    const key = nameKey(inputs[i].name);
    if (!key) continue;
    const first = byName.get(key);
    if (first === undefined) byName.set(key, i);
    else sets.union(first, i);
  }
  // Alias → the distinct canonical names that have it.
  const owners = new Map<string, Set<string>>();
  for (const i of others) {
    const own = nameKey(inputs[i].name);
    for (const alias of inputs[i].aliases) {
      const key = nameKey(alias);
      if (!key || key === own) continue;
      let set = owners.get(key);
      if (!set) owners.set(key, (set = new Set()));
      set.add(own);
    }
  }
  for (const [alias, names] of owners) {
    if (names.size !== 1) continue;
    const aliasRow = byName.get(alias);
    const owner = byName.get([...names][0]);
    if (aliasRow !== undefined && owner !== undefined) sets.union(owner, aliasRow);
  }
}

/** The most tokens any of its names has after titles and suffixes: the canonical name, or a fuller alias. */
function fullestTokens(input: IdentityInput): string[] {
  let best = personTokens(input.name);
  for (const alias of input.aliases) {
    const tokens = personTokens(alias);
    if (tokens.length > best.length) best = tokens;
  }
  return best;
}

function describeGroup(inputs: readonly IdentityInput[], members: readonly number[]): Omit<IdentityGroup, 'ambiguity'> {
  const typeWeight = new Map<EntityType, number>();
  for (const m of members) typeWeight.set(inputs[m].type, (typeWeight.get(inputs[m].type) ?? 0) + inputs[m].mentionCount);
  const type = [...typeWeight].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const name = displayName(inputs, members);
  const aliases = [name];
  const seen = new Set([nameKey(name) + '\u0000' + name]);
  for (const m of members) {
    for (const alias of [inputs[m].name, ...inputs[m].aliases]) {
      const id = nameKey(alias) + '\u0000' + alias;
      if (!seen.has(id)) {
        seen.add(id);
        aliases.push(alias);
      }
    }
  }
  return { key: `${type === 'PERSON' ? 'person' : 'name'}:${nameKey(name)}`, type, name, aliases, members: [...members] };
}

/** A full name over a bare one, then the name most of the members' articles use, then the longer, then A–Z. */
function displayName(inputs: readonly IdentityInput[], members: readonly number[]): string {
  const votes = new Map<string, Set<number>>();
  for (const m of members) {
    let set = votes.get(inputs[m].name);
    if (!set) votes.set(inputs[m].name, (set = new Set()));
    set.add(inputs[m].article);
  }
  const full = (s: string) => (/\s/.test(s.trim()) ? 1 : 0);
  return [...votes]
    .sort((a, b) => full(b[0]) - full(a[0]) || b[1].size - a[1].size || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
}

function capitalised(surname: string, inputs: readonly IdentityInput[], members: readonly number[]): string {
  const words = displayName(inputs, members).split(/\s+/);
  return words.find((w) => nameKey(w) === surname) ?? surname;
}

class DisjointSets {
  private readonly parent: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[i] !== root) {
      const next = this.parent[i];
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
