/**
 * Quotation-mark scanning: which characters are quotation marks, whether each one can open or close a quotation,
 * and how marks pair up inside one paragraph (nested quotes included). Apostrophes ("Iran’s", "don't", "the '90s",
 * "Jones' car") look like single quotes; they are told apart here by the characters around them.
 */

export type MarkFamily = 'double' | 'single' | 'guillemet';

export interface Mark {
  /** Offset of the mark character. */
  at: number;
  family: MarkFamily;
  canOpen: boolean;
  canClose: boolean;
  /** A closing candidate that may instead be a plural possessive ("the players' union"). */
  weakClose: boolean;
  /** Characters the mark takes: 2 for the typewriter pairs '' and ``. */
  length: number;
}

const DOUBLE_OPEN = new Set(['“', '„', '‟']);
const DOUBLE_CLOSE = new Set(['”']);
const SINGLE_OPEN = new Set(['‘', '‚', '‛']);
const GUILLEMET_OPEN = new Set(['«', '‹']);
const GUILLEMET_CLOSE = new Set(['»', '›']);

/** Characters after which a quotation may open: start, space, an opening bracket, a dash, another opening mark. */
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/“‘«‹"'„:;]/u;
/** Characters before which a quotation may close: end, space, punctuation, a closing bracket, another closing mark. */
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2014\u2013\-/”’»›"'…]/u;
/** Elisions that start with an apostrophe: 'em, 'til, 'cause, 'n', 'tis, 'twas, '90s, '16. */
const LEADING_ELISION = /^(?:em|til|cause|cos|n|tis|twas|bout|round|nuff)\b|^\d/iu;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function canOpenAt(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : undefined;
  const after = text[i + 1];
  if (after === undefined || /\s/u.test(after)) return false;
  return before === undefined || BEFORE_OPEN.test(before);
}

function canCloseAt(text: string, i: number): boolean {
  const before = i > 0 ? text[i - 1] : undefined;
  const after = text[i + 1];
  if (before === undefined || /\s/u.test(before)) return false;
  return after === undefined || AFTER_CLOSE.test(after);
}

/** The mark at `i`, or null when the character is no quotation mark (or is an apostrophe). */
export function classifyMark(text: string, i: number): Mark | null {
  const mark = classifyChar(text, i);
  return mark
    ? { at: mark.at, family: mark.family, canOpen: mark.canOpen, canClose: mark.canClose, weakClose: mark.weakClose, length: mark.length ?? 1 }
    : null;
}

