/**
 * Turns clusters into FORMAT.md entities: canonical name (the fullest proper name; an ALL-CAPS dateline place
 * title-cased), readable unique ids, the role, the country of a nationality, mentions ordered and not
 * overlapping, entities in order of first mention.
 */
import type { Entity, Mention } from '../types';
import type { Cluster } from './clusters';
import { collapseWhitespace, type NameMention } from './context';
import { isAcronymShaped } from './acronyms';
import { roleOf, type PersonFacts } from './facts';
import { countryOfDemonym, countryOfName } from '../lang/en/nationalities';

/** "NEW YORK" → "New York", "ST. LOUIS" → "St. Louis". */
export function titleCaseCaps(name: string): string {
  return name.toLowerCase().replace(/(^|[\s\-'’.(])(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function canonicalName(cluster: Cluster): string {
  const candidates = cluster.mentions.filter((m) => !m.capsContext);
  const pool: NameMention[] = candidates.length ? candidates : cluster.mentions;
  let best = pool[0];
  const words = (m: NameMention) => m.tokenEnd - m.tokenStart;
  for (const m of pool) {
    const better =
      words(m) > words(best) ||
      (words(m) === words(best) && m.text.length > best.text.length) ||
      // A spelled-out name beats an acronym of the same length in words.
      (words(m) === words(best) && isAcronymShaped(best.text) && !isAcronymShaped(m.text));
    if (better) best = m;
  }
  const name = collapseWhitespace(best.text);
  return best.capsContext ? titleCaseCaps(name) : name;
}

export function slug(name: string): string {
  // Decomposing and stripping accents changes nothing in ASCII, the usual case, where one pass does the rest.
  return asciiSlug(name) ?? name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}

/** For an ASCII name, what `slug` gives: letters and digits lower-cased, each run of anything else one "-" (none at the ends); null for any other name. */
function asciiSlug(name: string): string | null {
  const codes: number[] = [];
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 128) return null;
    // Past 48 characters nothing is kept, but the whole name must be ASCII for this path.
    if (codes.length >= 48) continue;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && codes.length > 0) codes.push(45); // "-"
      gap = false;
      codes.push(c);
    } else {
      gap = true;
    }
  }
  return String.fromCharCode(...codes.slice(0, 48));
}

const rank = (m: Mention) => (m.kind === 'name' || m.kind === 'acronym' ? 0 : 1);

/** Keeps mentions in order and drops any overlapping an earlier kept one (a name wins over a nominal). Sorts `mentions` in place. */
function orderedMentions(mentions: Mention[]): Mention[] {
  if (mentions.length < 2) return mentions;
  const sorted = mentions.sort((a, b) => a.start - b.start || rank(a) - rank(b) || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last && m.start < last.end) {
      if (rank(m) < rank(last)) kept[kept.length - 1] = m;
      continue;
    }
    kept.push(m);
  }
  return kept;
}

export function finishEntities(
  clusters: readonly Cluster[],
  nominals: Map<Cluster, Mention[]>,
  facts: Map<Cluster, PersonFacts>,
): Entity[] {
  const built = clusters.map((cluster) => {
    const all: Mention[] = [];
    for (const m of cluster.mentions) all.push({ start: m.start, end: m.end, text: m.text, kind: 'name' });
    for (const m of nominals.get(cluster) ?? []) all.push(m);
    const mentions = orderedMentions(all);
    const entity: Entity = { id: '', type: cluster.type, name: canonicalName(cluster), mentions };
    const personFacts = facts.get(cluster);
    const role = personFacts ? roleOf(personFacts) : null;
    if (role) entity.role = role;
    if (cluster.type === 'MISC') {
      const country = countryOfDemonym(entity.name);
      if (country) entity.country = country;
    }
    return entity;
  });
  built.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const used = new Map<string, number>();
  for (const entity of built) {
    const base = slug(entity.name) || entity.type.toLowerCase();
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    entity.id = n === 1 ? base : `${base}-${n}`;
  }
  // A nationality points at its country's entity when the article names the country.
  const countryEntity = new Map<string, string>();
  for (const entity of built) {
    if (entity.type !== 'LOCATION') continue;
    const country = countryOfName(entity.name);
    if (country && !countryEntity.has(country)) countryEntity.set(country, entity.id);
  }
  for (const entity of built) {
    if (entity.country && countryEntity.has(entity.country)) entity.refersTo = countryEntity.get(entity.country);
  }
  return built;
}
