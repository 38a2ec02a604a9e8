/**
 * A rough tense for each sentence, enough to tell "Friday" (last Friday in a report of what happened) from
 * "Friday" in "talks will resume Friday": future when the clause before it has a future auxiliary or a planning verb.
 */
import type { SegmentedText } from '../document';

// Besides auxiliaries and planning verbs, the words of deadlines and payment dates in business news
// ("payable Jan. 2", "effective Feb. 1", "through January", "is to resume Tuesday").
const FUTURE = /\b(?:will|won['’]t|shall|['’]ll|going to|(?:set|due|scheduled|expected|planned|planning|plans?|intends?|hopes?|is|are) to|scheduled (?:for|on)|next|payable|effective|expires?|due)\b/i;
/** How far back in the sentence the clause governing the expression is looked for. */
const CLAUSE_WINDOW = 60;

export function makeTense(doc: SegmentedText): {
  tenseAt(offset: number): 'past' | 'future';
  sentenceAt(offset: number): { start: number; end: number };
} {
  const sentences = doc.sentences;
  const cache = new Map<number, 'past' | 'future'>();
  const sentenceAt = (offset: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= offset) lo = mid + 1;
      else if (sentences[mid].start > offset) hi = mid - 1;
      else return sentences[mid];
    }
    return { start: Math.max(0, offset - 200), end: Math.min(doc.text.length, offset + 200) };
  };
  return {
    sentenceAt,
    tenseAt(offset) {
      // The clause before the expression in its sentence: "the king met Monday" vs "will meet Bush on Thursday".
      const cached = cache.get(offset);
      if (cached) return cached;
      const s = sentenceAt(offset);
      const clause = doc.text.slice(Math.max(s.start, offset - CLAUSE_WINDOW), offset);
      const tense = FUTURE.test(clause) ? 'future' : 'past';
      cache.set(offset, tense);
      return tense;
    },
  };
}
