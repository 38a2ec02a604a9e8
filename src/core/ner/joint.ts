/**
 * Tagging with all of a model's stages through one joint table: every feature key of any stage has one row, and
 * the row holds the weights of every stage side by side ([row · stride + stage · LABEL_COUNT + l]). On documents
 * it has never seen, the tagger is waiting on memory: each new word costs some forty key lookups per stage, each
 * token its bigram and shape keys. With the joint table a key is looked up once for all stages, its weights for
 * all stages come in one or two cache lines, and the per-word sums of every stage are filled together the first
 * time stage 1 meets the word, so stage 2 only reads them.
 *
 * Exactly decode's labels: every weight is a whole number (the int16 model file), so sums are exact in any order;
 * a key a stage lacks adds that stage a row of zeros. The model file and the feature definitions are untouched:
 * the joint table is built from the stages' own tables on first use.
 */
import { KeyIndex } from './key-index';
import type { CodedKeys, ExtraKeys, StaticRows, WeightTable } from './decode';
import {
  HISTORY_KEYS, ROLES, ROLE_CENTER, STATES, STATE_KEYS, STATE_ONLY_KEYS, STATE_ONLY_WORD, historyKeys, stateDocCap,
  stateKeys, type DocFeatures, type WordInfo,
} from './features';
import { LABEL_COUNT, O } from './labels';

export interface JointTable {
  stageCount: number;
  /** Every key of any stage → its joint row. */
  index: KeyIndex;
  /** stageCount · LABEL_COUNT: the weights of one row. */
  stride: number;
  /** [row · stride + stage · LABEL_COUNT + l]; zeros where a stage has no such key. */
  weights: Int16Array;
}

/** Whether these stages can be tagged jointly: whole-number int16 weights (a loaded model) and no hard constraints. */
export function canTagJointly(stages: readonly WeightTable[]): boolean {
  return stages.length > 0 && stages.every((t) => t.integral === true && !t.constrained && t.weights instanceof Int16Array);
}

const joints = new WeakMap<readonly WeightTable[], JointTable>();

/** The joint table of a model's stages, built once (some 10 ms) and kept as long as the stages are. */
export function jointTable(stages: readonly WeightTable[]): JointTable {
  let joint = joints.get(stages);
  if (joint) return joint;
  if (!canTagJointly(stages)) throw new Error('joint tagging needs int16 whole-number weights without constraints');
  const stageCount = stages.length, stride = stageCount * LABEL_COUNT;
  const index = new KeyIndex(stages.reduce((n, t) => Math.max(n, t.index.size), 0));
  const jointRows = stages.map((t) => {
    const keys = t.index.keysByRow();
    const rows = new Int32Array(keys.length);
    for (let r = 0; r < keys.length; r++) rows[r] = index.add(keys[r]);
    return rows;
  });
  const weights = new Int16Array(index.size * stride);
  stages.forEach((t, s) => {
    const W = t.weights, rows = jointRows[s];
    for (let r = 0; r < rows.length; r++) {
      const from = r * LABEL_COUNT, to = rows[r] * stride + s * LABEL_COUNT;
      for (let l = 0; l < LABEL_COUNT; l++) weights[to + l] = W[from + l];
    }
  });
  joint = { stageCount, index, stride, weights };
  joints.set(stages, joint);
  return joint;
}

/**
 * Joint rows of the document's own keys (DocFeatures.keys: the same for every stage, so looked up once per
 * document), absent keys dropped; offsets per token like DocFeatures.offsets.
 */
export interface DocRows {
  offsets: Int32Array;
  rows: Int32Array;
}

