/**
 * Running patterns over a text only where they can match (see Trigger in types.ts): a pattern is skipped when the
 * text lacks all its trigger words, and otherwise tried only at the positions at most a word's lead before one
 * of them. The matches are exactly those a global scan of the whole text finds, in order.
 */
import { TriggerWords, type WordsInText } from './triggerWords';
import type { Trigger, TriggeredPattern } from './types';

interface Gate {
  /** The gate's place in the scanner's list. */
  index: number;
  /** Per vocabulary id: the lead of that trigger word, or -1 when it is not one of the pattern's. */
  leads: Int32Array;
  /** The pattern made sticky: tried at one position. */
  sticky: RegExp;
  /** True when the pattern can only match where \b holds (every alternative starts with it). */
  atWordBoundary: boolean;
}

/** Where a pattern's trigger words occur in a text, in order, and each one's lead. */
interface TriggerHits {
  starts: Int32Array;
  leads: Int32Array;
}

function triggersOf(p: TriggeredPattern): readonly Trigger[] {
  if (!p.trigger) return [];
  return 'words' in p.trigger ? [p.trigger] : p.trigger;
}

export class PatternScanner {
  private readonly vocabulary: TriggerWords;
  private readonly gates = new Map<TriggeredPattern, Gate>();
  /** Per vocabulary id: the gates of the patterns the word triggers. */
  private readonly gatesOfWord: Gate[][];

  constructor(patterns: readonly TriggeredPattern[]) {
    this.vocabulary = new TriggerWords(patterns.flatMap((p) => triggersOf(p).flatMap((t) => t.words)));
    this.gatesOfWord = Array.from({ length: this.vocabulary.size }, () => []);
    for (const p of patterns) {
      const triggers = triggersOf(p);
      if (triggers.length === 0) continue;
      const leads = new Int32Array(this.vocabulary.size).fill(-1);
      for (const { words, lead } of triggers) {
        for (const id of this.vocabulary.idsOf(words)) leads[id] = Math.max(leads[id], lead);
      }
      const sticky = new RegExp(p.pattern.source, p.pattern.flags + 'y');
      const gate: Gate = { index: this.gates.size, leads, sticky, atWordBoundary: startsWithWordBoundary(p.pattern.source) };
      this.gates.set(p, gate);
      leads.forEach((lead, id) => { if (lead >= 0) this.gatesOfWord[id].push(gate); });
    }
  }

  /** The patterns' matches in one text. */
  scan(text: string): TextMatches {
    const words = this.vocabulary.find(text);
    return new TextMatches(this, text, words && this.hitsByGate(words));
  }

  /**
   * The matches of the pattern in the text, as a global scan finds them; `hits` are the trigger words' occurrences
   * per gate (null: none can be ruled out).
   */
  matches(p: TriggeredPattern, text: string, hits: readonly TriggerHits[] | null): RegExpExecArray[] {
    const gate = this.gates.get(p);
    if (!gate || !hits) return allMatches(p.pattern, text);
    const own = hits[gate.index];
    return own.starts.length === 0 ? [] : matchesNearTriggers(gate, text, own);
  }

  /**
   * Each gate's trigger-word occurrences: one pass counting them per gate, one handing each occurrence to the
   * patterns the word triggers, into typed arrays of the exact size (a text of a million digit runs would
   * otherwise grow a dozen arrays of boxed numbers push by push).
   */
  private hitsByGate({ occurrenceIds, occurrenceStarts }: WordsInText): TriggerHits[] {
    const counts = new Int32Array(this.gates.size);
    for (let k = 0; k < occurrenceIds.length; k++) for (const gate of this.gatesOfWord[occurrenceIds[k]]) counts[gate.index]++;
    const hits: TriggerHits[] = Array.from(counts, (n) => ({ starts: new Int32Array(n), leads: new Int32Array(n) }));
    const filled = new Int32Array(this.gates.size);
    for (let k = 0; k < occurrenceIds.length; k++) {
      const id = occurrenceIds[k];
      for (const gate of this.gatesOfWord[id]) {
        const at = filled[gate.index]++;
        hits[gate.index].starts[at] = occurrenceStarts[k];
        hits[gate.index].leads[at] = gate.leads[id];
      }
    }
    return hits;
  }
}

/** The matches of the patterns in one text, each pattern run at most once however often they are asked for. */
export class TextMatches {
  private readonly found = new Map<TriggeredPattern, RegExpExecArray[]>();

  constructor(
    private readonly scanner: PatternScanner, readonly text: string, private readonly hits: readonly TriggerHits[] | null,
  ) {}

  of(p: TriggeredPattern): RegExpExecArray[] {
    let matches = this.found.get(p);
    if (!matches) {
      matches = this.scanner.matches(p, this.text, this.hits);
      this.found.set(p, matches);
    }
    return matches;
  }
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
 * matches. Every match starts within a trigger word's window, at most its lead (characters besides digits and
 * commas) before it, so the positions outside the windows cannot match and are passed over; the others are
 * tried in order, as the scan would.
 */
function matchesNearTriggers({ sticky, atWordBoundary }: Gate, text: string, { starts, leads }: TriggerHits): RegExpExecArray[] {
  // The windows as sorted disjoint ranges [from, to]. Each ends at its word, after the earlier ones, but may reach
  // back over some of them (a longer lead): those merge into it.
  const froms = new Int32Array(starts.length);
  const tos = new Int32Array(starts.length);
  let windows = 0;
  for (let k = 0; k < starts.length; k++) {
    const to = starts[k];
    let from = windowStart(text, to, leads[k]);
    while (windows > 0 && tos[windows - 1] >= from - 1) {
      windows--;
      from = Math.min(from, froms[windows]);
    }
    froms[windows] = from;
    tos[windows] = to;
    windows++;
  }
  const found: RegExpExecArray[] = [];
  let next = 0;
  for (let w = 0; w < windows; w++) {
    for (let at = Math.max(next, froms[w]); at <= tos[w]; at = next) {
      // A cheap test first: most positions lie inside words or between spaces.
      if (atWordBoundary && isWordChar(text, at - 1) === isWordChar(text, at)) {
        next = at + 1;
        continue;
      }
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      next = m ? at + Math.max(m[0].length, 1) : at + 1;
      if (m) found.push(m);
    }
  }
  return found;
}

/**
 * The earliest position with at most `lead` characters other than digits and commas up to `end`. A walk crosses
 * at most `lead` characters of earlier words, so each digit is crossed by few walks: linear in the text.
 */
function windowStart(text: string, end: number, lead: number): number {
  let start = end;
  let budget = lead;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if (!((c >= 48 && c <= 57) || c === 44)) {
      if (budget === 0) break;
      budget--;
    }
    start--;
  }
  return start;
}

/**
 * True when every top-level alternative of the pattern source starts with \b, so that a match can only start where
 * \b holds. Scans the source for top-level "|" outside groups, character classes and escapes.
 */
function startsWithWordBoundary(source: string): boolean {
  if (!source.startsWith('\\b')) return false;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0 && !source.startsWith('\\b', i + 1)) return false;
  }
  return true;
}

/**
 * Whether the character at `i` is a \w character (ASCII letter, digit or _); outside the text, not. Patterns with
 * the u and i flags also count ſ and the Kelvin sign, but texts holding those are scanned whole (see triggerWords.ts).
 */
function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  const letter = (c | 32) - 97;
  return (letter >= 0 && letter < 26) || (c >= 48 && c <= 57) || c === 95;
}
