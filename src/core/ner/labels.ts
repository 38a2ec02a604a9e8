/**
 * BILOU labels over the four CoNLL classes: 0 is O; 1 + 4·type + position, position B, I, L, U. BILOU makes the
 * tagger decide explicitly where names begin and end, which Ratinov & Roth (2009) found better than IOB.
 */
import type { EntityType } from '../types';

export const TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];
export const LABEL_COUNT = 17;
export const O = 0;
export const B = 0, I = 1, L = 2, U = 3;

export function label(type: number, position: number): number {
  return 1 + type * 4 + position;
}
export function labelType(l: number): number {
  return (l - 1) >> 2;
}
export function labelPosition(l: number): number {
  return (l - 1) & 3;
}

/**
 * allowed[prev * LABEL_COUNT + cur]: whether cur may follow prev. prev = O at a unit start. A name opened by B/I
 * must be continued by I/L of the same type; anything else may be followed by O, B or U.
 */
export const ALLOWED: Uint8Array = (() => {
  const allowed = new Uint8Array(LABEL_COUNT * LABEL_COUNT);
  for (let prev = 0; prev < LABEL_COUNT; prev++) {
    const open = prev !== O && (labelPosition(prev) === B || labelPosition(prev) === I);
    for (let cur = 0; cur < LABEL_COUNT; cur++) {
      let ok: boolean;
      if (open) ok = cur !== O && labelType(cur) === labelType(prev) && (labelPosition(cur) === I || labelPosition(cur) === L);
      else ok = cur === O || labelPosition(cur) === B || labelPosition(cur) === U;
      allowed[prev * LABEL_COUNT + cur] = ok ? 1 : 0;
    }
  }
  return allowed;
})();

/** Whether a label may end a unit (a name cannot be left open). */
export function canEnd(l: number): boolean {
  return l === O || labelPosition(l) === L || labelPosition(l) === U;
}

/** Labels for spans [start, end) of a type index over n tokens. */
export function spansToLabels(n: number, spans: { start: number; end: number; type: number }[]): Uint8Array {
  const labels = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) labels[s.start] = label(s.type, U);
    else {
      labels[s.start] = label(s.type, B);
      for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = label(s.type, I);
      labels[s.end - 1] = label(s.type, L);
    }
  }
  return labels;
}

/**
 * Spans from a label sequence, repairing ill-formed runs the way a reader would: B or U opens a name; I or L
 * continues an open name of the same type (or opens one); a name closes after L or U, or before anything that
 * does not continue it.
 */
export function labelsToSpans(labels: ArrayLike<number>): { start: number; end: number; type: number }[] {
  const spans: { start: number; end: number; type: number }[] = [];
  let open = -1, openType = -1;
  const close = (end: number) => {
    if (open >= 0) spans.push({ start: open, end, type: openType });
    open = -1;
  };
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === O) { close(i); continue; }
    const p = labelPosition(l), t = labelType(l);
    const continues = open >= 0 && openType === t && (p === I || p === L);
    if (!continues) { close(i); open = i; openType = t; }
    if (p === L || p === U) close(i + 1);
  }
  close(labels.length);
  return spans;
}