export function jointDocRows(f: DocFeatures, joint: JointTable): DocRows {
  const n = f.offsets.length - 1;
  const keys = f.keys, keyOffsets = f.offsets, index = joint.index;
  const offsets = new Int32Array(n + 1);
  const rows = new Int32Array(keys.length);
  let count = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    for (let k = keyOffsets[i], to = keyOffsets[i + 1]; k < to; k++) {
      const r = index.get(keys[k]);
      if (r >= 0) rows[count++] = r;
    }
  }
  offsets[n] = count;
  return { offsets, rows: trimmed(rows, count) };
}

/**
 * The first count rows, copied when that frees much: row arrays are sized for every key and live while the
 * document is tagged, but a quarter of the keys or more are absent from the model.
 */
function trimmed(rows: Int32Array, count: number): Int32Array {
  return count * 8 < rows.length * 7 ? rows.slice(0, count) : rows.subarray(0, count);
}

/** A token's extra keys, gathered before their rows are looked up (reused across tokens and calls). */
let extraKeys = new Uint32Array(64);
let extraCount = 0;
const pushExtra = (key: number): void => {
  if (extraCount === extraKeys.length) { const bigger = new Uint32Array(extraKeys.length * 2); bigger.set(extraKeys); extraKeys = bigger; }
  extraKeys[extraCount++] = key;
};

/** One stage's static rows: the document's rows of each token, then the rows of the stage's extra keys. */
export function jointStaticRows(doc: DocRows, extra: ExtraKeys | null, joint: JointTable, coded: CodedKeys | null): StaticRows {
  const n = doc.offsets.length - 1;
  if (!extra) return { offsets: doc.offsets, rows: doc.rows, full: false, coded };
  const index = joint.index, docOffsets = doc.offsets, docRows = doc.rows;
  const offsets = new Int32Array(n + 1);
  // The document's rows and the extra keys' (three stacking keys a token, stage 2's a few more): grown if short.
  let rows = new Int32Array(Math.max(16, docRows.length + 4 * n));
  let count = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    extraCount = 0;
    extra(i, pushExtra);
    const need = count + docOffsets[i + 1] - docOffsets[i] + extraCount;
    if (need > rows.length) { const bigger = new Int32Array(Math.max(need, rows.length * 2)); bigger.set(rows.subarray(0, count)); rows = bigger; }
    for (let k = docOffsets[i], to = docOffsets[i + 1]; k < to; k++) rows[count++] = docRows[k];
    for (let k = 0; k < extraCount; k++) {
      const r = index.get(extraKeys[k]);
      if (r >= 0) rows[count++] = r;
    }
  }
  offsets[n] = count;
  return { offsets, rows: trimmed(rows, count), full: false, coded };
}

/** What one stage alone needs besides the shared per-word sums. */
interface StageSums {
  /**
   * [((prev1 · LABEL_COUNT + prev2) · DOC_CAPS + docCap) · LABEL_COUNT + l]: weights of prev1, prev1+prev2 and
   * prev1+docCap, summed, less those after (O, O) (afterOO, in the centre blocks): zero after (O, O), the most
   * common history, which then adds nothing.
   */
  history: Int32Array;
  /** [docCap · LABEL_COUNT + l]: the history weights after (O, O). */
  afterOO: Int32Array;
  /** [code · LABEL_COUNT + l]: summed weights of the keys of each code of codedBy (where codeFilled). */
  codeSums: Int32Array;
  codeFilled: Uint8Array;
  codedBy: CodedKeys['keysOf'] | null;
}

/**
 * The history features' weights, looked up once per model instead of hashed per token, and every word's summed
 * feature weights, for all stages at once (a stage's part of a block is at + stage · LABEL_COUNT).
 */
