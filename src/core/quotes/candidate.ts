/** A quotation or reported statement found, with its speaker phrase still unresolved. */
import type { QuoteKind } from '../types';
import type { Cue } from './cues';
import type { SpeakerPhrase } from './phrases';

export interface QuoteCandidate {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: { start: number; end: number } | null;
  phrase: SpeakerPhrase | null;
  /**
   * No speaker in the sentence: take the speaker of the previous quotation of the paragraph, or, for a quotation
   * opening its paragraph, of the previous paragraph (news style: a quote paragraph continues the last speaker).
   */
  inherit: boolean;
  /** Paragraph index of the start. */
  paragraph: number;
  /**
   * Words of the statement; for a quotation counted only up to SCARE_QUOTE_MAX_WORDS + 1, all the scare-quote rule
   * needs to know.
   */
  words: number;
}

/** A quotation of at most this many words may be a scare quote. */
export const SCARE_QUOTE_MAX_WORDS = 2;

export function cueSpan(cue: Cue): { start: number; end: number } {
  return { start: cue.start, end: cue.end };
}
