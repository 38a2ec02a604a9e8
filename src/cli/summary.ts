/**
 * --summary: the story table — each entity across all the articles, with its type, the number of articles that
 * mention it and the number of mentions. Identity across articles is deliberately simple (the core's story module
 * is the place for more): the same type and the same name, compared without case, diacritics or a leading "the";
 * and a one-word person name ("Macron") joins the one full name that ends with it ("Emmanuel Macron") when exactly
 * one such name exists across the articles — with two (two different Johnsons) it stays apart and says so.
 * Only these counters are kept per entity, never the articles' annotations.
 */
import type { EntityType } from '../core/types';
import type { DocumentEntity } from './documentJob';

export interface StoryRow {
  name: string;
  type: EntityType;
  articles: number;
  mentions: number;
  /** Other names it goes by across the articles. */
  aliases: string[];
  /** Set when the name could belong to several entities (a surname shared by two full names). */
  ambiguousWith?: string[];
}

interface Group {
  type: EntityType;
  key: string;
  /** Spelling → number of articles that use it as the canonical name; the commonest names the row. */
  spellings: Map<string, number>;
  aliases: Set<string>;
  articles: Set<number>;
  mentions: number;
}

export function identityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

export class StoryTable {
  private readonly groups = new Map<string, Group>();
  private articleCount = 0;

  /** Adds one article's entities (articles are counted in the order they are added). */
  add(entities: readonly DocumentEntity[]): void {
    const article = this.articleCount++;
    for (const e of entities) {
      const key = identityKey(e.name);
      if (!key) continue;
      const id = `${e.type}\u0000${key}`;
      let group = this.groups.get(id);
      if (!group) {
        group = { type: e.type, key, spellings: new Map(), aliases: new Set(), articles: new Set(), mentions: 0 };
        this.groups.set(id, group);
      }
      group.spellings.set(e.name, (group.spellings.get(e.name) ?? 0) + 1);
      for (const a of e.aliases) group.aliases.add(a);
      group.articles.add(article);
      group.mentions += e.mentions;
    }
  }

  get articles(): number {
    return this.articleCount;
  }

  /** The rows, most articles first, then most mentions, then by name. */
  rows(): StoryRow[] {
    const groups = [...this.groups.values()];
    // One-word person names join the one full person name ending with that word.
    const fullNamesByLastWord = new Map<string, Group[]>();
    for (const g of groups) {
      if (g.type !== 'PERSON' || !g.key.includes(' ')) continue;
      const last = g.key.slice(g.key.lastIndexOf(' ') + 1);
      fullNamesByLastWord.set(last, [...(fullNamesByLastWord.get(last) ?? []), g]);
    }
    const merged = new Set<Group>();
    const ambiguous = new Map<Group, Group[]>();
    for (const g of groups) {
      if (g.type !== 'PERSON' || g.key.includes(' ')) continue;
      const candidates = fullNamesByLastWord.get(g.key) ?? [];
      if (candidates.length === 1) {
        const into = candidates[0]!;
        for (const [s] of g.spellings) into.aliases.add(s);
        for (const a of g.aliases) into.aliases.add(a);
        for (const a of g.articles) into.articles.add(a);
        into.mentions += g.mentions;
        merged.add(g);
      } else if (candidates.length > 1) {
        ambiguous.set(g, candidates);
      }
    }
    const name = (g: Group) => [...g.spellings].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
    return groups
      .filter((g) => !merged.has(g))
      .map((g): StoryRow => {
        const canonical = name(g);
        const aliases = new Set([...g.spellings.keys(), ...g.aliases]);
        aliases.delete(canonical);
        const row: StoryRow = { name: canonical, type: g.type, articles: g.articles.size, mentions: g.mentions, aliases: [...aliases].sort() };
        const others = ambiguous.get(g);
        if (others) row.ambiguousWith = others.map(name).sort();
        return row;
      })
      .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

const TYPE_LABEL: Record<EntityType, string> = { PERSON: 'person', ORGANIZATION: 'organisation', LOCATION: 'place', MISC: 'other' };

/** The table as text: aligned columns; names pass through `safe` (the terminal's control-character guard). */
export function storyTableText(rows: readonly StoryRow[], articles: number, safe: (s: string) => string): string {
  const header = ['entity', 'type', 'articles', 'mentions', 'also'];
  const cells = rows.map((r) => [
    safe(r.name),
    TYPE_LABEL[r.type],
    String(r.articles),
    String(r.mentions),
    safe([...r.aliases.slice(0, 5), ...(r.aliases.length > 5 ? ['…'] : [])].join('; ') + (r.ambiguousWith ? `${r.aliases.length ? '; ' : ''}ambiguous: ${r.ambiguousWith.join(' / ')}` : '')),
  ]);
  const widths = header.map((h, i) => cells.reduce((w, c) => Math.max(w, c[i]!.length), h.length));
  const numeric = (i: number) => i === 2 || i === 3;
  const line = (c: readonly string[]) =>
    c.map((cell, i) => (numeric(i) ? cell.padStart(widths[i]!) : i === c.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const lines = [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  return `${lines.join('\n')}\n\n${rows.length} entit${rows.length === 1 ? 'y' : 'ies'} in ${articles} article${articles === 1 ? '' : 's'}\n`;
}