interface JointCache {
  stages: StageSums[];
  /** [state · stride + ...]: the state keys that depend on the state alone (STATE_ONLY_KEYS) plus afterOO at its docCap. */
  stateSums: Int32Array;
  /** The word numbering (DocFeatures.generation) the per-word arrays below are filled for. */
  generation: number;
  /** How many of its words (ids below this) the per-word arrays may hold sums of: what a growth copies. */
  words: number;
  /**
   * [id · record + block · stride + ...]: summed role weights of word id. Blocks 1-4 (r = ROLE_LEFT1 ...) are the
   * neighbour roles', valid where filled[id]. Blocks 0 and ROLES are two centre slots: the centre role keys' weights
   * plus the state keys' at state centerState[2 · id + slot] - 1 (0: empty), and what history after O adds: the
   * (O, word) and (O, shape) rows and afterOO at the state's docCap. Two slots, because a word often shows up in two
   * states in one document (mid-sentence and first in a sentence).
   */
  sums: Int32Array;
  filled: Uint8Array;
  centerState: Uint8Array;
  /**
   * [id · stride + ...]: the part of a centre slot that is the same in every state (the centre role keys and the
   * (O, word) and (O, shape) rows), valid where centerBaseFilled[id]. A word changes state often across documents
   * (docCap is a per-document fact): a refill then adds only the four word-dependent state keys to this and to
   * stateSums, instead of some thirty lookups.
   */
  centerBase: Int32Array;
  centerBaseFilled: Uint8Array;
  /** [id · LABEL_COUNT + prev1]: joint row of (prev1, word id) + 2; 1: no such key; 0: not looked up yet. */
  wordRows: Int32Array;
  /** [id · LABEL_COUNT + prev1]: joint row of (prev1, shape of word id), coded like wordRows. */
  shapeRows: Int32Array;
}
const CENTER_SLOTS = [ROLE_CENTER, ROLES];
const DOC_CAPS = 5;
const caches = new WeakMap<JointTable, JointCache>();
const historyBuffer = new Uint32Array(HISTORY_KEYS);
const stateBuffer = new Uint32Array(STATE_KEYS);

/** Adds a joint row's weights of every stage (stride of them) at into[at ...]. */
function addRow(into: Int32Array, at: number, joint: JointTable, row: number): void {
  if (row < 0) return;
  const W = joint.weights, stride = joint.stride, base = row * stride;
  for (let j = 0; j < stride; j++) into[at + j] += W[base + j];
}

/** Adds one stage's weights of a joint row at into[at ...]. */
function addStageRow(into: Int32Array, at: number, joint: JointTable, row: number, stage: number): void {
  if (row < 0) return;
  const W = joint.weights, base = row * joint.stride + stage * LABEL_COUNT;
  for (let l = 0; l < LABEL_COUNT; l++) into[at + l] += W[base + l];
}

