/**
 * Greedy left-to-right BILOU decoding (Ratinov & Roth found it as accurate as Viterbi for NER, and it lets the
 * features see the labels already chosen). Shared by training (with updates) and tagging.
 */
import {
  HISTORY_KEYS, ROLES, ROLE_CENTER, STATES, STATE_KEYS, STATE_ONLY_KEYS, STATE_ONLY_WORD, allKeys, historyKeys,
  stateDocCap, stateKeys, type DocFeatures, type WordInfo,
} from './features';
import type { KeyIndex } from './key-index';
import { ALLOWED, LABEL_COUNT, O, canEnd } from './labels';

export interface WeightTable {
  index: KeyIndex;
  /** rows × LABEL_COUNT. */
  weights: ArrayLike<number>;
  /**
   * Every weight is a whole number (a loaded, int16-quantised model): sums are then exact in any order, so the
   * tagger may add precomputed partial sums (decodeIntegral) and still pick exactly the labels decode would.
   */
  integral?: boolean;
}

/**
 * Rows of each token's static features (keys absent from the model dropped); offsets like DocFeatures. With
 * full, the word-role keys are included (training); without, the decoder adds cached per-word sums instead.
 */
export interface StaticRows {
  offsets: Int32Array;
  rows: Int32Array;
  full: boolean;
  /** Keys added from per-code sums instead (tagging with partial sums only). */
  coded: CodedKeys | null;
}

export type ExtraKeys = (i: number, push: (key: number) => void) => void;

/**
 * Extra keys that depend only on a small per-token code (stage 2's label keys): a decoder with partial sums adds
 * each code's summed weights, looked up once per model stage, instead of rows per token.
 */
export interface CodedKeys {
  /** Each token's code, below size. */
  codes: Uint16Array;
  size: number;
  /** Fills out with a code's keys (always the same function for one model stage). */
  keysOf: (out: Uint32Array, code: number) => void;
}

export function staticRows(f: DocFeatures, extra: ExtraKeys | null, index: KeyIndex, full: boolean, coded: CodedKeys | null = null): StaticRows {
  if (!full) return taggingRows(f, extra, index, coded);
  if (coded) throw new Error('coded keys are for tagging only');
  const n = f.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  let rows = new Int32Array(Math.max(16, f.keys.length * (full ? 3 : 1.5)));
  let count = 0;
  const push = (key: number) => {
    const r = index.get(key);
    if (r < 0) return;
    if (count === rows.length) { const bigger = new Int32Array(rows.length * 2); bigger.set(rows); rows = bigger; }
    rows[count++] = r;
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    if (full) allKeys(f, i, push);
    else for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) push(f.keys[k]);
    if (extra) extra(i, push);
  }
  offsets[n] = count;
  return { offsets, rows: rows.subarray(0, count), full, coded: null };
}

/** A token's extra keys, gathered before their rows are looked up (reused across tokens and calls). */
let extraKeys = new Uint32Array(64);
let extraCount = 0;
const pushExtra = (key: number): void => {
  if (extraCount === extraKeys.length) { const bigger = new Uint32Array(extraKeys.length * 2); bigger.set(extraKeys); extraKeys = bigger; }
  extraKeys[extraCount++] = key;
};

/**
 * staticRows without the word-role keys (tagging): the same rows in the same order, but the row array and its
 * count stay locals of this loop instead of being captured by a push callback called once per key.
 */
function taggingRows(f: DocFeatures, extra: ExtraKeys | null, index: KeyIndex, coded: CodedKeys | null): StaticRows {
  const n = f.offsets.length - 1;
  const keys = f.keys, keyOffsets = f.offsets;
  const offsets = new Int32Array(n + 1);
  let rows = new Int32Array(Math.max(16, keys.length * 1.5));
  let count = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    // Room for every key of this token (the model's own keys, then any extra ones), grown before the loops.
    extraCount = 0;
    if (extra) extra(i, pushExtra);
    const need = count + keyOffsets[i + 1] - keyOffsets[i] + extraCount;
    if (need > rows.length) { const bigger = new Int32Array(Math.max(need, rows.length * 2)); bigger.set(rows.subarray(0, count)); rows = bigger; }
    for (let k = keyOffsets[i], to = keyOffsets[i + 1]; k < to; k++) {
      const r = index.get(keys[k]);
      if (r >= 0) rows[count++] = r;
    }
    for (let k = 0; k < extraCount; k++) {
      const r = index.get(extraKeys[k]);
      if (r >= 0) rows[count++] = r;
    }
  }
  offsets[n] = count;
  return { offsets, rows: rows.subarray(0, count), full: false, coded };
}

