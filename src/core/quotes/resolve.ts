/**
 * Turning a speaker phrase into an entity id. A phrase that is an entity mention is that entity. A pronoun is the
 * speaker of the latest attribution when compatible, else the nearest preceding compatible subject mention
 * (he/she → PERSON; it/they → ORGANIZATION). A nominal or a name the entities did not cover is matched by its
 * text against the mentions, by its head noun against organisation names ("the agency" → "… Energy Agency"),
 * or, for a role noun ("the French leader"), by its modifiers in the titles and appositions of PERSON mentions
 * ("French President Emmanuel Macron"). Otherwise the phrase stays unresolved (speaker null).
 */
import type { EntityType } from '../types';
import type { MentionRef, QuoteContext } from './context';
import { sentenceOfToken, tokenAtOrAfter } from './context';
import type { SpeakerPhrase } from './phrases';
import { pronounFits } from '../lang/en/gender';
import { PERSON_TITLE_BEFORE_NAME } from '../lang/en/honorifics';
import { IRREGULAR_PAST_VERBS } from '../lang/en/pastVerbs';
import { latestBelow, mentionIndex, phraseWords, type SpeakerMentionIndex } from './mentionIndex';

export interface Attributed {
  /** Offset of the attributed stretch (quote or reported content). */
  start: number;
  speaker: string;
}

const ROLE_NOUNS = new Set(
  ('president leader minister premier chancellor spokesman spokeswoman spokesperson official senator governor ' +
    'candidate nominee secretary chief head counterpart king queen prince mayor ambassador diplomat general ' +
    'commander director executive chairman chairwoman founder lawyer attorney adviser advisor aide ' +
    'representative congressman congresswoman lawmaker businessman billionaire star coach manager prosecutor ' +
    'judge officer envoy negotiator host anchor author economist analyst professor scientist mogul rival ' +
    'opponent incumbent challenger politician strategist pollster veteran activist father mother wife husband ' +
    'son daughter man woman').split(' '),
);

function pronounTypes(word: string): EntityType[] | null {
  switch (word) {
    case 'his':
      return pronounTypes('he');
    case 'her':
      return pronounTypes('she');
    case 'its':
      return pronounTypes('it');
    case 'their':
      return pronounTypes('they');
    case 'he':
    case 'she':
      return ['PERSON'];
    case 'it':
      return ['ORGANIZATION'];
    case 'they':
      return ['ORGANIZATION'];
    default:
      return null;
  }
}

/** An entity typed otherwise by the recogniser but named with a person's title ("President Obama"). */
function titled(ctx: QuoteContext, id: string): boolean {
  return indexOf(ctx).titled(id, PERSON_TITLE_BEFORE_NAME);
}

function entityType(ctx: QuoteContext, id: string): EntityType | undefined {
  return indexOf(ctx).entity(id)?.type;
}

function indexOf(ctx: QuoteContext): SpeakerMentionIndex {
  return mentionIndex(ctx, titleAndApposition);
}

/**
 * The person a cue-less quotation most likely belongs to: the subject of the sentence just before it, in the same
 * paragraph ("Smith was defiant. "We will win.""). Null when that sentence has no PERSON subject.
 */
export function previousSentenceSubject(ctx: QuoteContext, quoteStart: number, paragraphStart: number): MentionRef | null {
  const t = tokenAtOrAfter(ctx, quoteStart);
  const s = sentenceOfToken(ctx, t);
  if (s === 0) return null;
  const prev = ctx.doc.sentences[s - 1];
  if (prev.start < paragraphStart || prev.end > quoteStart) return null;
  for (let i = indexOf(ctx).countBefore(prev.start); i < ctx.mentions.length; i++) {
    const m = ctx.mentions[i];
    if (m.start >= prev.end) break;
    if (ctx.tokenQuote[tokenAtOrAfter(ctx, m.start)] >= 0) continue;
    if (m.type === 'PERSON' && m.kind !== 'pronoun' && subjectLike(ctx, m)) return m;
  }
  return null;
}

/** A mention that is the subject of its clause: first phrase of its sentence, or followed by a cue or verb-like word. */
/** A past or present verb right after a name ("Smith said", "Smith also spoke"): the name is its subject. */
const VERB_AFTER_NAME = new RegExp(String.raw`^\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?:\p{Ll}+(?:ed|s)|${IRREGULAR_PAST_VERBS.join('|')})\b`, 'u');

