/**
 * Running the parsers' patterns over a text only where they can match (see Trigger in types.ts): a parser is
 * skipped when the text lacks all its trigger words, and otherwise tried only at the positions at most its lead
 * before one of them. The matches are exactly those a global scan of the whole text finds, in order.
 */
import { TriggerWords, type WordsInText } from './triggerWords';
import type { TemporalParser } from './types';

interface Gate {
  /** The vocabulary ids of the parser's trigger words, and 1 at each of them in a vocabulary-sized mask. */
  ids: Int32Array;
  mask: Uint8Array;
  /** The parser's pattern made sticky: tried at one position. */
  sticky: RegExp;
  lead: number;
}

export class ParserScanner {
  private readonly vocabulary: TriggerWords;
  private readonly gates = new Map<TemporalParser, Gate>();

  constructor(parsers: readonly TemporalParser[]) {
    this.vocabulary = new TriggerWords(parsers.flatMap((p) => p.trigger?.words ?? []));
    for (const parser of parsers) {
      if (!parser.trigger) continue;
      const ids = this.vocabulary.idsOf(parser.trigger.words);
      const mask = new Uint8Array(this.vocabulary.size);
      for (const id of ids) mask[id] = 1;
      const sticky = new RegExp(parser.pattern.source, parser.pattern.flags + 'y');
      this.gates.set(parser, { ids, mask, sticky, lead: parser.trigger.lead });
    }
  }

  /** The parsers' matches in one text. */
  scan(text: string): TextMatches {
    return new TextMatches(this, text, this.vocabulary.find(text));
  }

  /**
   * The matches of the parser's pattern in the text, as a global scan finds them; `words` are the trigger words
   * the text holds (null: none can be ruled out).
   */
  matches(parser: TemporalParser, text: string, words: WordsInText | null): RegExpExecArray[] {
    const gate = this.gates.get(parser);
    if (!gate || !words) return allMatches(parser.pattern, text);
    if (!holdsAny(words.held, gate.ids)) return [];
    return matchesNearTriggers(gate, text, words);
  }
}

/** The matches of the parsers in one text, each pattern run at most once however often they are asked for. */
export class TextMatches {
  private readonly found = new Map<TemporalParser, RegExpExecArray[]>();

  constructor(private readonly scanner: ParserScanner, readonly text: string, private readonly words: WordsInText | null) {}

  of(parser: TemporalParser): RegExpExecArray[] {
    let matches = this.found.get(parser);
    if (!matches) {
      matches = this.scanner.matches(parser, this.text, this.words);
      this.found.set(parser, matches);
    }
    return matches;
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
 * matches. Every match starts at most `lead` characters (besides digits and commas) before a trigger word it
 * holds, so the positions outside those windows cannot match and are passed over; the others are tried in order,
 * as the scan would. Windows are walked back only as far as the positions not yet tried: linear in the text.
 */
function matchesNearTriggers({ mask, sticky, lead }: Gate, text: string, words: WordsInText): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const { occurrenceIds, occurrenceStarts } = words;
  let next = 0;
  for (let k = 0; k < occurrenceIds.length; k++) {
    if (mask[occurrenceIds[k]] === 0) continue;
    const trigger = occurrenceStarts[k];
    if (trigger < next) continue;
    for (let at = windowStart(text, trigger, lead, next); at <= trigger; at = next) {
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      next = m ? at + Math.max(m[0].length, 1) : at + 1;
      if (m) found.push(m);
    }
  }
  return found;
}

/** The earliest position, not before `floor`, with at most `lead` characters other than digits and commas up to `end`. */
function windowStart(text: string, end: number, lead: number, floor: number): number {
  let start = end;
  let budget = lead;
  while (start > floor) {
    const c = text.charCodeAt(start - 1);
    if (!((c >= 48 && c <= 57) || c === 44)) {
      if (budget === 0) break;
      budget--;
    }
    start--;
  }
  return start;
}
