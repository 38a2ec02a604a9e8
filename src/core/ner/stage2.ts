/**
 * Non-local features for the second stage (Ratinov & Roth's "context aggregation" and "extended prediction
 * history"): what stage 1 said about the same word elsewhere in the document, and stage 1's labels of the
 * neighbours on both sides (greedy stage 1 could not see the right side's labels).
 */
import { carve } from './arena';
import type { CodedKeys, ExtraKeys } from './decode';
import type { DocFeatures } from './features';
import { mix, mix3 } from './hash';
import { LABEL_COUNT, O, labelType } from './labels';
import { TEMPLATES } from './features';

const S = TEMPLATES.stage2;

/** Type index 0-3 of a label, 4 for O. */
function typeOf(l: number): number {
  return l === O ? 4 : labelType(l);
}

/** Keys of the templates over a few small values, made once: S+5 (no other occurrence), S+6, S+9, S+10, S+11. */
const ALONE_KEY = mix(S + 5, 0);
const keysOf = (template: number, values: number): Uint32Array => Uint32Array.from({ length: values }, (_, v) => mix(template, v));
const BEST_KEYS = keysOf(S + 6, 5), OTHER_KEYS = keysOf(S + 9, 4), FIRST_KEYS = keysOf(S + 10, 5), ROLE_KEYS = keysOf(S + 11, 16);

/** A neighbour's label, or 255 outside the unit; coded 0-17 (17 for 255). */
const SIDES = LABEL_COUNT + 1;
const OUTSIDE = 255;

/**
 * The code of a token's label, its neighbours' and whether its word occurs nowhere else (alone: 1) (labelKeys
 * gives the keys).
 */
function labelCode(l: number, left: number, right: number, alone: number): number {
  return ((l * SIDES + (left === OUTSIDE ? LABEL_COUNT : left)) * SIDES + (right === OUTSIDE ? LABEL_COUNT : right)) * 2 + alone;
}
const LABEL_CODES = LABEL_COUNT * SIDES * SIDES * 2;

/**
 * The keys of a labelCode: the token's label, the left and the right neighbour's, the token's with the right
 * neighbour's, and when alone ALONE_KEY (else 0, no key).
 */
function labelKeys(out: Uint32Array, code: number): void {
  const alone = code % 2, labels = Math.floor(code / 2);
  const r = labels % SIDES, lf = Math.floor(labels / SIDES) % SIDES, l = Math.floor(labels / (SIDES * SIDES));
  const left = lf === LABEL_COUNT ? OUTSIDE : lf, right = r === LABEL_COUNT ? OUTSIDE : r;
  out[0] = mix(S, l);
  out[1] = mix(S + 2, left);
  out[2] = mix(S + 3, right);
  out[3] = mix3(S + 4, l, right);
  out[4] = alone ? ALONE_KEY : 0;
}

/** Stage 2's keys of every token. */
export function stage2Keys(f: DocFeatures, labels: Uint8Array, units: [number, number][]): ExtraKeys {
  return stage2(f, labels, units, null);
}

/**
 * Stage 2's keys for a decoder that adds per-code sums (joint tagging, ./joint): the label keys and ALONE_KEY as codes,
 * the rest as extra keys.
 */
export function stage2TaggingKeys(f: DocFeatures, labels: Uint8Array, units: [number, number][]): { extra: ExtraKeys; coded: CodedKeys } {
  const codes = new Uint16Array(labels.length);
  return { extra: stage2(f, labels, units, codes), coded: { codes, size: LABEL_CODES, keysOf: labelKeys } };
}

/** The keys of each token; with codes, its label code goes there and its label keys are left out. */
function stage2(f: DocFeatures, labels: Uint8Array, units: [number, number][], codes: Uint16Array | null): ExtraKeys {
  const n = labels.length;
  const lowerIndex = f.lowerIndex, words = f.lowerCount;
  const [counts, occurrences, firstIndex, roles, named, unitEnd, unitStartOf] = carve(Int32Array, words * 5, words, words, words * 16, words, n, n);
  const first = new Uint8Array(words);
  // Per lower-cased word (f.lowerIndex) with letters: counts of stage-1 types over its occurrences ([w · 5 + type])
  // and their number, and the type at its first occurrence and where that is (-1: no occurrence with letters).
  firstIndex.fill(-1);
  for (let i = 0; i < n; i++) {
    if (!f.words[i].hasLetter) continue;
    const w = lowerIndex[i];
    if (firstIndex[w] < 0) { first[w] = typeOf(labels[i]); firstIndex[w] = i; }
    counts[w * 5 + typeOf(labels[i])]++;
    occurrences[w]++;
  }
  // Per lower-cased word: where it sits (U/B/I/L) in stage-1 names of each type ([w · 16 + label - 1]), e.g.
  // "clinton" as the last word of a PERSON name elsewhere; and in how many names in all.
  for (let i = 0; i < n; i++) {
    const l = labels[i];
    if (l !== O) { roles[lowerIndex[i] * 16 + l - 1]++; named[lowerIndex[i]]++; }
  }
  for (const [s, e] of units) for (let i = s; i < e; i++) { unitStartOf[i] = s; unitEnd[i] = e; }
  if (codes) {
    for (let i = 0; i < n; i++) {
      const alone = occurrences[lowerIndex[i]] === 1 ? 1 : 0;
      codes[i] = labelCode(labels[i], i > unitStartOf[i] ? labels[i - 1] : OUTSIDE, i + 1 < unitEnd[i] ? labels[i + 1] : OUTSIDE, alone);
    }
  }
  const others = new Int32Array(5);
  const labelBuffer = new Uint32Array(5);
  return (i, push) => {
    const l = labels[i];
    if (!codes) {
      labelKeys(labelBuffer, labelCode(l, i > unitStartOf[i] ? labels[i - 1] : OUTSIDE, i + 1 < unitEnd[i] ? labels[i + 1] : OUTSIDE, 0));
      push(labelBuffer[0]);
    }
    push(mix3(S + 1, l, f.shapeH[i]));
    if (!codes) for (let k = 1; k < 4; k++) push(labelBuffer[k]);
    const w = lowerIndex[i];
    if (firstIndex[w] < 0) return;
    // The other occurrences' types: one type (this token's) is counted once less, so they are occurrences - 1.
    if (occurrences[w] === 1) {
      if (!codes) push(ALONE_KEY);
      return;
    }
    const own = typeOf(l);
    for (let t = 0; t < 5; t++) others[t] = counts[w * 5 + t] - (own === t ? 1 : 0);
    let best = 0;
    for (let t = 1; t < 5; t++) if (others[t] > others[best]) best = t;
    push(BEST_KEYS[best]);
    push(mix3(S + 7, best, f.shapeH[i]));
    push(mix3(S + 8, best, f.docCap[i]));
    for (let t = 0; t < 4; t++) if (others[t] > 0) push(OTHER_KEYS[t]);
    if (firstIndex[w] < i) push(FIRST_KEYS[first[w]]);
    // Roles in other names (none when this token's is the word's only one).
    if (named[w] - (l !== O ? 1 : 0) === 0) return;
    for (let k = 0; k < 16; k++) if (roles[w * 16 + k] - (l === k + 1 ? 1 : 0) > 0) push(ROLE_KEYS[k]);
  };
}
