/**
 * Speakers of quotations: the cue and speaker phrase around a quoted stretch.
 *
 * - after the quote: `"…," said Jane Smith, a spokeswoman`, `"…," Smith said`, `"…," the Elysee said, adding`;
 * - before it: `Smith said: "…"`, `Smith told reporters on Tuesday, "…"`, `According to Smith, "…"`;
 * - a partial quote takes the nearest cue before it in its sentence: `He called for … "a lasting settlement."`;
 * - a quotation alone in its paragraph after `Smith said:` takes that cue;
 * - otherwise it inherits the previous speaker (resolved in index.ts).
 */
import type { QuoteKind } from '../types';
import type { Candidate } from './candidate';
import { cueSpan } from './candidate';
import type { QuoteContext } from './context';
import { paragraphOfOffset, sentenceOfToken, tokenAtOrAfter } from './context';
import { cueAt, type Cue } from './cues';
import { CUE_MODIFIERS, phraseStartingAt, subjectBefore, type SpeakerPhrase } from './phrases';

const DIRECT_LEAD = new Set([':', ',', '—', '–', '-', '--', '(', '[']);

export function wordCount(s: string): number {
  return (s.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/** The speaker phrase of a cue: after "according to"; the main clause's subject for a participle; else the subject. */
export function speakerOfCue(ctx: QuoteContext, cue: Cue, min: number, max: number): SpeakerPhrase | null {
  if (cue.role === 'according') return phraseStartingAt(ctx, cue.tokenEnd, max);
  if (cue.role === 'participle') return mainClauseSpeaker(ctx, cue.tokenStart, min);
  return subjectBefore(ctx, cue.tokenStart, min) ?? phraseStartingAt(ctx, cue.tokenEnd, max);
}

/** "X said, adding that …", "…," X said, adding: the speaker of the previous cue of the sentence. */
export function mainClauseSpeaker(ctx: QuoteContext, before: number, min: number): SpeakerPhrase | null {
  for (let k = before - 1; k >= min; k--) {
    if (ctx.tokenQuote[k] >= 0) continue;
    const cue = cueAt(ctx.doc.tokens, k);
    if (!cue || cue.role === 'participle' || cue.tokenEnd > before) continue;
    const limit = nextBoundary(ctx, cue.tokenEnd, before);
    const phrase = cue.role === 'according' ? phraseStartingAt(ctx, cue.tokenEnd, limit) : subjectBefore(ctx, cue.tokenStart, min) ?? phraseStartingAt(ctx, cue.tokenEnd, limit);
    if (phrase) return phrase;
  }
  return null;
}

function nextBoundary(ctx: QuoteContext, from: number, max: number): number {
  for (let k = from; k < max; k++) if (/^[,;:.!?]$/.test(ctx.doc.tokens[k].text) || ctx.tokenQuote[k] >= 0) return k;
  return max;
}

/** The nearest cue before token `before` (outside quotations), not before `min`. */
function cueBefore(ctx: QuoteContext, before: number, min: number): Cue | null {
  for (let k = before - 1; k >= min; k--) {
    if (ctx.tokenQuote[k] >= 0) continue;
    const cue = cueAt(ctx.doc.tokens, k);
    if (cue && cue.tokenEnd <= before) return cue;
  }
  return null;
}

export function attributeStretch(ctx: QuoteContext, q: number): Candidate {
  const { doc, stretches } = ctx;
  const tokens = doc.tokens;
  const s = stretches[q];
  const openTok = tokenAtOrAfter(ctx, s.start);
  const afterTok = tokenAtOrAfter(ctx, s.end);
  const sentOpen = doc.sentences[sentenceOfToken(ctx, openTok)];
  const sentClose = doc.sentences[sentenceOfToken(ctx, Math.max(openTok, afterTok - 1))];
  const prev = stretches[q - 1];
  const next = stretches[q + 1];
  const beforeMin = Math.max(sentOpen.tokenStart, prev ? tokenAtOrAfter(ctx, prev.end) : 0);
  const afterMax = Math.min(sentClose.tokenEnd, next ? tokenAtOrAfter(ctx, next.start) : tokens.length);
  const inner = doc.text.slice(s.innerStart, s.innerEnd);
  const words = wordCount(inner);
  const paragraph = paragraphOfOffset(ctx, s.start);

  const prevTok = openTok - 1 >= beforeMin ? tokens[openTok - 1] : null;
  const startsUpper = /^\s*[\p{Lu}\p{N}]/u.test(inner);
  let kind: QuoteKind = 'direct';
  if (prevTok && !DIRECT_LEAD.has(prevTok.text)) {
    const lead = cueAt(tokens, openTok - 1);
    if (!(lead && startsUpper)) kind = 'partial';
  }
  const base = { start: s.start, end: s.end, kind, paragraph, words, inherit: false };

  // 1. After the quotation: `"…," said Smith` / `"…," Smith said`.
  const endsClause = /[,?!—–\-…:]\s*$/u.test(inner) || tokens[afterTok]?.text === ',';
  if (endsClause && afterTok < afterMax) {
    let i = afterTok;
    if (tokens[i].text === ',') i++;
    const found = speakerAfter(ctx, i, afterMax);
    if (found) return { ...base, cue: cueSpan(found.cue), phrase: found.phrase };
  }
  // 2. Before it: `Smith said: "…"`, or for a partial quote any cue earlier in its sentence.
  const cue = cueBefore(ctx, openTok, beforeMin);
  if (cue) {
    const between = tokens.slice(cue.tokenEnd, openTok).map((t) => t.text);
    const near = between.length <= 12 && !between.some((t) => /^[.!?]$/.test(t));
    if (kind === 'partial' || near) {
      const phrase = speakerOfCue(ctx, cue, beforeMin, openTok);
      if (phrase) return { ...base, cue: cueSpan(cue), phrase };
    }
  }
  // 3. A quotation opening its paragraph after "Smith said:" closing the previous one.
  if (openTok === sentOpen.tokenStart && prevTok === null) {
    const colon = tokens[openTok - 1];
    const para = doc.paragraphs[paragraph];
    if (colon && colon.text === ':' && colon.end <= para.start) {
      const prevSentence = doc.sentences[sentenceOfToken(ctx, openTok - 1)];
      const lead = cueBefore(ctx, openTok - 1, prevSentence.tokenStart);
      if (lead) {
        const phrase = speakerOfCue(ctx, lead, prevSentence.tokenStart, openTok - 1);
        if (phrase) return { ...base, cue: cueSpan(lead), phrase };
      }
    }
  }
  // 4. A cue after a partial quote in its sentence: `… "a disaster," in the words of …` is rare; a trailing
  //    `… "a disaster," Smith said` is handled in 1. Leave it to inheritance.
  return { ...base, cue: null, phrase: null, inherit: kind === 'direct' };
}

/** `said Smith`, `Smith said`, `Jane Smith, a spokeswoman, said`, `he added` starting at token `i`. */
function speakerAfter(ctx: QuoteContext, i: number, max: number): { cue: Cue; phrase: SpeakerPhrase } | null {
  const tokens = ctx.doc.tokens;
  const lead = cueAt(tokens, i);
  if (lead && lead.role !== 'according') {
    const phrase = phraseStartingAt(ctx, lead.tokenEnd, max);
    if (phrase) return { cue: lead, phrase };
  }
  if (lead && lead.role === 'according') {
    const phrase = phraseStartingAt(ctx, lead.tokenEnd, max);
    if (phrase) return { cue: lead, phrase };
  }
  const phrase = phraseStartingAt(ctx, i, max);
  if (!phrase) return null;
  let j = phrase.tokenEnd;
  // An apposition or a bracket between the name and the verb.
  if (tokens[j] && (tokens[j].text === ',' || tokens[j].text === '(')) {
    const close = tokens[j].text === ',' ? ',' : ')';
    let k = j + 1;
    while (k < max && k < j + 20 && tokens[k].text !== close) k++;
    if (k < max && tokens[k].text === close) j = close === ')' && tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
  }
  while (j < max && CUE_MODIFIERS.has(tokens[j].text.toLowerCase())) j++;
  const cue = j < max ? cueAt(tokens, j) : null;
  if (!cue || cue.role === 'according') return null;
  return { cue, phrase };
}
