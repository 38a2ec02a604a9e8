/** A small hand-built article and its annotation, with spans computed from the text (never typed by hand). */
import type { Annotation, Entity, Mention, MentionKind, Quote, TemporalExpression } from '../../../src/core/types';

export function spanOf(text: string, needle: string, occurrence = 0): { start: number; end: number; text: string } {
  let from = 0;
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, from);
    if (start < 0) throw new Error(`"${needle}" #${occurrence} not in the fixture`);
    from = start + 1;
  }
  return { start, end: start + needle.length, text: needle };
}

export function mention(text: string, needle: string, occurrence = 0, kind: MentionKind = 'name'): Mention {
  return { ...spanOf(text, needle, occurrence), kind };
}

export const ARTICLE = [
  'BERLIN, March 3. /Reuters/. German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin.',
  '"We agreed on the budget," Scholz said on Tuesday, adding that he would visit France in May 2024.',
  'Macron said the talks were "frank". The chancellor thanked the European Union.',
  'An anonymous aide said "nothing was signed".',
].join('\r\n');

export function buildAnnotation(text = ARTICLE): Annotation {
  const scholz: Entity = {
    id: 'e1',
    type: 'PERSON',
    name: 'Olaf Scholz',
    role: 'Chancellor of Germany',
    mentions: [
      mention(text, 'Olaf Scholz'),
      mention(text, 'Scholz', 1),
      mention(text, 'he would', 0, 'pronoun'),
      mention(text, 'The chancellor', 0, 'nominal'),
    ].map((m) => (m.text === 'he would' ? { ...m, end: m.start + 2, text: 'he' } : m)),
  };
  const macron: Entity = {
    id: 'e2',
    type: 'PERSON',
    name: 'Emmanuel Macron',
    mentions: [mention(text, 'Emmanuel Macron'), mention(text, 'Macron', 1)],
  };
  const berlin: Entity = { id: 'e3', type: 'LOCATION', name: 'Berlin', mentions: [mention(text, 'BERLIN'), mention(text, 'Berlin')] };
  const france: Entity = { id: 'e4', type: 'LOCATION', name: 'France', mentions: [mention(text, 'France')] };
  const eu: Entity = { id: 'e5', type: 'ORGANIZATION', name: 'European Union', mentions: [mention(text, 'European Union')] };
  const french: Entity = { id: 'e6', type: 'MISC', name: 'French', country: 'France', mentions: [mention(text, 'French')] };
  const reuters: Entity = { id: 'e7', type: 'ORGANIZATION', name: 'Reuters', mentions: [mention(text, 'Reuters')] };
  const temporal: TemporalExpression[] = [
    { ...spanOf(text, 'March 3'), type: 'DATE', value: '2024-03-03' },
    { ...spanOf(text, 'Tuesday'), type: 'DATE', value: '2024-02-27' },
    { ...spanOf(text, 'May 2024'), type: 'DATE', value: '2024-05' },
  ];
  const q1 = spanOf(text, '"We agreed on the budget,"');
  const q2 = spanOf(text, '"frank"');
  const q3 = spanOf(text, '"nothing was signed"');
  const q4 = spanOf(text, 'that he would visit France in May 2024');
  const quotes: Quote[] = [
    { ...q1, kind: 'direct', speaker: 'e1', speakerMention: mention(text, 'Scholz', 1), cue: spanOf(text, 'said') },
    { ...q2, kind: 'partial', speaker: 'e2', speakerMention: mention(text, 'Macron', 1), cue: spanOf(text, 'said', 1) },
    { ...q3, kind: 'direct', speaker: null, speakerMention: null, cue: spanOf(text, 'said', 2) },
    // Reported speech: the writer's paraphrase, not Scholz's words.
    { ...q4, kind: 'reported', speaker: 'e1', speakerMention: mention(text, 'Scholz', 1), cue: spanOf(text, 'adding') },
  ];
  return {
    referenceDate: '2024-03-03',
    dateline: { start: 0, end: spanOf(text, '/Reuters/.').end, place: 'BERLIN', date: 'March 3', agency: 'Reuters' },
    entities: [scholz, macron, berlin, france, eu, french, reuters],
    temporal,
    quotes,
  };
}

/**
 * The seed article: `seeds/` in the repository (found by walking up from the compiled test, which may sit under
 * out/), else ../shared/seeds.
 */
export function seedPath(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { existsSync } = require('node:fs') as typeof import('node:fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { dirname, join } = require('node:path') as typeof import('node:path');
  const name = 'tass-macron-putin-call.txt';
  for (let dir = __dirname; dirname(dir) !== dir; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'seeds', name), join(dir, '..', 'shared', 'seeds', name)]) {
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new Error(`${name} not found above ${__dirname}`);
}

/**
 * A text of `people` distinct one-mention people, each quoted once, and `places` distinct places: the shape of a
 * huge list or a hostile file, with every span on the text.
 */
export function crowdedAnnotation(people: number, places: number): { text: string; annotation: Annotation } {
  const names: string[] = [];
  for (let i = 0; i < people + places; i++) names.push(`Name${i}`);
  const text = names.map((n) => `${n} said "yes". `).join('');
  const entities: Entity[] = [];
  const quotes: Quote[] = [];
  let at = 0;
  names.forEach((name, i) => {
    const mention = { start: at, end: at + name.length, text: name, kind: 'name' as const };
    const isPerson = i < people;
    entities.push({ id: `e${i}`, type: isPerson ? 'PERSON' : 'LOCATION', name, mentions: [mention] });
    const open = at + name.length + ' said '.length;
    if (isPerson) {
      quotes.push({ start: open, end: open + 5, text: '"yes"', kind: 'direct', speaker: `e${i}`, speakerMention: mention, cue: null });
    }
    at += `${name} said "yes". `.length;
  });
  return { text, annotation: { referenceDate: null, dateline: null, entities, temporal: [], quotes } };
}
