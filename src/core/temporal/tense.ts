/**
 * A rough tense for each sentence, enough to tell "Friday" (last Friday in a report of what happened) from
 * "Friday" in "talks will resume Friday": future when the sentence has a future auxiliary or a planning verb.
 */
import type { SegmentedText } from '../document';

const FUTURE = /\b(?:will|won['’]t|shall|['’]ll|going to|(?:is|are|was|were) (?:due |set |scheduled |expected )?to (?:be |begin|start|meet|hold|visit|open|vote|announce|take|travel|arrive|leave|resume|report|sign|decide|release|hold)|plans? to|planned|scheduled|expected to|due to (?:be|begin|start|meet|arrive|open|vote)|intends? to|would)\b/i;

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
      const s = sentenceAt(offset);
      const cached = cache.get(s.start);
      if (cached) return cached;
      const tense = FUTURE.test(doc.text.slice(s.start, s.end)) ? 'future' : 'past';
      cache.set(s.start, tense);
      return tense;
    },
  };
}
