/**
 * Reported speech: statements attributed without quotation marks. Per sentence, outside quotations:
 *
 * - `X stressed that CONTENT`, `X said back then that CONTENT`, `…, adding that CONTENT` (the span is the content,
 *   without "that");
 * - `X said CONTENT` for say/tell-type verbs followed directly by a clause;
 * - `X called for CONTENT`, `X urged CONTENT` (phrase cues and directive verbs);
 * - `CONTENT, Macron added.` / `CONTENT, said the spokesman.`;
 * - `According to X, CONTENT.` / `CONTENT, according to X.`
 *
 * Content overlapping a quotation is left to the quotation; a content never holds a second reported statement.
 */
import type { QuoteCandidate } from './candidate';
import type { QuoteContext } from './context';
import { lowerAt, paragraphOfOffset } from './context';
import { cueAt, type Cue } from './cues';
import { CUE_MODIFIERS, phraseStartingAt, type SpeakerPhrase } from './phrases';
import { plausibleVerb, speakerOfCue } from './speaker';
import { CUES_TAKING_AN_OBJECT, CUES_WITH_CONTENT_OBJECT, VERBS_TAKING_A_CLAUSE } from '../lang/en/speechVerbs';
import { WEEKDAY_NAMES } from '../lang/en/calendarNames';

/** Words after "said" that start no clause: prepositions, adverbs, objects ("said so", "said nothing"). */
const NOT_CLAUSE = new Set([
  ...('in on at to of for with from by during after before about over through into against under since until as ' +
    'so nothing something anything little much more yes goodbye hello otherwise only also repeatedly publicly ' +
    'privately earlier later previously recently again once twice then now today yesterday tonight last next ' +
    'what who whom which how why when where whether if while because than and or but not never').split(' '),
  ...WEEKDAY_NAMES.map((day) => day.toLowerCase()),
]);
/** "Having said that", "it's worth noting that": idioms, no attribution. */
const IDIOM_BEFORE = /^(?:having|worth)$/i;
/** Words of time and manner between a clause verb and its clause: "said Monday the plan…", "said privately that…". */
const TIME_WORDS = new RegExp(`^(?:${WEEKDAY_NAMES.map((day) => day.toLowerCase()).join('|')}|today|yesterday|tonight|recently|earlier|later|privately|publicly)$`);
const MIN_CONTENT_WORDS = 3;
const MAX_CLAUSE_TOKENS = 150;

