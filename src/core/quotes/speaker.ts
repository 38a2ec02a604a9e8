/**
 * Speakers of quotations: the cue and speaker phrase around a quoted stretch.
 *
 * - after the quote: `"…," said Jane Smith, a spokeswoman`, `"…," Smith said`, `"…?" Graham asked.`,
 *   `"…," the Elysee said, adding`, `"…" ― Jane Smith` (a dash and a name, as in reader-comment lists);
 * - before it: `Smith said: "…"`, `Smith told reporters on Tuesday, "…"`, `According to Smith, "…"`, `Smith: "…"`;
 * - a partial quote takes the nearest cue before it in its sentence that has a speaker:
 *   `He called for … "a lasting settlement."`;
 * - a quotation alone in its paragraph after `Smith said:` takes that cue;
 * - otherwise it inherits the previous speaker (resolved in index.ts).
 */
import type { QuoteKind } from '../types';
import type { QuoteCandidate } from './candidate';
import { cueSpan, SCARE_QUOTE_MAX_WORDS } from './candidate';
import type { QuoteContext } from './context';
import { lowerAt, mentionsStartingIn, paragraphOfOffset, sentenceOfToken, tokenAtOrAfter } from './context';
import { SPEAKER_LABEL } from './continuation';
import { cueAt, type Cue } from './cues';
import { countWords } from './words';
import { classAt, SPACE } from '../text/charClass';
import { AUXILIARIES, CUE_MODIFIERS, phraseEndingAt, phraseStartingAt, subjectBefore, type SpeakerPhrase } from './phrases';

const DIRECT_LEAD = new Set([':', ',', '—', '–', '-', '--', '(', '[', '―']);
/** How far back (tokens) a cue is looked for: a sentence longer than this is a run-on text. */
const MAX_LOOKBACK = 120;
const DASHES = new Set(['―', '—', '–', '-', '--']);

/** Whether a strong phrase: a mention, a name or a pronoun (rather than a nominal read off the words around). */
function strong(p: SpeakerPhrase | null): boolean {
  return !!p && (p.entityId !== null || p.kind !== 'nominal');
}

/**
 * The speaker phrase of a cue. "according to X": X. A participle after an auxiliary ("he is claiming") or right
 * after its subject ("footage of Trump saying") is a verb; after a comma ("…, adding that") it takes the speaker
 * of its main clause. A verb: its subject, or the phrase after it when inverted (`said Smith: "…"`).
 */
export function speakerOfCue(ctx: QuoteContext, cue: Cue, min: number, max: number): SpeakerPhrase | null {
  if (cue.role === 'according') return phraseStartingAt(ctx, cue.tokenEnd, max);
  if (cue.role === 'participle') {
    const before = lowerAt(ctx, cue.tokenStart - 1);
    if (cue.tokenStart - 1 >= min && before !== ',' && (AUXILIARIES.has(before) || /^[\p{L}]/u.test(before))) {
      const subject = subjectBefore(ctx, cue.tokenStart, min);
      if (subject) return subject;
    }
    return mainClauseSpeaker(ctx, cue.tokenStart, min);
  }
  const left = lowerAt(ctx, skipBack(ctx, cue.tokenStart - 1, min));
  if (left === 'and' || left === 'but') {
    // "Trump bemoaned the unrest and said …": the subject of the first verb.
    const shared = mainClauseSpeaker(ctx, cue.tokenStart, min);
    if (shared) return shared;
  }
  const subject = subjectBefore(ctx, cue.tokenStart, min);
  if (subject) return subject;
  const inverted = phraseStartingAt(ctx, cue.tokenEnd, max);
  if (inverted && (inverted.tokenEnd >= max || /^[,:]$/.test(ctx.doc.tokens[inverted.tokenEnd]?.text ?? ''))) return inverted;
  return null;
}

