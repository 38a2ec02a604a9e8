/**
 * Quotations and who said them: quoted stretches (joined over paragraphs) with their cue and speaker, and reported
 * speech. Pipeline: scan marks → join paragraphs → attribute each quotation → find reported statements → resolve
 * speaker phrases to entities in document order (pronouns lean on the speakers before them) → drop scare quotes.
 */
import type { Entity, Quote } from '../types';
import type { SegmentedText } from '../document';
import { SCARE_QUOTE_MAX_WORDS, type QuoteCandidate } from './candidate';
import { buildContext, type QuoteContext } from './context';
import { findQuotedStretches } from './continuation';
import { findReported } from './reported';
import { previousSentenceSubject, resolvePhrase, type Attributed } from './resolve';
import { attributeStretch } from './speaker';
import { countWords } from './words';

export interface FindQuotesOptions {
  /** Also return reported speech (default true). */
  reported?: boolean;
}

export function findQuotes(doc: SegmentedText, entities: Entity[], options: FindQuotesOptions = {}): Quote[] {
  const stretches = findQuotedStretches(doc.text, doc.paragraphs);
  const ctx = buildContext(doc, entities, stretches);
  const candidates: QuoteCandidate[] = stretches.map((_, q) => attributeStretch(ctx, q));
  // A cue that attributes a quotation introduces no reported statement of its own.
  const quoteCues = new Set(candidates.flatMap((c) => (c.cue ? [c.cue.start] : [])));
  if (options.reported !== false) candidates.push(...findReported(ctx, quoteCues));
  candidates.sort((a, b) => a.start - b.start);
  return resolveAll(ctx, candidates).filter((q): q is Quote => q !== null);
}

function resolveAll(ctx: QuoteContext, candidates: QuoteCandidate[]): (Quote | null)[] {
  const text = ctx.doc.text;
  const history: Attributed[] = [];
  const quotes: { quote: Quote; paragraph: number; lastParagraph: number }[] = [];
  const out: (Quote | null)[] = [];
  const lastParagraphOf = new Map(ctx.stretches.map((s) => [s.start, s.lastParagraph]));
  for (const c of candidates) {
    let speaker: string | null = null;
    let speakerMention: { start: number; end: number } | null = null;
    if (c.phrase) {
      speaker = resolvePhrase(ctx, c.phrase, history);
      speakerMention = { start: c.phrase.start, end: c.phrase.end };
    } else if (c.inherit) {
      const from = inheritedFrom(quotes, c);
      const subject = from ? null : previousSentenceSubject(ctx, c.start, ctx.doc.paragraphs[c.paragraph].start);
      if (from) {
        speaker = from.speaker;
        speakerMention = from.speakerMention;
      } else if (subject) {
        speaker = subject.entityId;
        speakerMention = { start: subject.start, end: subject.end };
      }
    }
    if (c.kind !== 'reported' && isScareQuote(c, speakerMention !== null)) {
      out.push(null);
      continue;
    }
    let kind = c.kind;
    let cue = c.cue;
    // A headline's speaker label ("Graham: Trump’s ‘Incredibly Hateful Rhetoric’ …") attributes even Title Case.
    const labelled = c.cue !== null && text.slice(c.cue.start, c.cue.end) === ':';
    if (c.kind !== 'reported' && !labelled && isTitle(text, c)) {
      // A title or slogan (“Fox and Friends”, “Peace Through Strength”): kept as a quoted fragment, not as speech.
      kind = 'partial';
      speaker = null;
      speakerMention = null;
      cue = null;
    }
    const quote: Quote = {
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      kind,
      speaker,
      speakerMention,
      cue: cue ? { start: cue.start, end: cue.end, text: text.slice(cue.start, cue.end) } : null,
    };
    if (speaker) history.push({ start: c.start, speaker });
    if (c.kind === 'reported' && speakerMention) {
      quotes.push({ quote, paragraph: c.paragraph, lastParagraph: c.paragraph });
    } else if (c.kind !== 'reported' && speakerMention) {
      const lastParagraph = lastParagraphOf.get(c.start) ?? c.paragraph;
      quotes.push({ quote, paragraph: c.paragraph, lastParagraph });
    }
    out.push(quote);
  }
  return out;
}

/**
 * The statement whose speaker a cue-less quotation continues: the previous quotation or reported statement in its
 * paragraph or the paragraph before ("…, Schiff said. "The other factor …"").
 */
function inheritedFrom(quotes: { quote: Quote; paragraph: number; lastParagraph: number }[], c: QuoteCandidate): Quote | null {
  const previous = quotes[quotes.length - 1];
  if (!previous || !previous.quote.speakerMention) return null;
  if (previous.lastParagraph === c.paragraph || previous.lastParagraph === c.paragraph - 1) return previous.quote;
  return null;
}

/** Scare quotes are no speech: one or two quoted words with no cue-given speaker ("so-called 'experts'"). */
function isScareQuote(c: QuoteCandidate, attributed: boolean): boolean {
  return c.words <= SCARE_QUOTE_MAX_WORDS && (!attributed || c.inherit);
}

/** A short capitalised title with no clause punctuation: “Fox News Sunday”, 'All Bets Are Off.' */
function isTitle(text: string, c: QuoteCandidate): boolean {
  // More than six words is no title (trimming the inner text below changes no word count): most quotations stop here.
  if (countWords(text, c.start + 1, c.end - 1, 7) > 6) return false;
  const inner = text.slice(c.start + 1, c.end - 1).trim().replace(/[\s,.!?'"’”]+$/u, '');
  const words = inner.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];
  const title =
    words.length <= 6 &&
    /^\p{Lu}/u.test(words[0] ?? '') &&
    words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|a|an|in|on|for|to|at|with|or|by|from|is|are)$/.test(w)) &&
    !/[.!?:;]/.test(inner);
  return title;
}
