/**
 * A rough tense for each sentence, enough to tell "Friday" (last Friday in a report of what happened) from
 * "Friday" in "talks will resume Friday": future when the clause before it has a future auxiliary or a planning
 * verb that no past-tense reporting verb follows, or ends in a deadline's "by".
 */
import { sentenceHolding, type SegmentedText } from '../document';
import { PAST_VERBS_OF_TENSE, wordAlternatives } from '../lang/en/pastVerbs';

// Besides auxiliaries and planning verbs, the words of deadlines and payment dates in business news
// ("payable Jan. 2", "effective Feb. 1", "through January", "is to resume Tuesday").
// "would" is the future seen from a past report ("said it would vote Tuesday"); "as soon as"/"as early as" and a
// postponement ("postponed until Tuesday") look ahead. "next to" is a place, not a time.
const FUTURE = /\b(?:will|won['’]t|shall|['’]ll|would|going to|(?:set|due|scheduled|expected|planned|planning|plans?|intends?|hopes?|is|are) to|scheduled (?:for|on)|next(?! to\b)|payable|effective|expires?|due|as (?:soon|early) as|(?:postponed|postpones?|delayed|delays?|deferred|adjourned|put off)\b[^.;]*\buntil)\b/i;
/**
 * A plan reported as past ("had been due to expire Friday", "had been scheduled to"): the plan's day is over.
 * Checked after FUTURE, over the same clause.
 */
const PAST_PLAN = /\bhad been (?:due|scheduled|set|expected|planned|supposed) to\b/i;
const FUTURE_ALL = new RegExp(FUTURE.source, 'gi');
/**
 * Past-tense verbs: when one stands after the last future cue ("said they would appeal the decision, announced
 * Wednesday"), the expression belongs to its clause, which reports the past.
 */
const PAST_VERB = new RegExp(String.raw`\b${wordAlternatives(PAST_VERBS_OF_TENSE)}\b(?! to\b)`, 'gi');
/** "by August", "by Friday": a deadline, ahead of the report. */
const DEADLINE = /\bby\s+$/i;
/** How far back in the sentence the clause governing the expression is looked for. */
const CLAUSE_WINDOW = 60;

/** Where the last future cue in the clause ends, or -1. */
function futureCueEnd(clause: string): number {
  let end = -1;
  for (const m of clause.matchAll(FUTURE_ALL)) end = m.index + m[0].length;
  return end;
}

/** Where the last past-tense verb in the clause starts, or -1. */
function pastVerbStart(clause: string): number {
  let start = -1;
  for (const m of clause.matchAll(PAST_VERB)) start = m.index;
  return start;
}

/** A document's tense and sentences, looked up by offset (tenses are remembered per offset). */
export interface Tense {
  tenseAt(offset: number): 'past' | 'future';
  sentenceAt(offset: number): { start: number; end: number };
}

export function makeTense(doc: SegmentedText): Tense {
  const sentences = doc.sentences;
  const cache = new Map<number, 'past' | 'future'>();
  const sentenceAt = (offset: number) =>
    sentenceHolding(sentences, offset) ?? { start: Math.max(0, offset - 200), end: Math.min(doc.text.length, offset + 200) };
  return {
    sentenceAt,
    tenseAt(offset) {
      // The clause before the expression in its sentence: "the king met Monday" vs "will meet Bush on Thursday".
      const cached = cache.get(offset);
      if (cached) return cached;
      const s = sentenceAt(offset);
      const clause = doc.text.slice(Math.max(s.start, offset - CLAUSE_WINDOW), offset);
      const pastVerb = pastVerbStart(clause);
      // "by August" is ahead unless the clause reports the past ("had filed reports by Wednesday").
      const tense = (DEADLINE.test(clause) && pastVerb < 0) || (futureCueEnd(clause) > pastVerb && !PAST_PLAN.test(clause)) ? 'future' : 'past';
      cache.set(offset, tense);
      return tense;
    },
  };
}