/** "X said, adding that …", "X attacked Y, saying": the speaker of the previous cue, or the clause's subject. */
export function mainClauseSpeaker(ctx: QuoteContext, before: number, sentenceStart: number): SpeakerPhrase | null {
  const tokens = ctx.doc.tokens;
  const min = Math.max(sentenceStart, before - MAX_LOOKBACK);
  for (let k = before - 1; k >= min; k--) {
    if (ctx.tokenQuote[k] >= 0) continue;
    const cue = cueAt(ctx, k);
    if (!cue || cue.role === 'participle' || cue.tokenEnd > before) continue;
    const limit = nextBoundary(ctx, cue.tokenEnd, before);
    const phrase = cue.role === 'according' ? phraseStartingAt(ctx, cue.tokenEnd, limit) : subjectBefore(ctx, cue.tokenStart, min) ?? phraseStartingAt(ctx, cue.tokenEnd, limit);
    if (phrase) return phrase;
  }
  // No cue before: the subject of the clause, i.e. a name, mention or pronoun opening the sentence or following
  // an introductory phrase ("Earlier in the day, Trump attacked Clinton …, saying").
  const starts = [min];
  for (let k = min; k < before; k++) if (tokens[k].text === ',' && ctx.tokenQuote[k] < 0) starts.push(k + 1);
  for (const s of starts) {
    const phrase = phraseStartingAt(ctx, s, before);
    if (strong(phrase) && phrase!.tokenEnd < before && /^\p{Ll}/u.test(tokens[skipForward(ctx, phrase!.tokenEnd, before)]?.text ?? '')) return phrase;
  }
  return null;
}

/** A lower-case past-tense or present verb form the lexicon may lack: "barked", "echoed", "quips". */
function isBareVerb(word: string): boolean {
  return /^\p{Ll}{3,}(?:ed|s)$/u.test(word) && !/(?:ss|us|is|ness|ous)$/.test(word);
}

function skipBack(ctx: QuoteContext, i: number, min: number): number {
  while (i > min && CUE_MODIFIERS.has(lowerAt(ctx, i))) i--;
  return i;
}

function skipForward(ctx: QuoteContext, i: number, max: number): number {
  while (i < max && CUE_MODIFIERS.has(lowerAt(ctx, i))) i++;
  return i;
}

function nextBoundary(ctx: QuoteContext, from: number, max: number): number {
  for (let k = from; k < max; k++) if (/^[,;:.!?]$/.test(ctx.doc.tokens[k].text) || ctx.tokenQuote[k] >= 0) return k;
  return max;
}

const NOUN_LEFT = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'this', 'that', 'some',
  'many', 'few', 'several', 'two', 'three', 'such', 'no', 'any', 'all', "'s", '’s', 'of', 'new', 'recent', 'latest',
  'earlier', 'previous', 'other', 'own', 'public', 'private', 'whose', 'in', 'on', 'with', 'by', 'for', 'from', 'about',
]);

/**
 * Whether a cue word is used as a verb here: "tweets", "remarks", "reports", "states" after a determiner, a
 * possessive, a preposition or a hyphenated modifier are nouns ("late-night tweets", "Obama's remarks").
 */
export function plausibleVerb(ctx: QuoteContext, cue: Cue): boolean {
  if (cue.role === 'according') return true;
  const before = lowerAt(ctx, cue.tokenStart - 1);
  // "He’s claiming": a contraction of "is" after a pronoun, not a possessive.
  if ((before === "'s" || before === '’s') && /^(?:he|she|it|that|there|who|what|everyone|nobody)$/.test(lowerAt(ctx, cue.tokenStart - 2))) return true;
  if (NOUN_LEFT.has(before)) return false;
  if (/^\p{L}+-\p{L}+$/u.test(before) && /s$/.test(cue.form.split(' ')[0])) return false;
  return true;
}

/** Cues before token `before` (outside quotations) back to `min`, nearest first. */
function cuesBefore(ctx: QuoteContext, before: number, sentenceStart: number): Cue[] {
  const cues: Cue[] = [];
  const min = Math.max(sentenceStart, before - MAX_LOOKBACK);
  for (let k = before - 1; k >= min; k--) {
    if (ctx.tokenQuote[k] >= 0) continue;
    const cue = cueAt(ctx, k);
    if (cue && cue.tokenEnd <= before && plausibleVerb(ctx, cue) && !cues.some((c) => c.tokenStart <= k && k < c.tokenEnd)) cues.push(cue);
  }
  return cues;
}

