/**
 * Feature extraction for the name tagger, shared by training and tagging so both see exactly the same
 * features. Each token gets a list of 32-bit feature keys (template id mixed with hashed values); word-level
 * facts (lower case form, shape, affixes, cluster) are computed once per distinct word and cached.
 */
import { carve } from './arena';
import { hashString, mix, mix3 } from './hash';
import type { Gazetteer } from './gazetteer';
import type { WordClasses } from './word-classes';
import { plainPunctuation } from './typography';

/**
 * The word classes the extractor uses: clusters learned from the training news (two levels: coarse, fine) and
 * classes from GloVe vectors (several levels, coarse to fine); each may be absent.
 */
export interface WordClassSets {
  clusters: WordClasses | null;
  embedding: WordClasses | null;
}

/** What the tagger knows about one distinct word form, computed once. */
export interface WordInfo {
  /**
   * Dense number of this word in its extractor's cache (0 and 1 are the unit boundaries), so decoders can keep
   * per-word sums in flat arrays; numbers restart when the cache is cleared, under a new generation.
   */
  id: number;
  lower: string;
  /** Dense number of the lower-cased form in the extractor's cache, like id (-1 for the unit boundaries). */
  lowerId: number;
  lowerH: number;
  formH: number;
  /**
   * mix(T.bigramL, lowerH) and mix(T.bigramR, lowerH): a bigram key mix3(template, first.lowerH, second.lowerH) is
   * mix(first's of these, second.lowerH), one mixing step per token instead of two.
   */
  bigramLH: number;
  bigramRH: number;
  shapeH: number;
  /** Starts with an upper-case letter. */
  initialCap: boolean;
  /** Has letters and none of them lower case. */
  allCaps: boolean;
  hasLetter: boolean;
  coarse: number;
  fine: number;
  /** Embedding classes at each level (0: the word has none), coarse to fine. */
  emb: ArrayLike<number>;
  /**
   * The gazetteer's single-word entry categories for the word (0: none), whether longer entries start with it and
   * whether it may continue one.
   */
  gazetteerMask: number;
  gazetteerPrefix: boolean;
  gazetteerInner: boolean;
  /**
   * Keys that depend only on this word and where it sits relative to the token being labelled: ROLE_CENTER (the
   * token itself), ROLE_LEFT1/RIGHT1/LEFT2/RIGHT2 (a neighbour). Tagging sums their weights once per word. Packed
   * in one array (one allocation per word): role r's keys are roles[roles[r] .. roles[r + 1]).
   */
  roles: Uint32Array;
  /** Per-stage cache of summed role weights (5 × LABEL_COUNT), filled by the decoder. */
  sums: (Float32Array | undefined)[];
}

export const ROLE_CENTER = 0, ROLE_LEFT1 = 1, ROLE_RIGHT1 = 2, ROLE_LEFT2 = 3, ROLE_RIGHT2 = 4, ROLES = 5;

// Template ids: keep stable, they are part of the model's keys.
const T = {
  bias: 1, w0: 2, form0: 3, wm1: 4, wp1: 5, wm2: 6, wp2: 7, sh0: 8, shm1: 9, shp1: 10, sh3: 11,
  prefix: 12, suffix: 16, bigramL: 20, bigramR: 21, firstShape: 22, modeShape: 23, modeW0: 24, len: 25,
  formM1: 26, formP1: 27, capW0: 28,
  cl0c: 30, cl0f: 31, clm1: 32, clp1: 33, cl0Shape: 34, clm1c: 35, clp1c: 36,
  // Embedding classes: template + level (levels < 8).
  em0: 60, emm1: 68, emp1: 76, em0Shape: 84, emm2: 92, emp2: 93,
  gaz: 40, gazShape: 41, gazPrev: 42, gazNext: 43, gazMode: 44,
  docCap: 50, docCapMode: 51, docCapShape: 52,
  prev1: 100, prev2: 101, prevW0: 102, prevShape: 103, prevDocCap: 104,
  stage2: 120, stack: 140,
} as const;
export const TEMPLATES = T;

const BOUNDARY = hashString('<S>');
const BOUNDARY_END = hashString('</S>');