/** Summed weights of a word's role keys for one model stage, cached on the word. */
function roleSums(word: WordInfo, slot: number, table: WeightTable): Float32Array {
  const cached = word.sums[slot];
  if (cached) return cached;
  const sums = new Float32Array(ROLES * LABEL_COUNT);
  const W = table.weights;
  for (let r = 0; r < ROLES; r++) {
    const keys = word.roles;
    for (let k = keys[r], to = keys[r + 1]; k < to; k++) {
      const row = table.index.get(keys[k]);
      if (row < 0) continue;
      const base = row * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) sums[r * LABEL_COUNT + l] += W[base + l];
    }
  }
  word.sums[slot] = sums;
  return sums;
}

/** Called in training when the prediction at a token is wrong. */
export type Updater = (rows: ArrayLike<number>, count: number, gold: number, predicted: number) => void;

let CONSTRAINED = false;
/** Hard BILOU constraints in greedy decoding (off: measured worse, docs/ner.md); for the training ablation. */
export function setConstrainedDecoding(on: boolean): void {
  CONSTRAINED = on;
}

const historyBuffer = new Uint32Array(HISTORY_KEYS);
let rowBuffer = new Int32Array(4096);
const scores = new Float64Array(LABEL_COUNT);

/**
 * Whether tagging with this table adds cached partial sums (decodeIntegral), which also supplies the state keys:
 * features for it may then be extracted without them.
 */
export function usesPartialSums(table: WeightTable): boolean {
  return !!table.integral && !CONSTRAINED;
}

/**
 * Labels every token of every unit into out. slot names the model stage for the per-word caches (tagging);
 * with gold + update, trains on the way (perceptron; rows must then be full).
 */
export function decode(
  f: DocFeatures, sr: StaticRows, units: [number, number][], table: WeightTable, out: Uint8Array, slot: number,
  gold?: Uint8Array, update?: Updater,
): void {
  if (usesPartialSums(table) && !update && !sr.full) { decodeIntegral(f, sr, units, table, out); return; }
  if (!f.withStateKeys || sr.coded) throw new Error('features without state keys and coded keys need integral tagging (usesPartialSums)');
  const W = table.weights;
  for (const [s, e] of units) {
    let prev1 = O, prev2 = O;
    for (let i = s; i < e; i++) {
      // Rows of this token's features: static (copied only when training needs them for the update), then history.
      const from = sr.offsets[i], to = sr.offsets[i + 1];
      if (to - from + HISTORY_KEYS > rowBuffer.length) rowBuffer = new Int32Array((to - from + HISTORY_KEYS) * 2);
      let count = 0;
      if (update) for (let k = from; k < to; k++) rowBuffer[count++] = sr.rows[k];
      historyKeys(historyBuffer, prev1, prev2, f.lowerH[i], f.shapeH[i], f.docCap[i]);
      for (let h = 0; h < HISTORY_KEYS; h++) {
        const r = table.index.get(historyBuffer[h]);
        if (r >= 0) rowBuffer[count++] = r;
      }
      scores.fill(0);
      if (!sr.full) {
        for (let r = 0; r < ROLES; r++) {
          const sums = roleSums(f.context[i * ROLES + r], slot, table);
          const base = r * LABEL_COUNT;
          for (let l = 0; l < LABEL_COUNT; l++) scores[l] += sums[base + l];
        }
      }
      if (!update) {
        const rows = sr.rows;
        for (let k = from; k < to; k++) {
          const base = rows[k] * LABEL_COUNT;
          for (let l = 0; l < LABEL_COUNT; l++) scores[l] += W[base + l];
        }
      }
      for (let k = 0; k < count; k++) {
        const base = rowBuffer[k] * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) scores[l] += W[base + l];
      }
      let best = -1, bestScore = -Infinity;
      if (CONSTRAINED) {
        const last = i === e - 1;
        const allowedBase = prev1 * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) {
          if (!ALLOWED[allowedBase + l] || (last && !canEnd(l))) continue;
          if (scores[l] > bestScore) { bestScore = scores[l]; best = l; }
        }
      } else {
        // Unconstrained: a wrong B cannot force a long run of I's; labelsToSpans repairs ill-formed sequences.
        for (let l = 0; l < LABEL_COUNT; l++) if (scores[l] > bestScore) { bestScore = scores[l]; best = l; }
      }
      if (gold && update && best !== gold[i]) update(rowBuffer, count, gold[i], best);
      out[i] = best;
      prev2 = prev1;
      prev1 = best;
    }
  }
}