/** A closing mark or space at the end of a quotation's inner text: \s ' " ’ ” » › */
function isCloserOrSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (classAt(text, i) & SPACE) !== 0 || code === 0x27 || code === 0x22 || code === 0x2019 || code === 0x201d || code === 0xbb || code === 0x203a;
}

/** The code unit ending the inner text once trailing spaces and closing marks are dropped; -1 when nothing is left. */
function lastCharBeforeClosers(inner: string): number {
  let end = inner.length;
  while (end > 0 && isCloserOrSpace(inner, end - 1)) end--;
  return end > 0 ? inner.charCodeAt(end - 1) : -1;
}

/** Marks that end a clause before the attribution: , ? ! — – - … : */
function endsWithClauseMark(code: number): boolean {
  return code === 0x2c || code === 0x3f || code === 0x21 || code === 0x2014 || code === 0x2013 || code === 0x2d || code === 0x2026 || code === 0x3a;
}

export function attributeStretch(ctx: QuoteContext, q: number): QuoteCandidate {
  const { doc, stretches } = ctx;
  const tokens = doc.tokens;
  const s = stretches[q];
  const openTok = tokenAtOrAfter(ctx, s.start);
  const afterTok = tokenAtOrAfter(ctx, s.end);
  const openSentence = sentenceOfToken(ctx, openTok);
  const sentOpen = doc.sentences[openSentence];
  const closeSentence = sentenceOfToken(ctx, Math.max(openTok, afterTok - 1));
  let sentClose = doc.sentences[closeSentence];
  // `"…?" Graham asked.`: the sentence splitter ended the sentence at the closing mark; read on into the next one.
  if (sentClose.tokenEnd === afterTok && doc.sentences[closeSentence + 1] && !/\n/.test(doc.text.slice(s.end, tokens[afterTok]?.start ?? s.end))) {
    sentClose = doc.sentences[closeSentence + 1];
  }
  const prev = stretches[q - 1];
  const next = stretches[q + 1];
  const prevEnd = prev ? tokenAtOrAfter(ctx, prev.end) : 0;
  const beforeMin = Math.max(sentOpen.tokenStart, prevEnd);
  const afterMax = Math.min(sentClose.tokenEnd, next ? tokenAtOrAfter(ctx, next.start) : tokens.length);
  const inner = doc.text.slice(s.innerStart, s.innerEnd);
  const words = countWords(inner, 0, inner.length, SCARE_QUOTE_MAX_WORDS + 1);
  const paragraph = paragraphOfOffset(ctx, s.start);

  const prevTok = openTok - 1 >= beforeMin ? tokens[openTok - 1] : null;
  const startsUpper = /^\s*[\p{Lu}\p{N}]/u.test(inner);
  let kind: QuoteKind = 'direct';
  if (prevTok && !DIRECT_LEAD.has(prevTok.text)) {
    const lead = cueAt(ctx, openTok - 1);
    if (!(lead && startsUpper)) kind = 'partial';
  }
  // Built field by field: object spreads of a shared base were the costliest lines of the stage.
  const attributed = (cue: { start: number; end: number } | null, phrase: SpeakerPhrase | null, inherit = false): QuoteCandidate => ({
    start: s.start,
    end: s.end,
    kind,
    paragraph,
    words,
    inherit,
    cue,
    phrase,
  });

  // 0. A transcript speaker label inside the opening mark: "WALLACE: Let’s start …".
  if (SPEAKER_LABEL.test(inner)) {
    const label = phraseStartingAt(ctx, openTok + 1, afterMax);
    const colon = label ? tokens[label.tokenEnd] : undefined;
    if (label && colon && colon.text === ':') return attributed({ start: colon.start, end: colon.end }, label);
  }

  // 1. After the quotation: `"…," said Smith` / `"…," Smith said` / `"…" ― Smith`.
  const last = lastCharBeforeClosers(inner);
  const endsClause = endsWithClauseMark(last) || tokens[afterTok]?.text === ',' || (kind === 'direct' && last === 0x2e);
  if (afterTok < afterMax && (endsClause || DASHES.has(tokens[afterTok].text))) {
    let i = afterTok;
    if (tokens[i].text === ',') i++;
    if (DASHES.has(tokens[i]?.text ?? '')) {
      const name = phraseStartingAt(ctx, i + 1, afterMax);
      if (strong(name)) return attributed(null, name);
    }
    const found = speakerAfter(ctx, i, afterMax);
    if (found) return attributed(cueSpan(found.cue), found.phrase);
    // `"Go back to Univision," Trump barked.`: a name and a verb the lexicon lacks, closing the clause.
    const name = phraseStartingAt(ctx, i, afterMax);
    const verb = name ? tokens[skipForward(ctx, name.tokenEnd, afterMax)] : undefined;
    if (name && strong(name) && verb && isBareVerb(verb.text) && /^[.,!?;]$/.test(tokens[verb.index + 1]?.text ?? '.')) {
      return attributed({ start: verb.start, end: verb.end }, name);
    }
  }
  // 2. Before it: `Smith said: "…"`, or for a partial quote (or a direct one after a comma or dash, mid-sentence)
  //    the cue of its sentence with the most plausible speaker: a name, mention or personal pronoun first.
  let fallback: QuoteCandidate | null = null;
  for (const cue of cuesBefore(ctx, openTok, sentOpen.tokenStart)) {
    const between = tokens.slice(cue.tokenEnd, openTok).filter((_, k) => ctx.tokenQuote[cue.tokenEnd + k] < 0).map((t) => t.text);
    const near = between.length <= 12 && !between.some((t) => /^[.!?]$/.test(t));
    if (kind !== 'partial' && !near && openTok === beforeMin) break;
    const phrase = speakerOfCue(ctx, cue, sentOpen.tokenStart, openTok);
    if (!phrase) continue;
    const found = attributed(cueSpan(cue), phrase);
    if (strong(phrase) && !/^it$/i.test(doc.text.slice(phrase.start, phrase.end))) return found;
    fallback ??= found;
  }
  if (fallback) return fallback;
  // 2b. `Trump’s claim that there have been "thousands of shootings"`: a statement noun owned by the speaker.
  if (kind === 'partial') {
    const owner = ownerOfStatementNoun(ctx, openTok, sentOpen.tokenStart);
    if (owner) return attributed(owner.cue, owner.phrase);
  }
  // 3. `Smith: "…"` — a speaker label before a colon; `Obama is rolling out a new message: "…"` — the subject.
  if (prevTok && prevTok.text === ':') {
    const label = phraseStartingAt(ctx, beforeMin, openTok - 1);
    if (strong(label) && label!.tokenEnd === openTok - 1) return attributed({ start: prevTok.start, end: prevTok.end }, label);
    for (const cue of cuesBefore(ctx, openTok, sentOpen.tokenStart)) {
      const phrase = speakerOfCue(ctx, cue, sentOpen.tokenStart, openTok);
      if (phrase) return attributed(cueSpan(cue), phrase);
    }
    const verb = tokens[openTok - 2];
    if (verb && openTok - 2 > beforeMin && isBareVerb(verb.text)) {
      // "17-year-old Jared Potts echoed:"
      const subject = subjectBefore(ctx, openTok - 2, beforeMin);
      if (strong(subject)) return attributed({ start: verb.start, end: verb.end }, subject);
    }
    const subject = mainClauseSpeaker(ctx, openTok - 1, beforeMin);
    if (subject) return attributed(null, subject);
    // "Here’s Clinton in December 1992: “…”": the one person named before the colon.
    const people = mentionsStartingIn(ctx, tokens[beforeMin].start, prevTok.start).filter((m) => m.type === 'PERSON' && m.end <= prevTok.start && ctx.tokenQuote[tokenAtOrAfter(ctx, m.start)] < 0);
    if (people.length > 0 && people.every((m) => m.entityId === people[0].entityId)) {
      const m = people[people.length - 1];
      const t = tokenAtOrAfter(ctx, m.start);
      return attributed(null, { start: m.start, end: m.end, tokenStart: t, tokenEnd: tokenAtOrAfter(ctx, m.end), kind: m.kind, entityId: m.entityId });
    }
  }
  // `Pat Caddell: Democrat voters are worried … ‘in their heads.’` — a headline's speaker label.
  const colonAt = tokens.slice(sentOpen.tokenStart, Math.min(openTok, sentOpen.tokenStart + 6)).findIndex((t) => t.text === ':');
  if (colonAt > 0) {
    const label = phraseStartingAt(ctx, sentOpen.tokenStart, sentOpen.tokenStart + colonAt);
    const colon = tokens[sentOpen.tokenStart + colonAt];
    if (strong(label) && label!.tokenEnd === sentOpen.tokenStart + colonAt) return attributed({ start: colon.start, end: colon.end }, label);
  }
  // `A cashier who "steals a handful of $20s" is held accountable, Warren said.`: a trailing attribution.
  if (kind === 'partial') {
    const trail = trailingAttribution(ctx, sentClose.tokenEnd, afterTok);
    if (trail) return attributed(cueSpan(trail.cue), trail.phrase);
  }
  // `"…" for criminal behavior, she said.`: a cue later in the sentence.
  if (!endsClause && kind === 'direct' && afterTok < afterMax) {
    const found = speakerAfter(ctx, afterTok, afterMax);
    if (found) return attributed(cueSpan(found.cue), found.phrase);
  }
  // 4. A quotation opening its paragraph after "Smith said:" closing the previous one.
  if (openTok === sentOpen.tokenStart && prevTok === null) {
    const colon = tokens[openTok - 1];
    const para = doc.paragraphs[paragraph];
    if (colon && colon.text === ':' && colon.end <= para.start) {
      const prevSentence = doc.sentences[sentenceOfToken(ctx, openTok - 1)];
      for (const lead of cuesBefore(ctx, openTok - 1, prevSentence.tokenStart)) {
        const phrase = speakerOfCue(ctx, lead, prevSentence.tokenStart, openTok - 1);
        if (phrase) return attributed(cueSpan(lead), phrase);
      }
    }
  }
  return attributed(null, null, kind === 'direct');
}

