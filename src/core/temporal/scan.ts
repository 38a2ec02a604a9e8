/**
 * Running the parsers' patterns over a text, only where they can match: a parser whose trigger words the text
 * lacks is skipped, and a parser with a lead is tried only at the positions at most that many characters before
 * one of its trigger words. The matches are exactly those a global scan of the whole text finds, in order.
 */
import { TriggerWords, type WordsInText } from './triggerWords';
import type { TemporalParser } from './types';

interface Gate {
  /** The vocabulary ids of the parser's trigger words. */
  ids: Int32Array;
  /** For a parser with a lead: 1 at the ids of its trigger words, and its pattern made sticky (tried at one position). */
  mask: Uint8Array | null;
  sticky: RegExp | null;
}

export class ParserScanner {
  private readonly vocabulary: TriggerWords;
  private readonly gates = new Map<TemporalParser, Gate>();

  constructor(parsers: readonly TemporalParser[]) {
    this.vocabulary = new TriggerWords(parsers.flatMap((p) => p.triggers ?? []));
    for (const parser of parsers) {
      if (!parser.triggers) continue;
      const ids = this.vocabulary.idsOf(parser.triggers);
      let mask: Uint8Array | null = null;
      let sticky: RegExp | null = null;
      if (parser.lead !== undefined) {
        mask = new Uint8Array(this.vocabulary.size);
        for (const id of ids) mask[id] = 1;
        sticky = new RegExp(parser.pattern.source, parser.pattern.flags + 'y');
      }
      this.gates.set(parser, { ids, mask, sticky });
    }
  }

  /** The trigger words the text holds (null: none can be ruled out), for `matches`. */
  wordsIn(text: string): WordsInText | null {
    return this.vocabulary.find(text);
  }

  /** The matches of the parser's pattern in the text, as a global scan finds them. */
  matches(parser: TemporalParser, text: string, words: WordsInText | null): RegExpExecArray[] {
    const gate = this.gates.get(parser);
    if (!gate || !words) return allMatches(parser.pattern, text);
    if (!holdsAny(words.held, gate.ids)) return [];
    if (!gate.sticky || !gate.mask) return allMatches(parser.pattern, text);
    return matchesNearTriggers(gate.sticky, text, words, gate.mask, parser.lead ?? 0);
  }
}

function holdsAny(held: Uint8Array, ids: Int32Array): boolean {
  for (let i = 0; i < ids.length; i++) if (held[ids[i]] === 1) return true;
  return false;
}

function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    // As matchAll does: step over an empty match rather than find it again.
    if (m[0].length === 0) pattern.lastIndex++;
    found.push(m);
  }
  return found;
}

/**
 * A global scan tries each position from where the last match ended and takes the first at which the pattern
 * matches. Every match starts at most `lead` characters before a trigger word it holds, so the positions outside
 * those windows cannot match and are passed over; the others are tried in order, as the scan would.
 */
function matchesNearTriggers(sticky: RegExp, text: string, words: WordsInText, mask: Uint8Array, lead: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const { occurrenceIds, occurrenceStarts } = words;
  let next = 0;
  for (let k = 0; k < occurrenceIds.length; k++) {
    if (mask[occurrenceIds[k]] === 0) continue;
    const trigger = occurrenceStarts[k];
    for (let at = Math.max(next, trigger - lead); at <= trigger; at = next) {
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      next = m ? at + Math.max(m[0].length, 1) : at + 1;
      if (m) found.push(m);
    }
  }
  return found;
}