function classifyChar(text: string, i: number): (Omit<Mark, 'length'> & { length?: number }) | null {
  const ch = text[i];
  // Typewriter double quotes of some wire feeds: ''like this'' or ``like this''.
  if ((ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`')) {
    const before = i > 0 ? text[i - 1] : undefined;
    const after = text[i + 2];
    const canOpen = (before === undefined || BEFORE_OPEN.test(before)) && after !== undefined && !/\s/u.test(after);
    const canClose = ch === "'" && before !== undefined && !/\s/u.test(before) && (after === undefined || AFTER_CLOSE.test(after));
    if (!canOpen && !canClose) return null;
    return { at: i, family: 'double', canOpen, canClose, weakClose: false, length: 2 };
  }
  if (ch === "'" && text[i - 1] === "'" && i > 0 && classifyChar(text, i - 1)?.length === 2) return null;
  if (ch === '"') {
    const canOpen = canOpenAt(text, i);
    const canClose = canCloseAt(text, i);
    if (!canOpen && !canClose) {
      // Between two letters ("5"6") or floating between spaces: no quotation mark we can use.
      return null;
    }
    return { at: i, family: 'double', canOpen, canClose, weakClose: false };
  }
  if (DOUBLE_OPEN.has(ch)) return { at: i, family: 'double', canOpen: true, canClose: ch === '“' && canCloseAt(text, i) && !canOpenAt(text, i), weakClose: false };
  if (DOUBLE_CLOSE.has(ch)) return { at: i, family: 'double', canOpen: !canCloseAt(text, i) && canOpenAt(text, i), canClose: true, weakClose: false };
  if (GUILLEMET_OPEN.has(ch)) return { at: i, family: 'guillemet', canOpen: true, canClose: false, weakClose: false };
  if (GUILLEMET_CLOSE.has(ch)) return { at: i, family: 'guillemet', canOpen: false, canClose: true, weakClose: false };
  if (ch === "'" || ch === '’' || SINGLE_OPEN.has(ch)) {
    const before = i > 0 ? text[i - 1] : undefined;
    const after = text[i + 1];
    // A mark between two letters or digits is an apostrophe: don't, Iran’s, rock'n'roll.
    if (isLetterOrDigit(before) && isLetterOrDigit(after)) return null;
    let canOpen = ch !== '’' && canOpenAt(text, i) && isLetterOrDigit(after) || (SINGLE_OPEN.has(ch) && canOpenAt(text, i));
    if (canOpen && LEADING_ELISION.test(text.slice(i + 1, i + 8))) canOpen = false;
    const canClose = !SINGLE_OPEN.has(ch) && canCloseAt(text, i);
    if (!canOpen && !canClose) return null;
    // "Jones' car", "the players' union": a closing candidate after an s followed by a word may be a possessive.
    const weakClose = canClose && (before === 's' || before === 'S') && /^\s+[\p{L}\p{N}]/u.test(text.slice(i + 1, i + 3));
    return { at: i, family: 'single', canOpen, canClose, weakClose };
  }
  return null;
}

/**
 * The characters classifyChar can take for a mark (code units, no u flag): every other character is no mark, and
 * the pattern's native scan skips runs of them far faster than a loop over char codes.
 */
const MAY_BE_MARK = /["'`«»\u2018-\u201f\u2039\u203a]/g;

export function marksIn(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  // Scanned as its own string so that the search stops at the end of the span.
  const span = text.slice(start, end);
  MAY_BE_MARK.lastIndex = 0;
  while (MAY_BE_MARK.test(span)) {
    const mark = classifyMark(text, start + MAY_BE_MARK.lastIndex - 1);
    if (!mark) continue;
    marks.push(mark);
    MAY_BE_MARK.lastIndex += mark.length - 1;
  }
  return marks;
}

/** A matched pair of marks, or an opening mark left open at the end of its paragraph (`close` null). */
export interface MarkPair {
  open: Mark;
  close: Mark | null;
  /** How many pairs enclose this one (0 = top level). */
  depth: number;
}

/**
 * Pairs the marks of one paragraph with a stack. `carried` is an opening mark still open from the previous
 * paragraph (a quotation continued over paragraphs); it sits at the bottom of the stack.
 * Returns the closed pairs and the marks still open at the end of the paragraph, outermost first.
 *
 * A closing mark pairs with the innermost open mark of its family. Beside the one stack of open marks, each
 * family keeps the stack positions of its own open marks, so that opener is found at once instead of by a walk
 * down the whole stack (which made a paragraph of many unclosed « and many ’ quadratic); every position is pushed
 * and popped once, so the pairing is linear.
 */
export function pairMarks(marks: Mark[], carried: Mark | null): { pairs: MarkPair[]; open: Mark[] } {
  const stack: Mark[] = [];
  const byFamily = new OpenersByFamily();
  const pairs: MarkPair[] = [];
  if (carried) byFamily.push(carried.family, stack.push(carried) - 1);
  const closerFollows = laterClosers(marks);
  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m];
    const openIndex = byFamily.innermost(mark.family);
    const closes =
      mark.canClose &&
      openIndex >= 0 &&
      // A possible possessive closes only when no plain closing mark of its family follows.
      (!mark.weakClose || !closerFollows[m]);
    if (closes) {
      // Openers above the matched one were never closed: drop them (stray marks inside the quotation).
      const opener = stack[openIndex];
      stack.length = openIndex;
      byFamily.dropFrom(openIndex);
      pairs.push({ open: opener, close: mark, depth: openIndex });
      continue;
    }
    if (mark.canOpen) byFamily.push(mark.family, stack.push(mark) - 1);
  }
  return { pairs, open: stack };
}

/** The stack positions of the open marks of each family, innermost last. */
class OpenersByFamily {
  private readonly double: number[] = [];
  private readonly single: number[] = [];
  private readonly guillemet: number[] = [];

  push(family: MarkFamily, position: number): void {
    this[family].push(position);
  }

  /** The stack position of the innermost open mark of the family, or -1. */
  innermost(family: MarkFamily): number {
    const positions = this[family];
    return positions.length ? positions[positions.length - 1] : -1;
  }

  /** Forgets the marks at stack positions `position` and above (the stack was cut there). */
  dropFrom(position: number): void {
    for (const positions of [this.double, this.single, this.guillemet])
      while (positions.length && positions[positions.length - 1] >= position) positions.pop();
  }
}

/**
 * For each mark, whether a plain closing candidate of its family follows before the next opening-only mark of that
 * family (one backward pass, so a paragraph full of "s'" stays linear).
 */
function laterClosers(marks: Mark[]): boolean[] {
  const out = new Array<boolean>(marks.length).fill(false);
  const state = new Map<MarkFamily, boolean>();
  for (let i = marks.length - 1; i >= 0; i--) {
    const m = marks[i];
    out[i] = state.get(m.family) ?? false;
    if (m.canClose && !m.weakClose) state.set(m.family, true);
    else if (m.canOpen && !m.canClose) state.set(m.family, false);
  }
  return out;
}