/** Nouns that name a statement: "Trump's claim that …", "his remarks about …". */
const STATEMENT_NOUNS = /^(?:claims?|statements?|remarks?|comments?|words|warnings?|predictions?|promises?|assertions?|arguments?|contentions?|insistence|descriptions?|characterizations?|tweets?|messages?|pledges?|vows?|calls?|pleas?|demands?|accusations?|charges?|suggestions?|allegations?|answers?|response|reply|testimony|speech|admission|boast|complaint|criticism|description|declaration|announcement|explanation|vision|missive|letter|retort|quip|joke)$/i;

function ownerOfStatementNoun(ctx: QuoteContext, before: number, sentenceStart: number): { cue: { start: number; end: number }; phrase: SpeakerPhrase } | null {
  const tokens = ctx.doc.tokens;
  const min = Math.max(sentenceStart, before - 25);
  for (let k = before - 1; k > min; k--) {
    if (ctx.tokenQuote[k] >= 0 || !STATEMENT_NOUNS.test(tokens[k].text)) continue;
    // Back over adjectives to the possessive: "Trump's earlier missive", "his latest remarks".
    let j = k - 1;
    while (j > min && j > k - 4 && /^\p{Ll}[\p{L}-]*$/u.test(tokens[j].text) && !/^(?:'s|’s|his|her|their|its)$/.test(tokens[j].text)) j--;
    const w = lowerAt(ctx, j);
    let phrase: SpeakerPhrase | null = null;
    if (w === "'s" || w === '’s') phrase = phraseEndingAt(ctx, j - 1, min);
    else if (w === 'his' || w === 'her' || w === 'their' || w === 'its') phrase = { start: tokens[j].start, end: tokens[j].end, tokenStart: j, tokenEnd: j + 1, kind: 'pronoun', entityId: null };
    if (phrase) return { cue: { start: tokens[k].start, end: tokens[k].end }, phrase };
  }
  return null;
}

/** `…, Warren said.` / `…, said the spokesman.` closing a sentence (after token `from`): its cue and speaker. */
export function trailingAttribution(ctx: QuoteContext, end: number, from: number): { cue: Cue; phrase: SpeakerPhrase } | null {
  const tokens = ctx.doc.tokens;
  let last = end - 1;
  while (last > from && /^[.!?"”’'»]$/.test(tokens[last].text)) last--;
  for (let comma = last - 1; comma >= from && comma > last - 10; comma--) {
    if (tokens[comma].text !== ',' || ctx.tokenQuote[comma] >= 0) continue;
    const found = speakerAfter(ctx, comma + 1, last + 1);
    if (!found) return null;
    const rest = tokens.slice(found.cue.tokenEnd, last + 1).length;
    return rest <= 5 ? found : null;
  }
  return null;
}

/**
 * `said Smith`, `Smith said`, `Jane Smith, a spokeswoman, said`, `Tulsa police Chief Chuck Jordan said Monday`,
 * `a narrator in the ad asks` starting at token `i`: the first cue within a few words, and its speaker.
 */
function speakerAfter(ctx: QuoteContext, i: number, max: number): { cue: Cue; phrase: SpeakerPhrase } | null {
  const tokens = ctx.doc.tokens;
  const lead = cueAt(ctx, i);
  if (lead) {
    // `said Smith`, `said 9/11 widow Terry Strada`: the phrase after the cue, or the first name a few words on.
    for (let k = lead.tokenEnd; k < Math.min(max, lead.tokenEnd + 5); k++) {
      const phrase = phraseStartingAt(ctx, k, max);
      if (phrase && (k === lead.tokenEnd || strong(phrase))) return { cue: lead, phrase };
      if (/^[,.;:!?]$/.test(tokens[k].text)) break;
    }
    return null;
  }
  let depth = 0;
  for (let j = i + 1; j < max && j < i + 30; j++) {
    const t = tokens[j].text;
    if (t === '(') depth++;
    else if (t === ')') depth = Math.max(0, depth - 1);
    // A dot closing an abbreviation inside a name ("R-Ky.,") is no sentence end.
    if (depth === 0 && /^[.!?;:]$/.test(t) && !(t === '.' && /^[,)]$/.test(tokens[j + 1]?.text ?? ''))) break;
    if (ctx.tokenQuote[j] >= 0) break;
    if (depth > 0) continue;
    const cue = cueAt(ctx, j);
    if (!cue || cue.role === 'according' || !plausibleVerb(ctx, cue)) continue;
    if (cue.role === 'participle' && !AUXILIARIES.has(lowerAt(ctx, j - 1))) continue;
    let k = j - 1;
    while (k > i && CUE_MODIFIERS.has(lowerAt(ctx, k))) k--;
    if (tokens[k].text === ')') {
      // "Rep. Jason Chaffetz (R-Utah) said": the name before the bracket.
      let open = k - 1;
      while (open > i && tokens[open].text !== '(') open--;
      if (tokens[open].text === '(' && open - 1 >= i) k = open - 1;
      if (tokens[k].text === ',' && k - 1 >= i) k--;
    }
    if (tokens[k].text === ',') {
      // An apposition: the head phrase opens the stretch ("Jane Smith, a spokeswoman for …, said").
      const head = phraseStartingAt(ctx, i, k);
      if (head) return { cue, phrase: head };
      // `"We're happy" about the decision, said RoseAnn DeMoro`: the speaker follows the cue.
      const inverted = phraseStartingAt(ctx, cue.tokenEnd, max);
      if (strong(inverted)) return { cue, phrase: inverted! };
    }
    const subject = phraseEndingAt(ctx, k, i);
    if (subject) return { cue, phrase: subject };
    const head = phraseStartingAt(ctx, i, j);
    return head ? { cue, phrase: head } : null;
  }
  return null;
}