/**
 * The history features' weights, looked up once per model stage instead of hashed per token: (prev1, prev2) and
 * (prev1, docCap) as summed score vectors; (prev1, word) and (prev1, shape) rows live on the word.
 */
interface HistoryCache {
  /**
   * [((prev1 · LABEL_COUNT + prev2) · DOC_CAPS + docCap) · LABEL_COUNT + l]: weights of prev1, prev1+prev2 and
   * prev1+docCap, summed, less those after (O, O) (afterOO, in the centre blocks): zero after (O, O), the most
   * common history, which then adds nothing.
   */
  history: Int32Array;
  /** [docCap · LABEL_COUNT + l]: the history weights after (O, O). */
  afterOO: Int32Array;
  /** The word numbering (DocFeatures.generation) the per-word arrays below are filled for. */
  generation: number;
  /**
   * [id · SUMS + block · LABEL_COUNT + l]: summed role weights of word id. Blocks 1-4 (r = ROLE_LEFT1 ...) are the
   * neighbour roles', valid where filled[id]. Blocks 0 and ROLES are two centre slots: the centre role keys' weights
   * plus the state keys' at state centerState[2 · id + slot] - 1 (0: empty), and what history after O adds: the
   * (O, word) and (O, shape) rows and afterOO at the state's docCap. Two slots, because a word often shows up in two
   * states in one document (mid-sentence and first in a sentence).
   */
  sums: Int32Array;
  filled: Uint8Array;
  centerState: Uint8Array;
  /**
   * [id · LABEL_COUNT + l]: the part of a centre slot that is the same in every state (the centre role keys and the
   * (O, word) and (O, shape) rows), valid where centerBaseFilled[id]. A word changes state often across documents
   * (docCap is a per-document fact): a refill then adds only the four word-dependent state keys to this and to
   * stateSums, instead of some thirty lookups.
   */
  centerBase: Int32Array;
  centerBaseFilled: Uint8Array;
  /** [state · LABEL_COUNT + l]: the state keys that depend on the state alone (STATE_ONLY_KEYS) plus afterOO at its docCap. */
  stateSums: Int32Array;
  /** [id · LABEL_COUNT + prev1]: row of (prev1, word id), -2 until looked up. */
  wordRows: Int32Array;
  /** [id · LABEL_COUNT + prev1]: row of (prev1, shape of word id), -2 until looked up. */
  shapeRows: Int32Array;
  /** [code · LABEL_COUNT + l]: summed weights of the keys of each code of codedBy (where codeFilled). */
  codeSums: Int32Array;
  codeFilled: Uint8Array;
  codedBy: CodedKeys['keysOf'] | null;
}
const SUMS = (ROLES + 1) * LABEL_COUNT;
const CENTER_SLOTS = [ROLE_CENTER, ROLES];
const DOC_CAPS = 5;
const historyCaches = new WeakMap<WeightTable, HistoryCache>();

function addRow(into: Int32Array, at: number, W: ArrayLike<number>, row: number): void {
  if (row < 0) return;
  const base = row * LABEL_COUNT;
  for (let l = 0; l < LABEL_COUNT; l++) into[at + l] += W[base + l];
}

