/**
 * Check 2: a direct quotation with no speaker anywhere around it, or whose only speaker is a pronoun ("he said")
 * with nobody named before it for the pronoun to stand for.
 *
 * The quotation stage already searched around each quotation for a speaker; this check adds what an editor reads
 * before agreeing that a quotation is unsourced: no speech cue in its paragraph or the paragraphs beside it (a
 * cue there means the speaker is given, even if the analysis did not link it), no attributed quotation beside
 * it (a speech running on), and enough words to be a statement rather than a title or a scare-quoted phrase.
 */
import type { Quote } from '../types';
import { SPEAKER_PRONOUN } from '../lang/en/checkWords';
import { ATTRIBUTION_CUE } from '../lang/en/speechVerbs';
import { paragraphAt } from './paragraphs';
import type { CheckDefinition, CheckFinding, CheckInput } from './types';

/** Fewer words than this inside the marks: a title, a nickname or a scare quote, not a statement. */
const MIN_WORDS = 6;
/** The quotation ends with its closing mark (it did not run to the paragraph's end). */
const CLOSING_MARK = /["”»']$/u;
/** A paragraph that is one quotation and nothing else. */
const QUOTED_PARAGRAPH = /^["“«'‘`][^"“”«»]*["”»']\s*$/u;

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).length;
}

function pronounWithoutAntecedent(input: CheckInput, quote: Quote): CheckFinding | null {
  const mention = quote.speakerMention!;
  const pronoun = input.text.slice(mention.start, mention.end);
  if (!SPEAKER_PRONOUN.test(pronoun.trim())) return null;
  // Anyone named before the quotation (or before the pronoun, which may follow it) could be the antecedent.
  const before = Math.min(quote.start, mention.start);
  // The dateline's agency ("(Reuters)") names the publisher, not anyone a pronoun could stand for.
  const dateline = input.annotation.dateline;
  const inDateline = (m: { start: number }) => dateline !== null && m.start >= dateline.start && m.start < dateline.end;
  const someoneNamed = input.annotation.entities.some(
    (e) => (e.type === 'PERSON' || e.type === 'ORGANIZATION') && e.mentions.some((m) => m.start < before && !inDateline(m) && (m.kind === 'name' || m.kind === 'nominal' || m.kind === 'acronym')),
  );
  if (someoneNamed) return null;
  return {
    code: 'unattributed-quote',
    severity: 'warning',
    start: quote.start,
    end: quote.end,
    message: `This quotation is attributed only to "${pronoun}", and no one is named before it for "${pronoun}" to refer to: the reader cannot tell who is speaking.`,
    related: [{ start: mention.start, end: mention.end, message: 'the pronoun that attributes it' }],
  };
}

function noSpeakerAround(input: CheckInput, quote: Quote, index: number): CheckFinding | null {
  const { text, annotation, paragraphs } = input;
  if (quote.cue || quote.speakerMention) return null;
  // Markup (`<tweet author="…">…`) is not prose: its marks are attribute quotes.
  if (/^["“]>|[<>]/.test(quote.text) || text[quote.start - 1] === '=') return null;
  if (wordCount(quote.text) < MIN_WORDS) return null;
  // A quotation that never closed ran to its paragraph's end and may hold its own attribution
  // ("…' " said Carly Fiorina"): the marks, not the speaker, are what is wrong (the unbalanced-quote check).
  if (!CLOSING_MARK.test(quote.text)) return null;
  const first = paragraphAt(paragraphs, quote.start);
  const last = paragraphAt(paragraphs, Math.max(quote.start, quote.end - 1));
  if (first < 0) return null;
  // A run of quoted paragraphs (a speech quoted line by line, a chant and its answer) belongs to the speaker
  // named before the run.
  let runStart = first;
  while (runStart > 0 && QUOTED_PARAGRAPH.test(text.slice(paragraphs[runStart - 1].start, paragraphs[runStart - 1].end))) runStart--;
  const from = Math.max(0, runStart - 1);
  const to = Math.min(paragraphs.length - 1, last + 1);
  for (let p = from; p <= to; p++) {
    const para = paragraphs[p];
    // Inside the quotation itself a "said" is quoted speech, not an attribution.
    const outside = text.slice(para.start, Math.max(para.start, Math.min(para.end, quote.start))) + '\n' + text.slice(Math.min(para.end, Math.max(para.start, quote.end)), para.end);
    if (ATTRIBUTION_CUE.test(outside)) return null;
  }
  const span = { start: paragraphs[from].start, end: paragraphs[to].end };
  // Introduced ("Christie was thinking: “…”"), in brackets or after a dash (a cited title), or followed by "by"
  // (a headline and its author): the words around it say whose words they are.
  const lead = text.slice(Math.max(span.start, quote.start - 3), quote.start);
  if (/[:(\u2014\u2013-]\s*$/.test(lead)) return null;
  if (/^[\s,]*(?:by|from|in)\b/i.test(text.slice(quote.end, quote.end + 8))) return null;
  // Someone named beside it — outside the quotation, in its paragraph or the next or previous one — is who a
  // reader takes for the speaker: the quotation is then unclear at worst, not unsourced.
  const named = annotation.entities.some(
    (e) => (e.type === 'PERSON' || e.type === 'ORGANIZATION') &&
      e.mentions.some((m) => m.start >= span.start && m.end <= span.end && (m.end <= quote.start || m.start >= quote.end)),
  );
  if (named) return null;
  // A neighbouring quotation with a speaker: the speech runs on over several quotations.
  const quotes = annotation.quotes;
  for (let q = Math.max(0, index - 4); q < Math.min(quotes.length, index + 5); q++) {
    const other = quotes[q];
    if (other !== quote && other.speaker && other.start < span.end && other.end > span.start) return null;
  }
  return {
    code: 'unattributed-quote',
    severity: 'warning',
    start: quote.start,
    end: quote.end,
    message: 'This quotation has no speaker: nothing in its paragraph or the paragraphs around it says who said it.',
    related: [],
  };
}

export const unattributedQuote: CheckDefinition = {
  code: 'unattributed-quote',
  setting: 'unattributedQuote',
  title: 'A direct quotation with no speaker',
  severity: 'warning',
  run(input) {
    const findings: CheckFinding[] = [];
    input.annotation.quotes.forEach((quote, index) => {
      if (quote.kind !== 'direct' || quote.speaker) return;
      const finding = quote.speakerMention ? pronounWithoutAntecedent(input, quote) : noSpeakerAround(input, quote, index);
      if (finding) findings.push(finding);
    });
    return findings;
  },
};
