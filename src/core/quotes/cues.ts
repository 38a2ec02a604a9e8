/**
 * The cue lexicon: words and phrases that introduce speech ("said", "stressed", "according to", "called for").
 * A hand list of speech verbs (all their forms generated) is merged with the forms PolNeAR annotators marked as
 * cues most of the time (lang/en/mined-cues.json, made by scripts/quotes/mine-cues.ts from PolNeAR train; counts only).
 */
import { lowerAt, type QuoteContext } from './context';
import { startsUppercase, startsWithLetter } from '../text/letterCase';
import mined from '../lang/en/mined-cues.json';
import {
  BASE_FORM_CUES, IRREGULAR_FORMS, MINED_FORMS_NOT_SPEECH, PARTICIPLES_NOT_CUES, PHRASE_CUES, PLURAL_NOUNS_NOT_CUES, SPEECH_VERBS,
} from '../lang/en/speechVerbs';

export type CueRole =
  /** A finite speech verb: its speaker is its subject ("Smith said") or follows it ("said Smith"). */
  | 'verb'
  /** A participle ("adding", "saying"): its speaker is the subject of the clause it hangs on. */
  | 'participle'
  /** "according to X": the speaker follows the cue. */
  | 'according';

export interface Cue {
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  role: CueRole;
  /** Lower-case text of the cue words. */
  form: string;
}

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR_FORMS[lemma];
  if (irregular) return [...irregular];
  const forms = [lemma];
  const e = lemma.endsWith('e');
  const y = /[^aeiou]y$/.test(lemma);
  forms.push(y ? lemma.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : lemma + 's');
  forms.push(e ? lemma + 'd' : y ? lemma.slice(0, -1) + 'ied' : /^(?:[^aeiou]*[aeiou][^aeiouwxy])$/.test(lemma) ? lemma + lemma.slice(-1) + 'ed' : lemma + 'ed');
  forms.push(e && !lemma.endsWith('ee') ? lemma.slice(0, -1) + 'ing' : /^(?:[^aeiou]*[aeiou][^aeiouwxy])$/.test(lemma) ? lemma + lemma.slice(-1) + 'ing' : lemma + 'ing');
  return forms;
}

const SINGLE = new Map<string, CueRole>();
const PHRASES = new Map<string, CueRole>();

function addForm(form: string): void {
  if (MINED_FORMS_NOT_SPEECH.has(form)) return;
  const words = form.split(' ');
  const role: CueRole = form === 'according to' ? 'according' : /ing$/.test(words[0]) ? 'participle' : 'verb';
  if (words.length === 1) SINGLE.set(form, role);
  else PHRASES.set(form, role);
}

for (const lemma of SPEECH_VERBS) for (const form of inflect(lemma)) if (form !== lemma || BASE_FORM_CUES.has(lemma)) addForm(form);
for (const phrase of PHRASE_CUES) {
  const [verb, ...rest] = phrase.split(' ');
  for (const form of inflect(verb)) addForm([form, ...rest].join(' '));
}
addForm('according to');
for (const { form } of (mined as { forms: { form: string }[] }).forms) {
  const words = form.split(' ');
  // Auxiliary or adverb + verb ("has said", "also said") and verb + day ("said sunday") are matched by the
  // single verb; keep the verb + particle phrases.
  if (words.length === 2 && /^(?:has|have|had|also|later|now|first|is|was|are|were)$/.test(words[0])) continue;
  if (words.length === 2 && /day$/.test(words[1])) continue;
  addForm(form);
}
for (const form of [...PLURAL_NOUNS_NOT_CUES, ...PARTICIPLES_NOT_CUES]) SINGLE.delete(form);

/** For each first word of a phrase cue, the second words that follow it in one ("has" → "said", "called"…). */
const PHRASE_SECOND_WORDS = new Map<string, Set<string>>();
for (const form of PHRASES.keys()) {
  const [first, second] = form.split(' ');
  const seconds = PHRASE_SECOND_WORDS.get(first);
  if (seconds) seconds.add(second);
  else PHRASE_SECOND_WORDS.set(first, new Set([second]));
}

/** The single-word cues and the first words of the phrase cues: any other word starts no cue. */
const CUE_FIRST_WORDS = new Set([...SINGLE.keys(), ...PHRASE_SECOND_WORDS.keys()]);

/** The cue starting at token `i`, or null. Phrases win over single words. */
export function cueAt(ctx: QuoteContext, i: number): Cue | null {
  const tokens = ctx.doc.tokens;
  const first = tokens[i];
  if (!first) return null;
  // A capitalised word inside a sentence is a name ("the United States"), not a verb. Tested first: it needs no
  // lower-case text.
  if (startsUppercase(first.text) && i > 0 && startsWithLetter(tokens[i - 1].text)) return null;
  const w0 = lowerAt(ctx, i);
  // Most words start no cue: one set lookup rules them out before any phrase is built.
  if (!CUE_FIRST_WORDS.has(w0)) return null;
  if (!startsWithLetter(first.text)) return null;
  const next = tokens[i + 1];
  // Phrase keys are built only when the next word can continue a phrase ("has said"): most first words ("has",
  // "is", "said") are followed by none.
  if (next && PHRASE_SECOND_WORDS.get(w0)?.has(lowerAt(ctx, i + 1))) {
    const two = `${w0} ${lowerAt(ctx, i + 1)}`;
    const role = PHRASES.get(two);
    if (role) return { tokenStart: i, tokenEnd: i + 2, start: first.start, end: next.end, role, form: two };
    const third = tokens[i + 2];
    if (third) {
      const three = `${two} ${lowerAt(ctx, i + 2)}`;
      const role3 = PHRASES.get(three);
      if (role3) return { tokenStart: i, tokenEnd: i + 3, start: first.start, end: third.end, role: role3, form: three };
    }
  }
  const role = SINGLE.get(w0);
  if (!role) return null;
  return { tokenStart: i, tokenEnd: i + 1, start: first.start, end: first.end, role, form: w0 };
}

/** Whether the lower-case word is a speech-verb form (for tests and diagnostics). */
export function isCueWord(word: string): boolean {
  return SINGLE.has(word.toLowerCase());
}