function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = shapeClass(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** One code point's shape class: X upper-case letter, x other letter, d number, else the character itself. */
function shapeClass(ch: string): string {
  if (/\p{Lu}/u.test(ch)) return 'X';
  if (/\p{L}/u.test(ch)) return 'x';
  if (/\p{N}/u.test(ch)) return 'd';
  return ch;
}

/** shapeOf for an all-ASCII word without regular expressions (the only ASCII letters and digits are A-Z a-z 0-9). */
function asciiShapeOf(word: string): string {
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const c = code >= 65 && code <= 90 ? 88 /* X */ : code >= 97 && code <= 122 ? 120 /* x */ : code >= 48 && code <= 57 ? 100 /* d */ : code;
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out;
}

/**
 * Unit case modes: 0 normal mixed case, 1 mostly capitals (headline, all-caps text), 2 no capitals at all,
 * 3 title case (most words capitalised: a web headline), where a capital says little.
 */
export const MODE_MIXED = 0, MODE_CAPS = 1, MODE_LOWER = 2, MODE_TITLE = 3;

export interface DocFeatures {
  /** The word at each token. */
  words: WordInfo[];
  /**
   * The extractor's words by id (WordInfo.id) for this document's generation: contextIds[i · ROLES + r]'s word is
   * wordsById[contextIds[i · ROLES + r]]. One table for the whole generation instead of five pointers a token.
   */
  wordsById: readonly WordInfo[];
  /** Other keys (conjunctions, gazetteer, document-level) of token i: keys[offsets[i] .. offsets[i+1]). */
  offsets: Int32Array;
  keys: Uint32Array;
  lowerH: Uint32Array;
  shapeH: Uint32Array;
  docCap: Uint8Array;
  /** Each token's lower-cased form numbered within the document (0 .. lowerCount - 1), for per-form counts. */
  lowerIndex: Int32Array;
  lowerCount: number;
  /** Word ids (WordInfo.id) of each token's neighbours by role (boundary pseudo-words outside the unit), n × ROLES. */
  contextIds: Int32Array;
  /** Each token's state (tokenState): the unit mode, unit start and docCap its state keys depend on. */
  state: Uint8Array;
  /**
   * Whether keys include the state keys (stateKeys). Tagging with integral weights leaves them out and adds
   * per-word sums of them instead, as it does for the role keys.
   */
  withStateKeys: boolean;
  /** Which numbering the ids belong to (unique across extractors and cache clears), and how many ids it has. */
  generation: number;
  wordCount: number;
}

let generations = 0;

/**
 * A token's state: what its state keys depend on besides the word itself (unit mode, whether it starts its unit,
 * docCap), packed in one number below 40.
 */
export function tokenState(mode: number, unitStart: number, docCap: number): number {
  return (mode * 2 + unitStart) * 5 + docCap;
}

export function stateDocCap(state: number): number {
  return state % 5;
}
export const STATE_KEYS = 6;
/** Every tokenState value is below this. */
export const STATES = 40;
/**
 * Which of stateKeys' keys depend on the state alone, not on the word (docCap, docCapMode): a decoder may sum
 * their weights once per state. STATE_ONLY_WORD stands in for the word when computing them.
 */
export const STATE_ONLY_KEYS: readonly number[] = [3, 4];
export const STATE_ONLY_WORD: Pick<WordInfo, 'shapeH' | 'lowerH'> = { shapeH: 0, lowerH: 0 };

/**
 * The keys of a token that depend only on its word and its state, in extract's order: firstShape, modeShape,
 * modeW0 (emitted before the gazetteer keys), then docCap, docCapMode, docCapShape.
 */
export function stateKeys(out: Uint32Array, w: Pick<WordInfo, 'shapeH' | 'lowerH'>, state: number): void {
  const docCap = stateDocCap(state), unitStart = Math.floor(state / 5) % 2, mode = Math.floor(state / 10);
  out[0] = mix3(T.firstShape, unitStart, w.shapeH);
  out[1] = mix3(T.modeShape, mode, w.shapeH);
  out[2] = mix3(T.modeW0, mode, w.lowerH);
  out[3] = mix(T.docCap, docCap);
  out[4] = mix3(T.docCapMode, docCap, mode);
  out[5] = mix3(T.docCapShape, docCap, w.shapeH);
}

const NO_CLASSES = new Uint16Array(0);

/**
 * Role key arrays are carved from shared chunks: every new word needs one (some 45 keys, too big for V8 to keep a
 * typed array's data on its own heap), and a backing store of its own per word cost an allocation and work for the
 * garbage collector to track and free; on documents never seen before, thousands of words are new. A chunk is freed
 * when the last word using it is.
 */
const ROLE_SLAB_LENGTH = 16384;
let roleChunk = new Uint32Array(ROLE_SLAB_LENGTH);
let roleChunkUsed = 0;
function roleSlab(length: number): Uint32Array {
  if (roleChunkUsed + length > roleChunk.length) {
    roleChunk = new Uint32Array(Math.max(ROLE_SLAB_LENGTH, length));
    roleChunkUsed = 0;
  }
  const part = roleChunk.subarray(roleChunkUsed, roleChunkUsed + length);
  roleChunkUsed += length;
  return part;
}

function roleKeys(
  w: { lowerH: number; formH: number; shapeH: number; coarse: number; fine: number; emb: ArrayLike<number> },
  affixes: number[], len: number, initialCap: boolean, clusters: boolean, embLevels: number,
): Uint32Array {
  const extra = (clusters ? 3 : 0) + (embLevels ? embLevels + 1 : 0), extraSide = (clusters ? 2 : 0) + embLevels;
  const extraFar = embLevels ? 1 : 0;
  const centerLength = 6 + affixes.length + extra, sideLength = 3 + extraSide;
  const packed = roleSlab(ROLES + 1 + centerLength + 2 * sideLength + 2 + 2 * extraFar);
  // Embedding classes: a word outside the table still gets a key per level (class 0, "rare word").
  const em = (l: number) => (l < w.emb.length ? w.emb[l] : 0);
  const mid = embLevels > 1 ? embLevels - 2 : 0;
  let at = ROLES + 1;
  packed[ROLE_CENTER] = at;
  packed[at++] = mix(T.bias, 0);
  packed[at++] = mix(T.w0, w.lowerH);
  packed[at++] = mix(T.form0, w.formH);
  packed[at++] = mix(T.sh0, w.shapeH);
  packed[at++] = mix(T.len, Math.min(len, 12));
  packed[at++] = mix3(T.capW0, initialCap ? 1 : 0, w.lowerH);
  for (const a of affixes) packed[at++] = a;
  if (clusters) {
    packed[at++] = mix(T.cl0c, w.coarse);
    packed[at++] = mix(T.cl0f, w.fine);
    packed[at++] = mix3(T.cl0Shape, w.fine, w.shapeH);
  }
  for (let l = 0; l < embLevels; l++) packed[at++] = mix(T.em0 + l, em(l));
  if (embLevels) packed[at++] = mix3(T.em0Shape, em(mid), w.shapeH);
  packed[ROLE_LEFT1] = at;
  packed[at++] = mix(T.wm1, w.lowerH);
  packed[at++] = mix(T.shm1, w.shapeH);
  packed[at++] = mix(T.formM1, w.formH);
  if (clusters) {
    packed[at++] = mix(T.clm1, w.fine);
    packed[at++] = mix(T.clm1c, w.coarse);
  }
  for (let l = 0; l < embLevels; l++) packed[at++] = mix(T.emm1 + l, em(l));
  packed[ROLE_RIGHT1] = at;
  packed[at++] = mix(T.wp1, w.lowerH);
  packed[at++] = mix(T.shp1, w.shapeH);
  packed[at++] = mix(T.formP1, w.formH);
  if (clusters) {
    packed[at++] = mix(T.clp1, w.fine);
    packed[at++] = mix(T.clp1c, w.coarse);
  }
  for (let l = 0; l < embLevels; l++) packed[at++] = mix(T.emp1 + l, em(l));
  packed[ROLE_LEFT2] = at;
  packed[at++] = mix(T.wm2, w.lowerH);
  if (embLevels) packed[at++] = mix(T.emm2, em(mid));
  packed[ROLE_RIGHT2] = at;
  packed[at++] = mix(T.wp2, w.lowerH);
  if (embLevels) packed[at++] = mix(T.emp2, em(mid));
  packed[ROLES] = at;
  return packed;
}

function boundaryWord(h: number, clusters: boolean, embLevels: number, id: number): WordInfo {
  const w = { lowerH: h, formH: h, shapeH: h, coarse: 0xffff, fine: 0xffff, emb: new Uint16Array(embLevels).fill(0xffff) };
  return {
    ...w, bigramLH: mix(T.bigramL, h), bigramRH: mix(T.bigramR, h), id, lower: '', lowerId: -1,
    initialCap: false, allCaps: false, hasLetter: false, gazetteerMask: 0, gazetteerPrefix: false, gazetteerInner: false,
    roles: roleKeys(w, [], 0, false, clusters, embLevels), sums: [],
  };
}

export class FeatureExtractor {
  private cache = new Map<string, WordInfo>();
  /** Every word of the current generation by id (the two unit boundaries first); replaced, not emptied, on a clear. */
  private byId: WordInfo[];
  private lowerIds = new Map<string, number>();
  /**
   * Numbering of lower-cased forms within one document: form lowerId has number lowerNumber[lowerId] in the
   * document numbered stamp lowerStamp[lowerId] (older stamps: not yet seen in this one). Kept across documents so
   * numbering costs no Map lookup per token.
   */
  private lowerNumber = new Int32Array(1024);
  private lowerStamp = new Int32Array(1024);
  private stamp = 0;
  private generation = ++generations;
  readonly start: WordInfo;
  readonly end: WordInfo;
  private readonly clusters: WordClasses | null;
  private readonly embedding: WordClasses | null;
  private readonly embLevels: number;

  /** titleMode: title-case units get their own mode (off for models trained before it existed). */
  constructor(private readonly gazetteer: Gazetteer | null, classes: WordClassSets, private readonly titleMode = false) {
    this.clusters = classes.clusters;
    this.embedding = classes.embedding;
    this.embLevels = classes.embedding ? classes.embedding.levels : 0;
    this.start = boundaryWord(BOUNDARY, !!this.clusters, this.embLevels, 0);
    this.end = boundaryWord(BOUNDARY_END, !!this.clusters, this.embLevels, 1);
    this.byId = [this.start, this.end];
  }

  word(form: string): WordInfo {
    let info = this.cache.get(form);
    if (info) return info;
    // "CNN’s" is read as "CNN's": one WordInfo for both spellings (the training corpus has only the plain one).
    const plain = plainPunctuation(form);
    if (plain !== form) {
      info = this.word(plain);
      this.cache.set(form, info);
      return info;
    }
    const lower = form.toLowerCase();
    // Letters and case without regular expressions when the word is ASCII (most news words).
    let ascii = true, letter = false, lowerCase = false;
    for (let i = 0; i < form.length; i++) {
      const code = form.charCodeAt(i);
      if (code >= 128) { ascii = false; break; }
      if (code >= 97 && code <= 122) { letter = true; lowerCase = true; } else if (code >= 65 && code <= 90) letter = true;
    }
    const affixes: number[] = [];
    // Affixes count code points: split only when a surrogate pair makes code units and code points differ.
    const chars = ascii || !/[\uD800-\uDFFF]/.test(lower) ? null : Array.from(lower);
    const length = chars ? chars.length : lower.length;
    if (length >= 3) {
      for (let n = 1; n <= 4 && n < length; n++) {
        affixes.push(mix3(T.prefix + n, hashString(chars ? chars.slice(0, n).join('') : lower.slice(0, n)), 0));
        affixes.push(mix3(T.suffix + n, hashString(chars ? chars.slice(-n).join('') : lower.slice(lower.length - n)), 0));
      }
    }
    const cluster = this.clusters?.lookup(lower);
    const base = {
      lowerH: hashString(lower), formH: hashString(form), shapeH: hashString(ascii ? asciiShapeOf(form) : shapeOf(form)),
      coarse: cluster ? cluster[0] : 0, fine: cluster ? cluster[1] : 0,
      emb: this.embedding?.lookup(lower) ?? NO_CLASSES,
    };
    const first = form.charCodeAt(0);
    const initialCap = ascii && form.length > 0 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(form);
    const hasLetter = ascii ? letter : /\p{L}/u.test(form);
    info = {
      lowerH: base.lowerH, formH: base.formH, shapeH: base.shapeH, coarse: base.coarse, fine: base.fine, emb: base.emb,
      bigramLH: mix(T.bigramL, base.lowerH), bigramRH: mix(T.bigramR, base.lowerH),
      id: this.byId.length,
      lower,
      lowerId: this.lowerId(lower),
      initialCap,
      allCaps: ascii ? letter && !lowerCase : hasLetter && !/\p{Ll}/u.test(form),
      hasLetter,
      gazetteerMask: this.gazetteer ? this.gazetteer.singleMask(lower) : 0,
      gazetteerPrefix: this.gazetteer ? this.gazetteer.isPrefix(lower) : false,
      gazetteerInner: this.gazetteer ? this.gazetteer.isInner(lower) : false,
      roles: roleKeys(base, affixes, form.length, initialCap, !!this.clusters, this.embLevels),
      sums: [],
    };
    this.byId.push(info);
    this.cache.set(form, info);
    return info;
  }

  private lowerId(lower: string): number {
    let id = this.lowerIds.get(lower);
    if (id === undefined) this.lowerIds.set(lower, id = this.lowerIds.size);
    return id;
  }

  /**
   * Features of every token of a document. units are [start, end) token ranges tagged independently
   * (sentences) covering all tokens in order; document-level facts (how a word is capitalised elsewhere) cross
   * units. Without withStateKeys, keys leave out each token's state keys (stateKeys gives them from state).
   */
  extract(forms: string[], units: [number, number][], withStateKeys = true): DocFeatures {
    const n = forms.length;
    // Clear between documents, never inside one: a document's word ids must all be of one generation.
    if (this.cache.size > 50_000) {
      this.cache.clear();
      this.lowerIds.clear();
      this.byId = [this.start, this.end];
      this.generation = ++generations;
    }
    const info = forms.map((f) => this.word(f));
    const [modes, unitStart, docCap, state] = carve(Uint8Array, n, n, n, n);
    const [lowerIndex, offsets, contextIds] = carve(Int32Array, n, n + 1, n * ROLES);
    const [lowerH, shapeH] = carve(Uint32Array, n, n);
    for (const [s, e] of units) {
      let letters = 0, caps = 0, initials = 0;
      for (let i = s; i < e; i++) {
        const w = info[i];
        if (!w.hasLetter) continue;
        letters++;
        if (w.allCaps && forms[i].length > 1) caps++;
        if (w.initialCap) initials++;
      }
      const mode = initials === 0 ? MODE_LOWER : letters >= 3 && caps / letters >= 0.6 ? MODE_CAPS
        : this.titleMode && letters >= 4 && initials / letters >= 0.75 ? MODE_TITLE : MODE_MIXED;
      for (let i = s; i < e; i++) modes[i] = mode;
      if (e > s) unitStart[s] = 1;
    }
    // Lower-cased forms numbered in order of first appearance in this document.
    let lowerCount = 0;
    if (this.lowerStamp.length < this.lowerIds.size) {
      this.lowerNumber = new Int32Array(this.lowerIds.size * 2);
      this.lowerStamp = new Int32Array(this.lowerIds.size * 2);
    }
    const stamp = ++this.stamp, lowerNumber = this.lowerNumber, lowerStamp = this.lowerStamp;
    for (let i = 0; i < n; i++) {
      const id = info[i].lowerId;
      if (lowerStamp[id] !== stamp) { lowerStamp[id] = stamp; lowerNumber[id] = lowerCount++; }
      lowerIndex[i] = lowerNumber[id];
    }
    // How each word is capitalised where capitalisation means something: mid-sentence in mixed-case units
    // (per lower-cased form: times seen there, times with an initial capital).
    const [seen, capitalised] = carve(Int32Array, lowerCount, lowerCount);
    for (let i = 0; i < n; i++) {
      if (modes[i] !== MODE_MIXED || unitStart[i] || !info[i].hasLetter) continue;
      seen[lowerIndex[i]]++;
      if (info[i].initialCap) capitalised[lowerIndex[i]]++;
    }
    for (let i = 0; i < n; i++) {
      const c = capitalised[lowerIndex[i]], all = seen[lowerIndex[i]];
      docCap[i] = all === 0 ? 0 : c === 0 ? 1 : c === all ? 4 : c * 2 >= all ? 3 : 2;
    }
    // Gazetteer matches per token (codes 1 + 4·category + position).
    const gaz: (number[] | null)[] = new Array(n).fill(null);
    if (this.gazetteer) {
      const found = (t: number, c: number, p: number) => (gaz[t] ??= []).push(c * 4 + p + 1);
      for (const [s, e] of units) this.gazetteer.match(info, s, e, found);
    }

    // Exactly as many keys as the loop below pushes (they live while the document is tagged): three and the state
    // keys a token, and per gazetteer match three at its token and one at each neighbour in its unit.
    let keyCount = 0;
    for (const [s, e] of units) {
      for (let i = s; i < e; i++) {
        keyCount += withStateKeys ? 3 + STATE_KEYS : 3;
        const g = gaz[i];
        if (g) keyCount += g.length * (3 + (i - 1 >= s ? 1 : 0) + (i + 1 < e ? 1 : 0));
      }
    }
    let keys = new Uint32Array(keyCount);
    let count = 0;
    const push = (k: number) => {
      if (count === keys.length) { const bigger = new Uint32Array(keys.length * 2 + 16); bigger.set(keys); keys = bigger; }
      keys[count++] = k;
    };
    const stateBuffer = new Uint32Array(STATE_KEYS);
    for (const [s, e] of units) {
      for (let i = s; i < e; i++) {
        offsets[i] = count;
        const w = info[i];
        const pm1 = i - 1 >= s ? info[i - 1] : this.start;
        const pp1 = i + 1 < e ? info[i + 1] : this.end;
        contextIds[i * ROLES + ROLE_CENTER] = w.id;
        contextIds[i * ROLES + ROLE_LEFT1] = pm1.id;
        contextIds[i * ROLES + ROLE_RIGHT1] = pp1.id;
        contextIds[i * ROLES + ROLE_LEFT2] = i - 2 >= s ? info[i - 2].id : this.start.id;
        contextIds[i * ROLES + ROLE_RIGHT2] = i + 2 < e ? info[i + 2].id : this.end.id;
        const mode = modes[i];
        lowerH[i] = w.lowerH;
        shapeH[i] = w.shapeH;
        state[i] = tokenState(mode, unitStart[i], docCap[i]);
        if (withStateKeys) stateKeys(stateBuffer, w, state[i]);
        push(mix3(T.sh3, mix(pm1.shapeH, w.shapeH), pp1.shapeH));
        push(mix(pm1.bigramLH, w.lowerH));
        push(mix(w.bigramRH, pp1.lowerH));
        if (withStateKeys) for (let k = 0; k < 3; k++) push(stateBuffer[k]);
        const g0 = gaz[i];
        if (g0) for (const g of g0) { push(mix(T.gaz, g)); push(mix3(T.gazShape, g, w.shapeH)); push(mix3(T.gazMode, g, mode)); }
        const gp = i - 1 >= s ? gaz[i - 1] : null;
        if (gp) for (const g of gp) push(mix(T.gazPrev, g));
        const gn = i + 1 < e ? gaz[i + 1] : null;
        if (gn) for (const g of gn) push(mix(T.gazNext, g));
        if (withStateKeys) for (let k = 3; k < STATE_KEYS; k++) push(stateBuffer[k]);
      }
    }
    offsets[n] = count;
    return {
      words: info, wordsById: this.byId, offsets, keys: keys.subarray(0, count), lowerH, shapeH, docCap, lowerIndex, lowerCount,
      contextIds, state, withStateKeys, generation: this.generation, wordCount: this.byId.length,
    };
  }
}

/** Every static key of token i (role keys of its context words, then its other keys): what training indexes. */
export function allKeys(f: DocFeatures, i: number, push: (key: number) => void): void {
  for (let r = 0; r < ROLES; r++) {
    const keys = f.wordsById[f.contextIds[i * ROLES + r]].roles;
    for (let k = keys[r]; k < keys[r + 1]; k++) push(keys[k]);
  }
  for (let k = f.offsets[i]; k < f.offsets[i + 1]; k++) push(f.keys[k]);
}

/** Features that depend on the labels already chosen to the left (greedy decoding). */
export function historyKeys(out: Uint32Array, prev1: number, prev2: number, lowerH: number, shapeH: number, docCap: number): void {
  out[0] = mix(T.prev1, prev1);
  out[1] = mix3(T.prev2, prev1, prev2);
  out[2] = mix3(T.prevW0, prev1, lowerH);
  out[3] = mix3(T.prevShape, prev1, shapeH);
  out[4] = mix3(T.prevDocCap, prev1, docCap);
}
export const HISTORY_KEYS = 5;
