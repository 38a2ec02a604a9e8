/**
 * Non-local features for the second stage (Ratinov & Roth's "context aggregation" and "extended prediction
 * history"): what stage 1 said about the same word elsewhere in the document, and stage 1's labels of the
 * neighbours on both sides (greedy stage 1 could not see the right side's labels).
 */
import type { DocFeatures } from './features';
import { mix, mix3 } from './hash';
import { O, labelType } from './labels';
import { TEMPLATES } from './features';

const S = TEMPLATES.stage2;

/** Type index 0-3 of a label, 4 for O. */
function typeOf(l: number): number {
  return l === O ? 4 : labelType(l);
}

export function stage2Keys(f: DocFeatures, labels: Uint8Array, units: [number, number][]): (i: number, push: (key: number) => void) => void {
  const n = labels.length;
  const lowerIndex = f.lowerIndex, words = f.lowerCount;
  // Per lower-cased word (f.lowerIndex) with letters: counts of stage-1 types over its occurrences ([w · 5 + type]),
  // and the type at its first occurrence and where that is (-1: no occurrence with letters).
  const counts = new Int32Array(words * 5);
  const first = new Uint8Array(words);
  const firstIndex = new Int32Array(words).fill(-1);
  for (let i = 0; i < n; i++) {
    if (!f.words[i].hasLetter) continue;
    const w = lowerIndex[i];
    if (firstIndex[w] < 0) { first[w] = typeOf(labels[i]); firstIndex[w] = i; }
    counts[w * 5 + typeOf(labels[i])]++;
  }
  // Per lower-cased word: where it sits (U/B/I/L) in stage-1 names of each type ([w · 16 + label - 1]), e.g.
  // "clinton" as the last word of a PERSON name elsewhere.
  const roles = new Int32Array(words * 16);
  for (let i = 0; i < n; i++) {
    const l = labels[i];
    if (l !== O) roles[lowerIndex[i] * 16 + l - 1]++;
  }
  const unitOf = new Int32Array(n);
  const unitEnd = new Int32Array(n);
  const unitStartOf = new Int32Array(n);
  units.forEach(([s, e], u) => { for (let i = s; i < e; i++) { unitOf[i] = u; unitStartOf[i] = s; unitEnd[i] = e; } });
  const others = new Int32Array(5);
  return (i, push) => {
    const l = labels[i];
    push(mix(S, l));
    push(mix3(S + 1, l, f.shapeH[i]));
    push(mix(S + 2, i > unitStartOf[i] ? labels[i - 1] : 255));
    push(mix(S + 3, i + 1 < unitEnd[i] ? labels[i + 1] : 255));
    push(mix3(S + 4, l, i + 1 < unitEnd[i] ? labels[i + 1] : 255));
    const w = lowerIndex[i];
    if (firstIndex[w] < 0) return;
    let total = 0;
    for (let t = 0; t < 5; t++) { others[t] = counts[w * 5 + t] - (typeOf(l) === t ? 1 : 0); total += others[t]; }
    if (total === 0) { push(mix(S + 5, 0)); return; }
    let best = 0;
    for (let t = 1; t < 5; t++) if (others[t] > others[best]) best = t;
    push(mix(S + 6, best));
    push(mix3(S + 7, best, f.shapeH[i]));
    push(mix3(S + 8, best, f.docCap[i]));
    for (let t = 0; t < 4; t++) if (others[t] > 0) push(mix(S + 9, t));
    if (firstIndex[w] < i) push(mix(S + 10, first[w]));
    for (let k = 0; k < 16; k++) if (roles[w * 16 + k] - (l === k + 1 ? 1 : 0) > 0) push(mix(S + 11, k));
  };
}