/** Whether the closing brackets of the token texts all have their opening bracket. */
function balanced(texts: string[]): boolean {
  let depth = 0;
  for (const t of texts) {
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function isPunct(text: string): boolean {
  return /^[.,;:!?]$/.test(text);
}

export function findReported(ctx: QuoteContext, quoteCues: ReadonlySet<number> = new Set()): QuoteCandidate[] {
  const { doc } = ctx;
  const tokens = doc.tokens;
  const out: QuoteCandidate[] = [];
  // Tokens already inside a reported content (contents never nest).
  const taken = new Uint8Array(tokens.length);
  const free = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (taken[k]) return false;
    return true;
  };
  const noQuote = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (ctx.tokenQuote[k] >= 0) return false;
    return true;
  };
  const push = (cue: Cue, cueEnd: number, phrase: SpeakerPhrase | null, from: number, to: number) => {
    // from/to: token range of the content.
    // A content longer than a long clause is a run-on text, no statement.
    if (to - from > MAX_CLAUSE_TOKENS || !free(from, to)) return false;
    while (to > from && (/^[.,;:!?'"”’]$/.test(tokens[to - 1].text) || (/^[)\]]$/.test(tokens[to - 1].text) && !balanced(tokens.slice(from, to).map((t) => t.text))))) to--;
    if (!phrase || to <= from || !noQuote(from, to)) return false;
    const words = tokens.slice(from, to).filter((t) => /^\p{L}/u.test(t.text)).length;
    if (words < MIN_CONTENT_WORDS) return false;
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    if (!free(from, to) || (phrase.start < end && phrase.end > start)) return false;
    taken.fill(1, from, to);
    out.push({
      start,
      end,
      kind: 'reported',
      cue: { start: cue.start, end: cueEnd },
      phrase,
      inherit: false,
      paragraph: paragraphOfOffset(ctx, start),
      words,
    });
    return true;
  };

  for (const sentence of doc.sentences) {
    const S = sentence.tokenStart;
    const E = sentence.tokenEnd;
    for (let i = S; i < E; i++) {
      if (ctx.tokenQuote[i] >= 0) continue;
      if (taken[i]) continue;
      const cue = cueAt(ctx, i);
      if (!cue || quoteCues.has(cue.start)) continue;
      const clauseEnd = clauseEndFrom(ctx, cue.tokenEnd, E);
      if (cue.role === 'according') {
        const phrase = phraseStartingAt(ctx, cue.tokenEnd, E);
        if (!phrase) continue;
        const leading = cue.tokenStart - S <= 1;
        if (leading && tokens[phrase.tokenEnd]?.text === ',') push(cue, cue.end, phrase, phrase.tokenEnd + 1, clauseEndFrom(ctx, phrase.tokenEnd + 1, E));
        else if (tokens[cue.tokenStart - 1]?.text === ',' && clauseEndFrom(ctx, phrase.tokenEnd, E) >= E - 1) push(cue, cue.end, phrase, S, cue.tokenStart - 1);
        i = cue.tokenEnd - 1;
        continue;
      }
      // "that" within a few words: "said back then that", "told reporters on Tuesday that".
      let that = -1;
      if (!plausibleVerb(ctx, cue) || IDIOM_BEFORE.test(tokens[cue.tokenStart - 1]?.text ?? '')) continue;
      // "…, said one GOP source in the room." / "…, Mr. Clarke said, until …": an attribution after the content.
      if (cue.role === 'verb' && tokens[skipBack(cue.tokenStart - 1)]?.text === ',' && trailing(cue)) continue;
      if (CUES_TAKING_AN_OBJECT.test(cue.form)) continue;
      for (let k = cue.tokenEnd; k < Math.min(clauseEnd, cue.tokenEnd + 10); k++) {
        const w = lowerAt(ctx, k);
        if (w === 'that') {
          that = k;
          break;
        }
        if (isPunct(w) || cueAt(ctx, k)) break;
      }
      const speaker = () => speakerOfCue(ctx, cue, S, clauseEnd);
      if (that >= 0) {
        const cueEnd = that === cue.tokenEnd ? tokens[that].end : cue.end;
        const phrase = speaker();
        push(cue, cueEnd, phrase, that + 1, clauseEndFrom(ctx, that + 1, E));
        i = cue.tokenEnd - 1;
        continue;
      }
      if (CUES_WITH_CONTENT_OBJECT.test(cue.form)) {
        const phrase = speaker();
        if (phrase && phrase.end <= cue.start) push(cue, cue.end, phrase, cue.tokenEnd, clauseEnd);
        continue;
      }
      if (VERBS_TAKING_A_CLAUSE.test(cue.form) && cue.role === 'verb') {
        let from = cue.tokenEnd;
        if (/^(?:tell|tells|told)$/.test(cue.form)) {
          // The hearer: "told reporters", "told CNN".
          const hearer = phraseStartingAt(ctx, from, clauseEnd);
          if (!hearer) continue;
          from = hearer.tokenEnd;
        }
        while (from < clauseEnd && (CUE_MODIFIERS.has(lowerAt(ctx, from)) || TIME_WORDS.test(lowerAt(ctx, from)))) from++;
        const first = tokens[from];
        if (!first || from >= clauseEnd || !/^[\p{L}\p{N}]/u.test(first.text) || NOT_CLAUSE.has(lowerAt(ctx, from)) || ctx.tokenQuote[from] >= 0) {
          // Not followed by a clause: maybe a trailing attribution "CONTENT, Macron added."
          trailing(cue);
          continue;
        }
        const phrase = speaker();
        if (phrase && phrase.end <= cue.start) push(cue, cue.end, phrase, from, clauseEnd);
        continue;
      }
      trailing(cue);
    }

    function skipBack(k: number): number {
      while (k >= S && CUE_MODIFIERS.has(lowerAt(ctx, k))) k--;
      return k;
    }

    function trailing(cue: Cue): boolean {
      // "CONTENT, Macron added." / "CONTENT, said the spokesman." / "CONTENT, he told reporters on Tuesday."
      const restTokens = tokens.slice(cue.tokenEnd, Math.min(E, cue.tokenEnd + 12)).filter((t) => !/^[.!?"”’']$/.test(t.text));
      // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": a parenthetical attribution.
      const parenthetical = restTokens.length > 0 && restTokens[0].text === ',';
      if (restTokens.length > 8 && !parenthetical) return false;
      if (cue.role !== 'verb') return false;
      let before = cue.tokenStart - 1;
      while (before >= S && CUE_MODIFIERS.has(lowerAt(ctx, before))) before--;
      const subject = before >= S && tokens[before].text === ',' ? phraseStartingAt(ctx, cue.tokenEnd, E) : speakerOfCue(ctx, cue, S, E);
      if (!subject) return false;
      const headStart = Math.min(subject.tokenStart, cue.tokenStart);
      let k = headStart - 1;
      while (k >= S && (CUE_MODIFIERS.has(lowerAt(ctx, k)) || /^(?:the|a|an)$/i.test(tokens[k].text))) k--;
      if (k < S || tokens[k].text !== ',') return false;
      // A content with commas of its own ("X plans …, Y, hoping for …, the palace said.") is often a narrative
      // sentence with a source tag rather than a statement: skipping it costs 0.5 point of recall and gains
      // 0.6–1.4 points of precision on PolNeAR (docs/quotes.md).
      if (tokens.slice(S, k).some((t, n) => t.text === ',' && ctx.tokenQuote[S + n] < 0)) return false;
      return push(cue, cue.end, subject, S, k);
    }
  }
  return out;
}

/** The end (exclusive token index) of the clause starting at `from`: the sentence end, a semicolon, or ", adding". */
function clauseEndFrom(ctx: QuoteContext, from: number, sentenceEnd: number): number {
  const tokens = ctx.doc.tokens;
  // A clause longer than this is a run-on text without sentence breaks: cut it (keeps the scan linear).
  const max = Math.min(sentenceEnd, from + MAX_CLAUSE_TOKENS);
  for (let k = from; k < max; k++) {
    const t = tokens[k].text;
    if (t === ';') return k;
    if (t === ',' && tokens[k + 1]) {
      const next = cueAt(ctx, k + 1);
      if (next && next.role === 'participle') return k;
      // ", he said." closing the sentence: the trailing attribution is no content.
      const phrase = phraseStartingAt(ctx, k + 1, max);
      if (phrase) {
        let j = phrase.tokenEnd;
        while (j < max && CUE_MODIFIERS.has(lowerAt(ctx, j))) j++;
        const cue = cueAt(ctx, j);
        if (cue && cue.role === 'verb' && max - cue.tokenEnd <= 5) return k;
      }
    }
  }
  return max;
}
