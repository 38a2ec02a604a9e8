/**
 * --summary: the story table — each entity across all the articles, with its type, the number of articles that
 * mention it and the number of mentions. Identity across articles is the core's (src/core/story/identity.ts, the
 * same rules as the extension's Story view): one full name is one row, a surname alone joins the one person with
 * that surname and stays apart, flagged, when there are two (two different Johnsons). Per article only its
 * entities' names and counts are kept, never its annotation.
 */
import type { EntityType } from '../core/types';
import { resolveIdentities, type IdentityInput } from '../core/story';
import type { DocumentEntity } from './documentJob';
import { ENTITY_TYPE_WORDS } from '../presentation/categories';

export interface StoryRow {
  name: string;
  type: EntityType;
  articles: number;
  mentions: number;
  /** Other names it goes by across the articles. */
  aliases: string[];
  /** A surname alone that several people have: the full names it could be (it is joined to none of them). */
  ambiguousWith?: string[];
  /** A full name whose surname other people in the table have too. */
  sharesSurnameWith?: string[];
}

export class StoryTable {
  private readonly inputs: IdentityInput[] = [];
  private articleCount = 0;

  /** Adds one article's entities (articles are counted in the order they are added). */
  add(entities: readonly DocumentEntity[]): void {
    const article = this.articleCount++;
    for (const e of entities) this.inputs.push({ type: e.type, name: e.name, aliases: [e.name, ...e.aliases], mentionCount: e.mentions, article });
  }

  get articles(): number {
    return this.articleCount;
  }

  /** The rows, most articles first, then most mentions, then by name. */
  rows(): StoryRow[] {
    return resolveIdentities(this.inputs)
      .map((group): StoryRow => {
        const articles = new Set(group.members.map((m) => this.inputs[m]!.article));
        const mentions = group.members.reduce((n, m) => n + this.inputs[m]!.mentionCount, 0);
        const row: StoryRow = { name: group.name, type: group.type, articles: articles.size, mentions, aliases: group.aliases.filter((a) => a !== group.name) };
        if (group.ambiguity?.kind === 'surname') row.ambiguousWith = [...group.ambiguity.candidates].sort();
        if (group.ambiguity?.kind === 'sharedSurname') row.sharesSurnameWith = [...group.ambiguity.others].sort();
        return row;
      })
      .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

/** The table as text: aligned columns; names pass through `safe` (the terminal's control-character guard). */
export function storyTableText(rows: readonly StoryRow[], articles: number, safe: (s: string) => string): string {
  const header = ['entity', 'type', 'articles', 'mentions', 'also'];
  const cells = rows.map((r) => [
    safe(r.name),
    ENTITY_TYPE_WORDS[r.type].noun,
    String(r.articles),
    String(r.mentions),
    safe(
      [
        ...r.aliases.slice(0, 5),
        ...(r.aliases.length > 5 ? ['…'] : []),
        ...(r.ambiguousWith ? [`ambiguous: ${r.ambiguousWith.join(' / ')}`] : []),
        ...(r.sharesSurnameWith ? [`surname shared with ${r.sharesSurnameWith.join(' / ')}`] : []),
      ].join('; '),
    ),
  ]);
  const widths = header.map((h, i) => cells.reduce((w, c) => Math.max(w, c[i]!.length), h.length));
  const numeric = (i: number) => i === 2 || i === 3;
  const line = (c: readonly string[]) =>
    c.map((cell, i) => (numeric(i) ? cell.padStart(widths[i]!) : i === c.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  const lines = [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  return `${lines.join('\n')}\n\n${rows.length} entit${rows.length === 1 ? 'y' : 'ies'} in ${articles} article${articles === 1 ? '' : 's'}\n`;
}
