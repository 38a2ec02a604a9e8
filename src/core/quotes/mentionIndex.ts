/**
 * Lookups over a document's mentions for resolving speaker phrases, built lazily once per document, so that each
 * phrase costs a few binary searches instead of a scan of every mention (a scan per phrase made a long document
 * quadratic). Every lookup answers exactly what the scan it replaces answered, ties included: positions are indexes
 * into `ctx.mentions` (sorted by start), and "the latest mention before an offset" is the largest position below
 * the count of mentions starting before it.
 */
import type { Entity } from '../types';
import type { QuoteContext } from './context';
import { lowerBound } from '../text/lowerBound';

/** Words that do not tell one phrase from another ("the spokesman" = "spokesman"). */
export const GENERIC = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'former', 'new', 'top', 'senior']);

/** A phrase's distinguishing words, lower-cased. */
export function phraseWords(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter((w) => !GENERIC.has(w));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An ASCII word in lower case: /\bword\b/i matches it in any case and nothing else (no u flag: \w is ASCII). */
const PLAIN_ASCII_WORD = /^[a-z0-9_]+$/;

/** A word made only of \w characters matches `\bword\b` exactly where it is a whole run of \w characters. */
const PLAIN_WORD = /^\w+$/;

/** The largest value in an ascending list below `cut`, or -1. */
export function latestBelow(list: readonly number[], cut: number): number {
  const index = latestIndexBelow(list, cut);
  return index >= 0 ? list[index] : -1;
}

/** The index of the largest value in an ascending list below `cut`, or -1. */
function latestIndexBelow(list: readonly number[], cut: number): number {
  return lowerBound(list, (value) => value < cut) - 1;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class SpeakerMentionIndex {
  /** The first entity of each id, as `entities.find` would return it. */
  private readonly entityById = new Map<string, Entity>();
  private byKey?: Map<string, number[]>;
  private bySurname?: Map<string, number[]>;
  /** ORGANIZATION and LOCATION mention positions by entity id. */
  private orgLocByEntity?: Map<string, number[]>;
  private readonly orgLocByHead = new Map<string, number[]>();
  /** Entity ids of ORGANIZATION/LOCATION mentions by each ASCII word run of the entity's name, lower-cased. */
  private orgLocByNameRun?: Map<string, string[]>;
  private readonly roleMatches = new Map<string, RoleMatches>();
  private readonly titledById = new Map<string, boolean>();
  private people?: { positions: number[]; local: Map<number, string>; runs: Map<number, Set<string>>; byRun: Map<string, number[]> };
  private readonly peopleByOddWord = new Map<string, Set<number>>();

  constructor(
    private readonly ctx: QuoteContext,
    /** The words before a mention in its clause and an apposition after it, for role nominals. */
    private readonly titleAndApposition: (text: string, start: number, end: number) => string,
  ) {
    for (const e of ctx.entities) if (!this.entityById.has(e.id)) this.entityById.set(e.id, e);
  }

  entity(id: string): Entity | undefined {
    return this.entityById.get(id);
  }

  /** How many mentions start before `offset` (= position of the first one starting at or after it). */
  countBefore(offset: number): number {
    return lowerBound(this.ctx.mentions, (m) => m.start < offset);
  }

  /** Positions of the mentions whose distinguishing words are `key` (see phraseWords). */
  withKey(key: string): readonly number[] {
    if (!this.byKey) {
      this.byKey = new Map();
      this.ctx.mentions.forEach((m, i) => push(this.byKey!, phraseWords(m.text).join(' '), i));
    }
    return this.byKey.get(key) ?? [];
  }

  /** Positions of the PERSON mentions whose last word (lower-cased) is `surname`. */
  personsWithSurname(surname: string): readonly number[] {
    if (!this.bySurname) {
      this.bySurname = new Map();
      this.ctx.mentions.forEach((m, i) => {
        if (m.type === 'PERSON') push(this.bySurname!, m.text.toLowerCase().split(/\s+/).pop()!, i);
      });
    }
    return this.bySurname.get(surname) ?? [];
  }

  /** Positions of the ORGANIZATION/LOCATION mentions whose entity's name holds `head` as a word (any case). */
  orgsWithHead(head: string): readonly number[] {
    let list = this.orgLocByHead.get(head);
    if (list) return list;
    if (!this.orgLocByEntity) {
      this.orgLocByEntity = new Map();
      this.ctx.mentions.forEach((m, i) => {
        if (m.type === 'ORGANIZATION' || m.type === 'LOCATION') push(this.orgLocByEntity!, m.entityId, i);
      });
    }
    list = [];
    if (PLAIN_ASCII_WORD.test(head)) {
      // /\bhead\b/i with an ASCII word: the name has that run of ASCII word characters, in any case.
      if (!this.orgLocByNameRun) {
        this.orgLocByNameRun = new Map();
        for (const id of this.orgLocByEntity.keys()) {
          const runs = new Set((this.entityById.get(id)?.name ?? '').match(/[A-Za-z0-9_]+/g) ?? []);
          for (const run of new Set([...runs].map((r) => r.toLowerCase()))) {
            const ids = this.orgLocByNameRun.get(run);
            if (ids) ids.push(id);
            else this.orgLocByNameRun.set(run, [id]);
          }
        }
      }
      for (const id of this.orgLocByNameRun.get(head) ?? []) list.push(...this.orgLocByEntity.get(id)!);
    } else {
      const pattern = new RegExp(`\\b${escape(head)}\\b`, 'i');
      for (const [id, positions] of this.orgLocByEntity) if (pattern.test(this.entityById.get(id)?.name ?? '')) list.push(...positions);
    }
    list.sort((a, b) => a - b);
    this.orgLocByHead.set(head, list);
    return list;
  }

  /** Whether any mention of the entity is preceded by a person's title ("President Obama"), per entity once. */
  titled(id: string, title: RegExp): boolean {
    let answer = this.titledById.get(id);
    if (answer === undefined) {
      const entity = this.entityById.get(id);
      const text = this.ctx.doc.text;
      answer = !!entity && entity.type !== 'ORGANIZATION' && entity.mentions.some((m) => title.test(text.slice(Math.max(0, m.start - 20), m.start)));
      this.titledById.set(id, answer);
    }
    return answer;
  }

  private peopleIndex() {
    if (!this.people) {
      const positions: number[] = [];
      const local = new Map<number, string>();
      const runs = new Map<number, Set<string>>();
      const byRun = new Map<string, number[]>();
      const text = this.ctx.doc.text;
      this.ctx.mentions.forEach((m, i) => {
        if (m.type !== 'PERSON') return;
        positions.push(i);
        const words = this.titleAndApposition(text, m.start, m.end).toLowerCase();
        local.set(i, words);
        const set = new Set(words.match(/\w+/g) ?? []);
        runs.set(i, set);
        for (const w of set) push(byRun, w, i);
      });
      this.people = { positions, local, runs, byRun };
    }
    return this.people;
  }

  /** Positions of the PERSON mentions whose title-and-apposition words (lower-cased) hold `word` (`\bword\b`). */
  peopleWithWord(word: string): readonly number[] {
    const people = this.peopleIndex();
    if (PLAIN_WORD.test(word)) return people.byRun.get(word) ?? [];
    return [...this.oddWordSet(word)];
  }

  /** Whether the PERSON mention at `position` has `word` in its title or apposition. */
  personHasWord(position: number, word: string): boolean {
    const people = this.peopleIndex();
    if (PLAIN_WORD.test(word)) return people.runs.get(position)?.has(word) ?? false;
    return this.oddWordSet(word).has(position);
  }

  /**
   * The PERSON mention before position `cut` whose title or apposition best matches a role nominal: 2 points per
   * modifier word found, 1 for the head noun; with modifiers, at least one must be found. The best score wins,
   * the latest on ties; -1 when none scores. Scored once per distinct (modifiers, head), then a binary search.
   */
  bestRoleMatch(modifiers: readonly string[], head: string, cut: number): number {
    const key = `${modifiers.join(' ')}\u0000${head}`;
    let matches = this.roleMatches.get(key);
    if (!matches) {
      // A mention scores only through a modifier (or, with none, the head): only those need scoring.
      const candidates = new Set<number>();
      for (const w of modifiers.length > 0 ? modifiers : [head]) for (const p of this.peopleWithWord(w)) candidates.add(p);
      matches = { positions: [], prefixBest: [], byScore: new Map() };
      for (const p of [...candidates].sort((a, b) => a - b)) {
        let score = 0;
        for (const w of modifiers) if (this.personHasWord(p, w)) score += 2;
        if (this.personHasWord(p, head)) score += 1;
        if ((modifiers.length > 0 && score < 2) || score <= 0) continue;
        const best = matches.prefixBest.length > 0 ? Math.max(matches.prefixBest[matches.prefixBest.length - 1], score) : score;
        matches.positions.push(p);
        matches.prefixBest.push(best);
        push(matches.byScore, score, p);
      }
      this.roleMatches.set(key, matches);
    }
    const before = latestIndexBelow(matches.positions, cut);
    if (before < 0) return -1;
    return latestBelow(matches.byScore.get(matches.prefixBest[before])!, cut);
  }

  /** For a word with non-\w characters ("u.s."), the regex test the rule states, over all PERSON mentions once. */
  private oddWordSet(word: string): Set<number> {
    let set = this.peopleByOddWord.get(word);
    if (!set) {
      const people = this.peopleIndex();
      const pattern = new RegExp(`\\b${escape(word)}\\b`);
      // Where the pattern matches, each \w run of the word is a whole \w run of the text ("u.s." → "u", "s"):
      // only mentions holding the rarest of them can match. A word with no run needs the literal text, at least.
      const runs = word.match(/\w+/g) ?? [];
      let pool: readonly number[] = people.positions;
      for (const run of runs) {
        const posting = people.byRun.get(run) ?? [];
        if (run === runs[0] || posting.length < pool.length) pool = posting;
      }
      set = new Set(pool.filter((i) => people.local.get(i)!.includes(word) && pattern.test(people.local.get(i)!)));
      this.peopleByOddWord.set(word, set);
    }
    return set;
  }
}

/** The PERSON mentions a role nominal's words score on, in order, for "the best score, latest on ties" by prefix. */
interface RoleMatches {
  positions: number[];
  /** Best score among positions[0..i]. */
  prefixBest: number[];
  byScore: Map<number, number[]>;
}

/**
 * The context's index, built on first use and kept on the context itself: a module-level WeakMap from contexts
 * kept every context (and all it holds) alive through the young-generation collections, which promoted each call's
 * garbage to the old generation.
 */
export function mentionIndex(ctx: QuoteContext, titleAndApposition: (text: string, start: number, end: number) => string): SpeakerMentionIndex {
  return (ctx.mentionIndex ??= new SpeakerMentionIndex(ctx, titleAndApposition));
}