function historyCache(table: WeightTable): HistoryCache {
  let cache = historyCaches.get(table);
  if (cache) return cache;
  const W = table.weights;
  const pairs = new Int32Array(LABEL_COUNT * LABEL_COUNT * LABEL_COUNT);
  const docCaps = new Int32Array(LABEL_COUNT * DOC_CAPS * LABEL_COUNT);
  for (let p1 = 0; p1 < LABEL_COUNT; p1++) {
    for (let p2 = 0; p2 < LABEL_COUNT; p2++) {
      historyKeys(historyBuffer, p1, p2, 0, 0, 0);
      const at = (p1 * LABEL_COUNT + p2) * LABEL_COUNT;
      addRow(pairs, at, W, table.index.get(historyBuffer[0]));
      addRow(pairs, at, W, table.index.get(historyBuffer[1]));
    }
    for (let d = 0; d < DOC_CAPS; d++) {
      historyKeys(historyBuffer, p1, 0, 0, 0, d);
      addRow(docCaps, (p1 * DOC_CAPS + d) * LABEL_COUNT, W, table.index.get(historyBuffer[4]));
    }
  }
  const history = new Int32Array(LABEL_COUNT * LABEL_COUNT * DOC_CAPS * LABEL_COUNT);
  for (let p1 = 0; p1 < LABEL_COUNT; p1++) {
    for (let p2 = 0; p2 < LABEL_COUNT; p2++) {
      for (let d = 0; d < DOC_CAPS; d++) {
        const at = ((p1 * LABEL_COUNT + p2) * DOC_CAPS + d) * LABEL_COUNT;
        const pairAt = (p1 * LABEL_COUNT + p2) * LABEL_COUNT, capAt = (p1 * DOC_CAPS + d) * LABEL_COUNT;
        for (let l = 0; l < LABEL_COUNT; l++) history[at + l] = pairs[pairAt + l] + docCaps[capAt + l];
      }
    }
  }
  const afterOO = history.slice(0, DOC_CAPS * LABEL_COUNT);
  for (let at = 0; at < history.length; at += DOC_CAPS * LABEL_COUNT) {
    for (let k = 0; k < DOC_CAPS * LABEL_COUNT; k++) history[at + k] -= afterOO[k];
  }
  cache = {
    history, afterOO, generation: -1, sums: new Int32Array(0), filled: new Uint8Array(0), centerState: new Uint8Array(0),
    centerBase: new Int32Array(0), centerBaseFilled: new Uint8Array(0), stateSums: stateOnlySums(table, afterOO),
    wordRows: new Int32Array(0), shapeRows: new Int32Array(0),
    codeSums: new Int32Array(0), codeFilled: new Uint8Array(0), codedBy: null,
  };
  historyCaches.set(table, cache);
  return cache;
}

/** Makes the cache's per-word arrays valid for f's word numbering and large enough for its ids. */
function fitWords(cache: HistoryCache, f: DocFeatures): void {
  if (cache.generation !== f.generation) {
    cache.generation = f.generation;
    cache.filled.fill(0);
    cache.centerState.fill(0);
    cache.centerBaseFilled.fill(0);
    cache.wordRows.fill(-2);
    cache.shapeRows.fill(-2);
  }
  const have = cache.filled.length;
  if (f.wordCount <= have) return;
  const size = Math.max(f.wordCount, have * 2, 1024);
  const sums = new Int32Array(size * SUMS);
  sums.set(cache.sums);
  const filled = new Uint8Array(size);
  filled.set(cache.filled);
  const centerState = new Uint8Array(size * CENTER_SLOTS.length);
  centerState.set(cache.centerState);
  const centerBase = new Int32Array(size * LABEL_COUNT);
  centerBase.set(cache.centerBase);
  const centerBaseFilled = new Uint8Array(size);
  centerBaseFilled.set(cache.centerBaseFilled);
  const wordRows = new Int32Array(size * LABEL_COUNT).fill(-2);
  wordRows.set(cache.wordRows);
  const shapeRows = new Int32Array(size * LABEL_COUNT).fill(-2);
  shapeRows.set(cache.shapeRows);
  cache.sums = sums;
  cache.filled = filled;
  cache.centerState = centerState;
  cache.centerBase = centerBase;
  cache.centerBaseFilled = centerBaseFilled;
  cache.wordRows = wordRows;
  cache.shapeRows = shapeRows;
}

function addKey(sums: Int32Array, into: number, table: WeightTable, key: number): void {
  const row = table.index.get(key);
  if (row < 0) return;
  const W = table.weights;
  const base = row * LABEL_COUNT;
  for (let l = 0; l < LABEL_COUNT; l++) sums[into + l] += W[base + l];
}

/** Sums role r's keys of the word into block (from zero: a recycled id may hold an older word's sums). */
function fillRole(cache: HistoryCache, word: WordInfo, r: number, block: number, table: WeightTable): void {
  const into = word.id * SUMS + block * LABEL_COUNT;
  cache.sums.fill(0, into, into + LABEL_COUNT);
  const keys = word.roles;
  for (let k = keys[r], to = keys[r + 1]; k < to; k++) addKey(cache.sums, into, table, keys[k]);
}

