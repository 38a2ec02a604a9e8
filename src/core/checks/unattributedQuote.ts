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
import { ATTRIBUTION_CUE, SPEAKER_PRONOUN } from './lang/en';
import { paragraphAt } from './paragraphs';
import type { CheckDefinition, CheckFinding, CheckInput } from './types';

/** Fewer words than this inside the marks: a title, a nickname or a scare quote, not a statement. */
const MIN_WORDS = 6;

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
  if (wordCount(quote.text) < MIN_WORDS) return null;
  const first = paragraphAt(paragraphs, quote.start);
  const last = paragraphAt(paragraphs, Math.max(quote.start, quote.end - 1));
  if (first < 0) return null;
  const from = Math.max(0, first - 1);
  const to = Math.min(paragraphs.length - 1, last + 1);
  for (let p = from; p <= to; p++) {
    const para = paragraphs[p];
    // Inside the quotation itself a "said" is quoted speech, not an attribution.
    const outside = text.slice(para.start, Math.max(para.start, Math.min(para.end, quote.start))) + '\n' + text.slice(Math.min(para.end, Math.max(para.start, quote.end)), para.end);
    if (ATTRIBUTION_CUE.test(outside)) return null;
  }
  // A neighbouring quotation with a speaker: the speech runs on over several quotations.
  const span = { start: paragraphs[from].start, end: paragraphs[to].end };
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
