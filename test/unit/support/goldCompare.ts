/**
 * Compares an Annotation with a hand-made gold answer the way the scorer does, and says exactly what differs:
 * names by span and type, clusters by pairs of mentions, the dateline, temporal expressions by span and value,
 * quotes by span and speaker.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Annotation, Entity } from '../../../src/core/types';
import { SHARED_DIR } from '../../../scripts/eval/paths';

export interface GoldEntity extends Entity {
  refersTo?: string;
}
export interface Gold {
  dateline: Annotation['dateline'];
  entities: GoldEntity[];
  temporal: { start: number; end: number; text: string; type: string; value: string }[];
  quotes: { start: number; end: number; text: string; speaker: string | null; kind: string }[];
  referenceDate: string | null;
}

export function loadSeed(name: string): { text: string; gold: Gold } | null {
  const textPath = path.join(SHARED_DIR, 'seeds', `${name}.txt`);
  const goldPath = path.join(SHARED_DIR, 'gold', `${name}.json`);
  if (!fs.existsSync(textPath) || !fs.existsSync(goldPath)) return null;
  return { text: fs.readFileSync(textPath, 'utf8'), gold: JSON.parse(fs.readFileSync(goldPath, 'utf8')) as Gold };
}

const spanKey = (m: { start: number; end: number }) => `${m.start}-${m.end}`;

/** Name and acronym mentions as "start-end TYPE text". */
export function nameMentions(entities: readonly Entity[], text: string): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.kind === 'name' || m.kind === 'acronym') out.add(`${spanKey(m)} ${e.type} ${JSON.stringify(text.slice(m.start, m.end))}`);
    }
  }
  return out;
}

/** Coreference pairs: every two mentions of one entity, as "a-b ~ c-d" with their texts. */
export function clusterPairs(entities: readonly Entity[], text: string): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    const ms = [...e.mentions].sort((a, b) => a.start - b.start);
    for (let i = 0; i < ms.length; i++) {
      for (let j = i + 1; j < ms.length; j++) {
        const show = (m: { start: number; end: number }) => `${spanKey(m)} ${JSON.stringify(text.slice(m.start, m.end))}`;
        out.add(`${show(ms[i])} ~ ${show(ms[j])}`);
      }
    }
  }
  return out;
}

export function setDiff(expected: Set<string>, got: Set<string>): { missing: string[]; extra: string[] } {
  return { missing: [...expected].filter((x) => !got.has(x)), extra: [...got].filter((x) => !expected.has(x)) };
}

export interface Differences {
  names: { missing: string[]; extra: string[] };
  pairs: { missing: string[]; extra: string[] };
  dateline: string[];
  temporal: { missing: string[]; extra: string[] };
  quotes: { missing: string[]; extra: string[] };
}

export function compareWithGold(got: Annotation, gold: Gold, text: string): Differences {
  const dateline: string[] = [];
  for (const key of ['start', 'end', 'place', 'date', 'agency'] as const) {
    const g = gold.dateline ? gold.dateline[key] : null;
    const a = got.dateline ? got.dateline[key] : null;
    if (g !== a) dateline.push(`dateline.${key}: expected ${JSON.stringify(g)}, got ${JSON.stringify(a)}`);
  }
  const temporalKey = (t: { start: number; end: number; text: string; value: string | null }) => `${spanKey(t)} ${JSON.stringify(t.text)} = ${t.value}`;
  // A quote is right when its span matches and its speaker entity holds a mention of the gold speaker.
  const goldSpeakerMentions = new Map(gold.entities.map((e) => [e.id, new Set(e.mentions.map(spanKey))]));
  const gotEntity = new Map(got.entities.map((e) => [e.id, e]));
  const quoteKey = (q: { start: number; end: number }, speakerSpans: Set<string> | null) =>
    `${spanKey(q)} by ${speakerSpans ? [...speakerSpans].sort()[0] ?? 'nobody' : 'nobody'}`;
  const goldQuotes = new Set(gold.quotes.map((q) => quoteKey(q, q.speaker ? goldSpeakerMentions.get(q.speaker) ?? null : null)));
  const gotQuotes = new Set(
    got.quotes.map((q) => {
      const entity = q.speaker ? gotEntity.get(q.speaker) : undefined;
      const goldQuote = gold.quotes.find((g) => g.start === q.start && g.end === q.end);
      const goldSpans = goldQuote?.speaker ? goldSpeakerMentions.get(goldQuote.speaker) : undefined;
      // Name the speaker by the gold entity's mention it shares, if any, so equal speakers compare equal.
      const shares = entity && goldSpans && entity.mentions.some((m) => goldSpans.has(spanKey(m)));
      return quoteKey(q, shares ? goldSpans! : entity ? new Set(entity.mentions.map(spanKey)) : null);
    }),
  );
  return {
    names: setDiff(nameMentions(gold.entities, text), nameMentions(got.entities, text)),
    pairs: setDiff(clusterPairs(gold.entities, text), clusterPairs(got.entities, text)),
    dateline,
    temporal: setDiff(new Set(gold.temporal.map(temporalKey)), new Set(got.temporal.map(temporalKey))),
    quotes: setDiff(goldQuotes, gotQuotes),
  };
}

export function describe(d: { missing: string[]; extra: string[] }): string {
  return [...d.missing.map((x) => `  missing ${x}`), ...d.extra.map((x) => `  extra   ${x}`)].join('\n');
}