/** The word's neighbour role blocks. */
function fillNeighbourRoles(cache: HistoryCache, word: WordInfo, table: WeightTable): void {
  for (let r = 0; r < ROLES; r++) if (r !== ROLE_CENTER) fillRole(cache, word, r, r, table);
  cache.filled[word.id] = 1;
}

/**
 * Fills a centre slot of the word for state (the empty one, else the second: the first state seen keeps its slot)
 * and returns the offset of its block in sums: the word's centre base, the state's own sums and the state keys that
 * depend on the word.
 */
function fillCenter(cache: HistoryCache, word: WordInfo, state: number, table: WeightTable): number {
  const slot = cache.centerState[2 * word.id] === 0 ? 0 : 1;
  const into = word.id * SUMS + CENTER_SLOTS[slot] * LABEL_COUNT;
  const base = centerBaseOf(cache, word, table), stateAt = state * LABEL_COUNT;
  const sums = cache.sums, centerBase = cache.centerBase, stateSums = cache.stateSums;
  for (let l = 0; l < LABEL_COUNT; l++) sums[into + l] = centerBase[base + l] + stateSums[stateAt + l];
  stateKeys(stateBuffer, word, state);
  for (const k of WORD_STATE_KEYS) addKey(sums, into, table, stateBuffer[k]);
  cache.centerState[2 * word.id + slot] = state + 1;
  return into;
}

/** The offset in centerBase of the word's centre base, filled on first use. */
function centerBaseOf(cache: HistoryCache, word: WordInfo, table: WeightTable): number {
  const into = word.id * LABEL_COUNT;
  if (cache.centerBaseFilled[word.id]) return into;
  const centerBase = cache.centerBase;
  centerBase.fill(0, into, into + LABEL_COUNT);
  const keys = word.roles;
  for (let k = keys[ROLE_CENTER], to = keys[ROLE_CENTER + 1]; k < to; k++) addKey(centerBase, into, table, keys[k]);
  lookUpHistoryRows(cache, word, O, table.index);
  addRow(centerBase, into, table.weights, cache.wordRows[word.id * LABEL_COUNT + O]);
  addRow(centerBase, into, table.weights, cache.shapeRows[word.id * LABEL_COUNT + O]);
  cache.centerBaseFilled[word.id] = 1;
  return into;
}

/** The state keys that depend on the word too (the others are in stateSums). */
const WORD_STATE_KEYS = Array.from({ length: STATE_KEYS }, (_, k) => k).filter((k) => !STATE_ONLY_KEYS.includes(k));

/** HistoryCache.stateSums of a table. */
function stateOnlySums(table: WeightTable, afterOO: Int32Array): Int32Array {
  const sums = new Int32Array(STATES * LABEL_COUNT);
  const buffer = new Uint32Array(STATE_KEYS);
  for (let state = 0; state < STATES; state++) {
    stateKeys(buffer, STATE_ONLY_WORD, state);
    for (const k of STATE_ONLY_KEYS) addKey(sums, state * LABEL_COUNT, table, buffer[k]);
    const afterAt = stateDocCap(state) * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) sums[state * LABEL_COUNT + l] += afterOO[afterAt + l];
  }
  return sums;
}

/** Looks up the word's (prev1, word) and (prev1, shape) rows (wordRows, shapeRows) unless already known. */
function lookUpHistoryRows(cache: HistoryCache, word: WordInfo, prev1: number, index: KeyIndex): void {
  const at = word.id * LABEL_COUNT + prev1;
  if (cache.wordRows[at] !== -2) return;
  historyKeys(historyBuffer, prev1, O, word.lowerH, word.shapeH, 0);
  cache.wordRows[at] = index.get(historyBuffer[2]);
  cache.shapeRows[at] = index.get(historyBuffer[3]);
}

const stateBuffer = new Uint32Array(STATE_KEYS);

/** The cache's per-code sums for coded's codes (those of another code set are dropped). */
function codeSums(cache: HistoryCache, coded: CodedKeys): Int32Array {
  if (cache.codedBy !== coded.keysOf || cache.codeFilled.length !== coded.size) {
    cache.codedBy = coded.keysOf;
    cache.codeSums = new Int32Array(coded.size * LABEL_COUNT);
    cache.codeFilled = new Uint8Array(coded.size);
  }
  return cache.codeSums;
}

const codeBuffer = new Uint32Array(16);