function stageSums(joint: JointTable, stage: number): StageSums {
  const index = joint.index;
  const pairs = new Int32Array(LABEL_COUNT * LABEL_COUNT * LABEL_COUNT);
  const docCaps = new Int32Array(LABEL_COUNT * DOC_CAPS * LABEL_COUNT);
  for (let p1 = 0; p1 < LABEL_COUNT; p1++) {
    for (let p2 = 0; p2 < LABEL_COUNT; p2++) {
      historyKeys(historyBuffer, p1, p2, 0, 0, 0);
      const at = (p1 * LABEL_COUNT + p2) * LABEL_COUNT;
      addStageRow(pairs, at, joint, index.get(historyBuffer[0]), stage);
      addStageRow(pairs, at, joint, index.get(historyBuffer[1]), stage);
    }
    for (let d = 0; d < DOC_CAPS; d++) {
      historyKeys(historyBuffer, p1, 0, 0, 0, d);
      addStageRow(docCaps, (p1 * DOC_CAPS + d) * LABEL_COUNT, joint, index.get(historyBuffer[4]), stage);
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
  return { history, afterOO, codeSums: new Int32Array(0), codeFilled: new Uint8Array(0), codedBy: null };
}

/** JointCache.stateSums. */
function stateOnlySums(joint: JointTable, stages: StageSums[]): Int32Array {
  const stride = joint.stride;
  const sums = new Int32Array(STATES * stride);
  const buffer = new Uint32Array(STATE_KEYS);
  for (let state = 0; state < STATES; state++) {
    stateKeys(buffer, STATE_ONLY_WORD, state);
    for (const k of STATE_ONLY_KEYS) addRow(sums, state * stride, joint, joint.index.get(buffer[k]));
    const afterAt = stateDocCap(state) * LABEL_COUNT;
    stages.forEach((s, stage) => {
      for (let l = 0; l < LABEL_COUNT; l++) sums[state * stride + stage * LABEL_COUNT + l] += s.afterOO[afterAt + l];
    });
  }
  return sums;
}

function jointCache(joint: JointTable): JointCache {
  let cache = caches.get(joint);
  if (cache) return cache;
  const stages = Array.from({ length: joint.stageCount }, (_, s) => stageSums(joint, s));
  cache = {
    stages, stateSums: stateOnlySums(joint, stages), generation: -1, words: 0, sums: new Int32Array(0), filled: new Uint8Array(0),
    centerState: new Uint8Array(0), centerBase: new Int32Array(0), centerBaseFilled: new Uint8Array(0),
    wordRows: new Int32Array(0), shapeRows: new Int32Array(0),
  };
  caches.set(joint, cache);
  return cache;
}

/** Word slots the per-word arrays have at least (a handful of short documents fit without growing). */
export const MIN_WORD_SLOTS = 1024;

/**
 * The word slots for wordCount words of a generation that already has `have`: a fresh generation gets room for its
 * words and half as many again (the words later documents add to it), a growing one the larger of that and twice
 * what it has, so a corpus of new documents grows it a few times only while a long document does not leave slots
 * (some 1.6 KB each) unused.
 */
export function wordSlots(wordCount: number, have: number): number {
  return Math.max(wordCount + (wordCount >> 1), have * 2, MIN_WORD_SLOTS);
}

/** How many word slots the joint cache of this table has now (0 before its first document). */
export function jointWordSlots(joint: JointTable): number {
  return caches.get(joint)?.filled.length ?? 0;
}

/**
 * Makes the cache's per-word arrays valid for f's word numbering and large enough for its ids. A new numbering
 * (the extractor cleared its words) starts from fresh arrays sized to its words: the old ones, sized for an older
 * and maybe much larger generation, are let go rather than cleared and kept.
 */
function fitWords(cache: JointCache, f: DocFeatures, joint: JointTable): void {
  if (cache.generation !== f.generation) {
    cache.generation = f.generation;
    const size = wordSlots(f.wordCount, 0);
    if (size >= cache.filled.length) {
      cache.filled.fill(0, 0, cache.words);
      cache.centerState.fill(0, 0, cache.words * CENTER_SLOTS.length);
      cache.centerBaseFilled.fill(0, 0, cache.words);
      cache.wordRows.fill(0, 0, cache.words * LABEL_COUNT);
      cache.shapeRows.fill(0, 0, cache.words * LABEL_COUNT);
      cache.words = 0;
    } else {
      cache.words = 0;
      allocateWords(cache, joint, size);
    }
  }
  const have = cache.filled.length;
  if (f.wordCount > have) allocateWords(cache, joint, wordSlots(f.wordCount, have));
  cache.words = Math.max(cache.words, f.wordCount);
}

/**
 * New zero-filled per-word arrays of `size` slots holding the sums of the first cache.words words: only those are
 * copied, as copying the untouched rest would make the operating system back it with memory.
 */
function allocateWords(cache: JointCache, joint: JointTable, size: number): void {
  const grow = <T extends Int32Array | Uint8Array>(old: T, perWord: number, Kind: new (length: number) => T): T => {
    const bigger = new Kind(size * perWord);
    if (cache.words > 0) bigger.set(old.subarray(0, cache.words * perWord));
    return bigger;
  };
  cache.sums = grow(cache.sums, (ROLES + 1) * joint.stride, Int32Array);
  cache.filled = grow(cache.filled, 1, Uint8Array);
  cache.centerState = grow(cache.centerState, CENTER_SLOTS.length, Uint8Array);
  cache.centerBase = grow(cache.centerBase, joint.stride, Int32Array);
  cache.centerBaseFilled = grow(cache.centerBaseFilled, 1, Uint8Array);
  cache.wordRows = grow(cache.wordRows, LABEL_COUNT, Int32Array);
  cache.shapeRows = grow(cache.shapeRows, LABEL_COUNT, Int32Array);
}

/** The word's neighbour role blocks (summed from zero: a recycled id may hold an older word's sums). */
function fillNeighbourRoles(cache: JointCache, word: WordInfo, joint: JointTable): void {
  const stride = joint.stride, record = (ROLES + 1) * stride, index = joint.index, sums = cache.sums;
  const keys = word.roles;
  for (let r = 0; r < ROLES; r++) {
    if (r === ROLE_CENTER) continue;
    const into = word.id * record + r * stride;
    sums.fill(0, into, into + stride);
    for (let k = keys[r], to = keys[r + 1]; k < to; k++) addRow(sums, into, joint, index.get(keys[k]));
  }
  cache.filled[word.id] = 1;
}

/** Looks up the word's (prev1, word) and (prev1, shape) rows (wordRows, shapeRows) unless already known. */
function lookUpHistoryRows(cache: JointCache, word: WordInfo, prev1: number, index: KeyIndex): void {
  const at = word.id * LABEL_COUNT + prev1;
  if (cache.wordRows[at] !== 0) return;
  historyKeys(historyBuffer, prev1, O, word.lowerH, word.shapeH, 0);
  cache.wordRows[at] = index.get(historyBuffer[2]) + 2;
  cache.shapeRows[at] = index.get(historyBuffer[3]) + 2;
}

/** The offset in centerBase of the word's centre base, filled on first use. */
function centerBaseOf(cache: JointCache, word: WordInfo, joint: JointTable): number {
  const into = word.id * joint.stride;
  if (cache.centerBaseFilled[word.id]) return into;
  const centerBase = cache.centerBase;
  centerBase.fill(0, into, into + joint.stride);
  const keys = word.roles;
  for (let k = keys[ROLE_CENTER], to = keys[ROLE_CENTER + 1]; k < to; k++) addRow(centerBase, into, joint, joint.index.get(keys[k]));
  lookUpHistoryRows(cache, word, O, joint.index);
  addRow(centerBase, into, joint, cache.wordRows[word.id * LABEL_COUNT + O] - 2);
  addRow(centerBase, into, joint, cache.shapeRows[word.id * LABEL_COUNT + O] - 2);
  cache.centerBaseFilled[word.id] = 1;
  return into;
}

/** The state keys that depend on the word too (the others are in stateSums). */
const WORD_STATE_KEYS = Array.from({ length: STATE_KEYS }, (_, k) => k).filter((k) => !STATE_ONLY_KEYS.includes(k));

/**
 * Fills a centre slot of the word for state (the empty one, else the second: the first state seen keeps its slot)
 * and returns the offset of its block in sums (stage 0's part): the word's centre base, the state's own sums and
 * the state keys that depend on the word.
 */
function fillCenter(cache: JointCache, word: WordInfo, state: number, joint: JointTable): number {
  const stride = joint.stride;
  const slot = cache.centerState[2 * word.id] === 0 ? 0 : 1;
  const into = word.id * (ROLES + 1) * stride + CENTER_SLOTS[slot] * stride;
  const base = centerBaseOf(cache, word, joint), stateAt = state * stride;
  const sums = cache.sums, centerBase = cache.centerBase, stateSums = cache.stateSums;
  for (let j = 0; j < stride; j++) sums[into + j] = centerBase[base + j] + stateSums[stateAt + j];
  stateKeys(stateBuffer, word, state);
  for (const k of WORD_STATE_KEYS) addRow(sums, into, joint, joint.index.get(stateBuffer[k]));
  cache.centerState[2 * word.id + slot] = state + 1;
  return into;
}

const codeBuffer = new Uint32Array(16);

/** The stage's per-code sums for coded's codes (those of another code set are dropped), filled for the codes used. */
function codeSums(stage: StageSums, coded: CodedKeys, joint: JointTable, s: number, units: [number, number][]): Int32Array {
  if (stage.codedBy !== coded.keysOf || stage.codeFilled.length !== coded.size) {
    stage.codedBy = coded.keysOf;
    stage.codeSums = new Int32Array(coded.size * LABEL_COUNT);
    stage.codeFilled = new Uint8Array(coded.size);
  }
  const codes = coded.codes, filled = stage.codeFilled;
  for (const [from, to] of units) {
    for (let i = from; i < to; i++) {
      const code = codes[i];
      if (filled[code]) continue;
      // A code has at most codeBuffer.length keys, unused ones 0.
      codeBuffer.fill(0);
      coded.keysOf(codeBuffer, code);
      for (let k = 0; k < codeBuffer.length; k++) {
        if (codeBuffer[k] !== 0) addStageRow(stage.codeSums, code * LABEL_COUNT, joint, joint.index.get(codeBuffer[k]), s);
      }
      filled[code] = 1;
    }
  }
  return stage.codeSums;
}

/**
 * Labels every token of every unit into out with stage `stage` of the joint table (rows from jointStaticRows),
 * from cached partial sums. The 17 label scores live in local variables (unrolled by hand: a typed-array score
 * row costs a load and a store per label per added row, and this loop is most of the tagger's time). Every addend
 * is a whole number, so the changed order of the additions gives exactly the sums decode computes; the cached
 * sums are Int32Arrays (int16 weights, a few dozen per sum) so the scores stay small integers that V8 adds
 * without converting each load to a double.
 */
export function decodeJoint(f: DocFeatures, sr: StaticRows, units: [number, number][], joint: JointTable, stage: number, out: Uint8Array): void {
  if (f.withStateKeys) throw new Error('joint tagging adds the state keys itself: extract the features without them');
  const W = joint.weights, index = joint.index, stride = joint.stride, record = (ROLES + 1) * stride;
  const own = stage * LABEL_COUNT;
  const cache = jointCache(joint);
  fitWords(cache, f, joint);
  const history = cache.stages[stage].history;
  const rows = sr.rows, offsets = sr.offsets;
  const sums = cache.sums, filled = cache.filled, centerState = cache.centerState, ids = f.contextIds;
  const wordRows = cache.wordRows, shapeRows = cache.shapeRows;
  const docCap = f.docCap, state = f.state, words = f.words, wordsById = f.wordsById;
  const codes = sr.coded ? sr.coded.codes : null;
  const coded = sr.coded ? codeSums(cache.stages[stage], sr.coded, joint, stage, units) : null;
  for (const [s, e] of units) {
    let prev1 = O, prev2 = O;
    for (let i = s; i < e; i++) {
      // The centre block: the word's role and state keys with the history after (O, O) and the word's history rows
      // after O (decoding's most common case).
      const word = words[i];
      const wanted = state[i] + 1;
      let at = (centerState[2 * word.id] === wanted ? word.id * record
        : centerState[2 * word.id + 1] === wanted ? word.id * record + ROLES * stride
          : fillCenter(cache, word, state[i], joint)) + own;
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
        if (!filled[id]) fillNeighbourRoles(cache, wordsById[id], joint);
        at = id * record + r * stride + own;
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
        const row = j < 0 ? rows[k] : (j & 1 ? shapeRows : wordRows)[word.id * LABEL_COUNT + (j < 2 ? prev1 : O)] - 2;
        if (row < 0) continue;
        at = row * stride + own;
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