function subjectLike(ctx: QuoteContext, m: MentionRef): boolean {
  const t = tokenAtOrAfter(ctx, m.start);
  const s = ctx.doc.sentences[sentenceOfToken(ctx, t)];
  // Only the last stretch before the mention matters; a run-on sentence must not make this quadratic.
  const before = ctx.doc.text.slice(Math.max(s.start, m.start - 120), m.start);
  if (m.start - s.start <= 120 && /^\s*(?:(?:But|And|So|Then|Yet|Still|Now|However,?)\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(before)) return true;
  if (/,\s*$/.test(before) && !/\b(?:and|or|of|to|with|for)\s*$/i.test(before)) return true;
  const after = ctx.doc.text.slice(m.end, m.end + 30);
  return VERB_AFTER_NAME.test(after);
}

export function resolvePhrase(ctx: QuoteContext, phrase: SpeakerPhrase, history: Attributed[]): string | null {
  if (phrase.entityId) return phrase.entityId;
  const text = ctx.doc.text.slice(phrase.start, phrase.end);
  if (phrase.kind === 'pronoun') return resolvePronoun(ctx, phrase, text.toLowerCase(), history);
  return resolveByText(ctx, phrase, text);
}

function resolvePronoun(ctx: QuoteContext, phrase: SpeakerPhrase, word: string, history: Attributed[]): string | null {
  const types = pronounTypes(word);
  if (!types) return null;
  const sentence = sentenceOfToken(ctx, phrase.tokenStart);
  const firstSentence = Math.max(0, sentence - 3);
  const windowStart = ctx.doc.sentences[firstSentence].start;
  const base = word === 'his' ? 'he' : word === 'her' ? 'she' : word;
  const typeFits = (id: string) => types.includes(entityType(ctx, id) ?? 'MISC') || (types.includes('PERSON') && titled(ctx, id));
  const fits = (id: string) => typeFits(id) && pronounFits(base, nameOf(ctx, id));
  const index = indexOf(ctx);
  const candidates: MentionRef[] = [];
  for (let i = index.countBefore(windowStart), cut = index.countBefore(phrase.start); i < cut; i++) {
    const m = ctx.mentions[i];
    if (m.kind !== 'pronoun' && fits(m.entityId)) candidates.push(m);
  }
  let last: Attributed | undefined;
  for (let i = history.length - 1; i >= 0 && !last; i--) if (history[i].start < phrase.start) last = history[i];
  // The latest speaker keeps the floor when no other compatible subject was introduced since.
  if (last && fits(last.speaker)) {
    const intervening = candidates.filter((m) => m.start > last.start && m.entityId !== last.speaker && subjectLike(ctx, m));
    if (intervening.length === 0) return last.speaker;
  }
  for (let i = candidates.length - 1; i >= 0; i--) if (subjectLike(ctx, candidates[i])) return candidates[i].entityId;
  return candidates.length > 0 ? candidates[candidates.length - 1].entityId : null;
}

function resolveByText(ctx: QuoteContext, phrase: SpeakerPhrase, text: string): string | null {
  const words = phraseWords(text);
  if (words.length === 0) return null;
  const key = words.join(' ');
  const index = indexOf(ctx);
  // Mentions before the phrase are positions below `cut`; each rule takes the latest one it accepts.
  const cut = index.countBefore(phrase.start);
  const id = (position: number) => (position >= 0 ? ctx.mentions[position].entityId : null);
  // 1. Same words as a mention ("the spokesman" was already a mention; "Smith" = "Smith"), else a later one.
  const same = index.withKey(key);
  const exact = latestBelow(same, cut);
  if (exact >= 0) return id(exact);
  if (same.length > 0) return id(same[0]);
  if (phrase.kind === 'name') {
    // 2. A surname: the last word of a PERSON mention.
    return id(latestBelow(index.personsWithSurname(words[words.length - 1]), cut));
  }
  const head = words[words.length - 1];
  // 3. "the agency", "the ministry", "the palace": an organisation whose name holds the head noun.
  if (!ROLE_NOUNS.has(head)) return id(latestBelow(index.orgsWithHead(head), cut));
  // 4. "the French leader": a PERSON whose title or apposition holds the modifiers (the best score, latest on ties).
  const modifiers = words.slice(0, -1).filter((w) => w.length > 2);
  return id(index.bestRoleMatch(modifiers, head, cut));
}

/** The words before a mention in its clause ("French President …") and an apposition after it (", the agency's head,"). */
export function titleAndApposition(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - 30), start).split(/[.;:!?\n"“”]/).pop() ?? '';
  const after = /^,\s*([^,.;\n]{1,60})/.exec(text.slice(end, end + 62));
  return `${before} ${after ? after[1] : ''}`;
}

function nameOf(ctx: QuoteContext, id: string): string {
  return indexOf(ctx).entity(id)?.name ?? '';
}