/** Sums the keys of code into the cache (a code has at most codeBuffer.length keys, unused ones 0). */
function fillCode(cache: HistoryCache, coded: CodedKeys, code: number, table: WeightTable): void {
  codeBuffer.fill(0);
  coded.keysOf(codeBuffer, code);
  for (let k = 0; k < codeBuffer.length; k++) if (codeBuffer[k] !== 0) addKey(cache.codeSums, code * LABEL_COUNT, table, codeBuffer[k]);
  cache.codeFilled[code] = 1;
}

/**
 * decode for tagging with integral weights: the same labels, from cached partial sums. The 17 label scores live in
 * local variables (unrolled by hand: a typed-array score row costs a load and a store per label per added row, and
 * this loop is most of the tagger's time). Every addend is a whole number, so the changed order of the additions
 * gives exactly the sums decode computes; the cached sums are Int32Arrays (int16 weights, a few dozen per sum) so
 * the scores stay small integers that V8 adds without converting each load to a double.
 */
function decodeIntegral(f: DocFeatures, sr: StaticRows, units: [number, number][], table: WeightTable, out: Uint8Array): void {
  const W = table.weights;
  const index = table.index;
  const cache = historyCache(table);
  const history = cache.history;
  const rows = sr.rows, offsets = sr.offsets;
  fitWords(cache, f);
  const sums = cache.sums, filled = cache.filled, centerState = cache.centerState, ids = f.contextIds;
  const wordRows = cache.wordRows, shapeRows = cache.shapeRows;
  const docCap = f.docCap, state = f.state, words = f.words, context = f.context;
  const codes = sr.coded ? sr.coded.codes : null;
  const coded = sr.coded ? codeSums(cache, sr.coded) : null;
  if (sr.coded) {
    for (const [s, e] of units) for (let i = s; i < e; i++) if (!cache.codeFilled[codes![i]]) fillCode(cache, sr.coded, codes![i], table);
  }
  for (const [s, e] of units) {
    let prev1 = O, prev2 = O;
    for (let i = s; i < e; i++) {
      // The centre block: the word's role and state keys with the history after (O, O) and the word's history rows
      // after O (decoding's most common case).
      const word = words[i];
      const wanted = state[i] + 1;
      let at = centerState[2 * word.id] === wanted ? word.id * SUMS
        : centerState[2 * word.id + 1] === wanted ? word.id * SUMS + ROLES * LABEL_COUNT
          : fillCenter(cache, word, state[i], table);
      let s0 = sums[at];
      let s1 = sums[at + 1];
      let s2 = sums[at + 2];
      let s3 = sums[at + 3];
      let s4 = sums[at + 4];
      let s5 = sums[at + 5];
      let s6 = sums[at + 6];
      let s7 = sums[at + 7];
      let s8 = sums[at + 8];
      let s9 = sums[at + 9];
      let s10 = sums[at + 10];
      let s11 = sums[at + 11];
      let s12 = sums[at + 12];
      let s13 = sums[at + 13];
      let s14 = sums[at + 14];
      let s15 = sums[at + 15];
      let s16 = sums[at + 16];
      // The four neighbours' role blocks.
      for (let r = 0; r < ROLES; r++) {
        if (r === ROLE_CENTER) continue;
        const id = ids[i * ROLES + r];
        if (!filled[id]) fillNeighbourRoles(cache, context[i * ROLES + r], table);
        at = id * SUMS + r * LABEL_COUNT;
        s0 += sums[at];
        s1 += sums[at + 1];
        s2 += sums[at + 2];
        s3 += sums[at + 3];
        s4 += sums[at + 4];
        s5 += sums[at + 5];
        s6 += sums[at + 6];
        s7 += sums[at + 7];
        s8 += sums[at + 8];
        s9 += sums[at + 9];
        s10 += sums[at + 10];
        s11 += sums[at + 11];
        s12 += sums[at + 12];
        s13 += sums[at + 13];
        s14 += sums[at + 14];
        s15 += sums[at + 15];
        s16 += sums[at + 16];
      }
      // History other than (O, O): its difference from (O, O)'s (prev1 and prev2, prev1 and docCap).
      if (prev1 !== O || prev2 !== O) {
        at = ((prev1 * LABEL_COUNT + prev2) * DOC_CAPS + docCap[i]) * LABEL_COUNT;
        s0 += history[at];
        s1 += history[at + 1];
        s2 += history[at + 2];
        s3 += history[at + 3];
        s4 += history[at + 4];
        s5 += history[at + 5];
        s6 += history[at + 6];
        s7 += history[at + 7];
        s8 += history[at + 8];
        s9 += history[at + 9];
        s10 += history[at + 10];
        s11 += history[at + 11];
        s12 += history[at + 12];
        s13 += history[at + 13];
        s14 += history[at + 14];
        s15 += history[at + 15];
        s16 += history[at + 16];
      }
      if (coded) {
        at = codes![i] * LABEL_COUNT;
        s0 += coded[at + 0];
        s1 += coded[at + 1];
        s2 += coded[at + 2];
        s3 += coded[at + 3];
        s4 += coded[at + 4];
        s5 += coded[at + 5];
        s6 += coded[at + 6];
        s7 += coded[at + 7];
        s8 += coded[at + 8];
        s9 += coded[at + 9];
        s10 += coded[at + 10];
        s11 += coded[at + 11];
        s12 += coded[at + 12];
        s13 += coded[at + 13];
        s14 += coded[at + 14];
        s15 += coded[at + 15];
        s16 += coded[at + 16];
      }
      // Weight rows: the token's static features; after a label other than O, the word and shape history rows of
      // that label instead of O's (taken back out of the centre block: exact, as every weight is a whole number).
      const from = offsets[i], to = offsets[i + 1];
      let historyRows = 0;
      if (prev1 !== O) {
        lookUpHistoryRows(cache, word, prev1, index);
        historyRows = 4;
      }
      for (let k = from, end = to + historyRows; k < end; k++) {
        const j = k - to;
        const row = j < 0 ? rows[k] : (j & 1 ? shapeRows : wordRows)[word.id * LABEL_COUNT + (j < 2 ? prev1 : O)];
        if (row < 0) continue;
        at = row * LABEL_COUNT;
        if (j >= 2) {
          s0 -= W[at];
          s1 -= W[at + 1];
          s2 -= W[at + 2];
          s3 -= W[at + 3];
          s4 -= W[at + 4];
          s5 -= W[at + 5];
          s6 -= W[at + 6];
          s7 -= W[at + 7];
          s8 -= W[at + 8];
          s9 -= W[at + 9];
          s10 -= W[at + 10];
          s11 -= W[at + 11];
          s12 -= W[at + 12];
          s13 -= W[at + 13];
          s14 -= W[at + 14];
          s15 -= W[at + 15];
          s16 -= W[at + 16];
          continue;
        }
        s0 += W[at];
        s1 += W[at + 1];
        s2 += W[at + 2];
        s3 += W[at + 3];
        s4 += W[at + 4];
        s5 += W[at + 5];
        s6 += W[at + 6];
        s7 += W[at + 7];
        s8 += W[at + 8];
        s9 += W[at + 9];
        s10 += W[at + 10];
        s11 += W[at + 11];
        s12 += W[at + 12];
        s13 += W[at + 13];
        s14 += W[at + 14];
        s15 += W[at + 15];
        s16 += W[at + 16];
      }
      // The first best label, as decode's strict > scan picks it.
      let best = 0, bestScore = s0;
      if (s1 > bestScore) { bestScore = s1; best = 1; }
      if (s2 > bestScore) { bestScore = s2; best = 2; }
      if (s3 > bestScore) { bestScore = s3; best = 3; }
      if (s4 > bestScore) { bestScore = s4; best = 4; }
      if (s5 > bestScore) { bestScore = s5; best = 5; }
      if (s6 > bestScore) { bestScore = s6; best = 6; }
      if (s7 > bestScore) { bestScore = s7; best = 7; }
      if (s8 > bestScore) { bestScore = s8; best = 8; }
      if (s9 > bestScore) { bestScore = s9; best = 9; }
      if (s10 > bestScore) { bestScore = s10; best = 10; }
      if (s11 > bestScore) { bestScore = s11; best = 11; }
      if (s12 > bestScore) { bestScore = s12; best = 12; }
      if (s13 > bestScore) { bestScore = s13; best = 13; }
      if (s14 > bestScore) { bestScore = s14; best = 14; }
      if (s15 > bestScore) { bestScore = s15; best = 15; }
      if (s16 > bestScore) { bestScore = s16; best = 16; }
      out[i] = best;
      prev2 = prev1;
      prev1 = best;
    }
  }
}
