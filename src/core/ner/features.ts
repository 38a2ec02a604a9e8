/**
 * Feature extraction for the name tagger, shared by training and tagging so both see exactly the same
 * features. Each token gets a list of 32-bit feature keys (template id mixed with hashed values); word-level
 * facts (lower case form, shape, affixes, cluster) are computed once per distinct word and cached.
 */
import { hashString, mix, mix3 } from './hash';
import type { Gazetteer } from './gazetteer';

/** Word clusters learned from unlabelled news: lower-cased word → [coarse id, fine id] (ids ≥ 1). */
export type ClusterTable = Map<string, [number, number]>;

interface WordInfo {
  lower: string;
  lowerH: number;
  formH: number;
  shapeH: number;
  affixes: number[];
  /** Starts with an upper-case letter. */
  initialCap: boolean;
  /** Has letters and none of them lower case. */
  allCaps: boolean;
  hasLetter: boolean;
  coarse: number;
  fine: number;
}

// Template ids: keep stable, they are part of the model's keys.
const T = {
  bias: 1, w0: 2, form0: 3, wm1: 4, wp1: 5, wm2: 6, wp2: 7, sh0: 8, shm1: 9, shp1: 10, sh3: 11,
  prefix: 12, suffix: 16, bigramL: 20, bigramR: 21, firstShape: 22, modeShape: 23, modeW0: 24, len: 25,
  formM1: 26, formP1: 27, capW0: 28,
  cl0c: 30, cl0f: 31, clm1: 32, clp1: 33, cl0Shape: 34, clm1c: 35, clp1c: 36,
  gaz: 40, gazShape: 41, gazPrev: 42, gazNext: 43, gazMode: 44,
  docCap: 50, docCapMode: 51, docCapShape: 52,
  prev1: 100, prev2: 101, prevW0: 102, prevShape: 103, prevDocCap: 104,
  stage2: 120,
} as const;
export const TEMPLATES = T;

const BOUNDARY = hashString('<S>');
const BOUNDARY_END = hashString('</S>');

function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{Ll}/u.test(ch) || /\p{L}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Unit case modes: 0 normal mixed case, 1 mostly capitals (headline, all-caps text), 2 no capitals at all. */
export const MODE_MIXED = 0, MODE_CAPS = 1, MODE_LOWER = 2;

export interface DocFeatures {
  /** Keys of token i are keys[offsets[i] .. offsets[i+1]). */
  offsets: Int32Array;
  keys: Uint32Array;
  lowerH: Uint32Array;
  shapeH: Uint32Array;
  docCap: Uint8Array;
  lowers: string[];
}

export class FeatureExtractor {
  private cache = new Map<string, WordInfo>();

  constructor(private readonly gazetteer: Gazetteer | null, private readonly clusters: ClusterTable | null) {}

  word(form: string): WordInfo {
    let info = this.cache.get(form);
    if (info) return info;
    if (this.cache.size > 200_000) this.cache.clear();
    const lower = form.toLowerCase();
    const shape = shapeOf(form);
    const affixes: number[] = [];
    const chars = Array.from(lower);
    if (chars.length >= 3) {
      for (let n = 1; n <= 4 && n < chars.length; n++) {
        affixes.push(mix3(T.prefix + n, hashString(chars.slice(0, n).join('')), 0));
        affixes.push(mix3(T.suffix + n, hashString(chars.slice(-n).join('')), 0));
      }
    }
    const cluster = this.clusters?.get(lower);
    info = {
      lower,
      lowerH: hashString(lower),
      formH: hashString(form),
      shapeH: hashString(shape),
      affixes,
      initialCap: /^\p{Lu}/u.test(form),
      allCaps: /\p{L}/u.test(form) && !/\p{Ll}/u.test(form),
      hasLetter: /\p{L}/u.test(form),
      coarse: cluster ? cluster[0] : 0,
      fine: cluster ? cluster[1] : 0,
    };
    this.cache.set(form, info);
    return info;
  }

  /**
   * Features of every token of a document. units are [start, end) token ranges tagged independently
   * (sentences) covering all tokens in order; document-level facts (how a word is capitalised elsewhere) cross units.
   */
  extract(forms: string[], units: [number, number][]): DocFeatures {
    const n = forms.length;
    const info = forms.map((f) => this.word(f));
    const lowers = info.map((w) => w.lower);
    const modes = new Uint8Array(n);
    const unitStart = new Uint8Array(n);
    for (const [s, e] of units) {
      let letters = 0, caps = 0, anyUpper = false;
      for (let i = s; i < e; i++) {
        const w = info[i];
        if (!w.hasLetter) continue;
        letters++;
        if (w.allCaps && forms[i].length > 1) caps++;
        if (w.initialCap) anyUpper = true;
      }
      const mode = !anyUpper ? MODE_LOWER : letters >= 3 && caps / letters >= 0.6 ? MODE_CAPS : MODE_MIXED;
      for (let i = s; i < e; i++) modes[i] = mode;
      if (e > s) unitStart[s] = 1;
    }
    // How each word is capitalised where capitalisation means something: mid-sentence in mixed-case units.
    const capCounts = new Map<string, [number, number]>();
    for (let i = 0; i < n; i++) {
      if (modes[i] !== MODE_MIXED || unitStart[i] || !info[i].hasLetter) continue;
      const c = capCounts.get(lowers[i]) ?? [0, 0];
      c[1]++;
      if (info[i].initialCap) c[0]++;
      capCounts.set(lowers[i], c);
    }
    const docCap = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const c = capCounts.get(lowers[i]);
      docCap[i] = !c ? 0 : c[0] === 0 ? 1 : c[0] === c[1] ? 4 : c[0] * 2 >= c[1] ? 3 : 2;
    }
    // Gazetteer matches per token.
    const gaz: number[][] = Array.from({ length: n }, () => []);
    if (this.gazetteer) {
      for (const [s, e] of units) this.gazetteer.match(lowers, s, e, (t, c, p) => gaz[t].push(c * 4 + p + 1));
    }

    const keys: number[] = [];
    const offsets = new Int32Array(n + 1);
    const lowerH = new Uint32Array(n);
    const shapeH = new Uint32Array(n);
    for (const [s, e] of units) {
      for (let i = s; i < e; i++) {
        offsets[i] = keys.length;
        const w = info[i];
        const pm1 = i - 1 >= s ? info[i - 1] : null;
        const pm2 = i - 2 >= s ? info[i - 2] : null;
        const pp1 = i + 1 < e ? info[i + 1] : null;
        const pp2 = i + 2 < e ? info[i + 2] : null;
        const lm1 = pm1 ? pm1.lowerH : BOUNDARY, lm2 = pm2 ? pm2.lowerH : BOUNDARY;
        const lp1 = pp1 ? pp1.lowerH : BOUNDARY_END, lp2 = pp2 ? pp2.lowerH : BOUNDARY_END;
        const sm1 = pm1 ? pm1.shapeH : BOUNDARY, sp1 = pp1 ? pp1.shapeH : BOUNDARY_END;
        const mode = modes[i];
        lowerH[i] = w.lowerH;
        shapeH[i] = w.shapeH;
        keys.push(
          mix(T.bias, 0),
          mix(T.w0, w.lowerH),
          mix(T.form0, w.formH),
          mix(T.wm1, lm1),
          mix(T.wp1, lp1),
          mix(T.wm2, lm2),
          mix(T.wp2, lp2),
          mix(T.sh0, w.shapeH),
          mix(T.shm1, sm1),
          mix(T.shp1, sp1),
          mix3(T.sh3, mix(sm1, w.shapeH), sp1),
          mix3(T.bigramL, lm1, w.lowerH),
          mix3(T.bigramR, w.lowerH, lp1),
          mix3(T.firstShape, unitStart[i], w.shapeH),
          mix3(T.modeShape, mode, w.shapeH),
          mix3(T.modeW0, mode, w.lowerH),
          mix(T.len, Math.min(forms[i].length, 12)),
          mix(T.formM1, pm1 ? pm1.formH : BOUNDARY),
          mix(T.formP1, pp1 ? pp1.formH : BOUNDARY_END),
          mix3(T.capW0, w.initialCap ? 1 : 0, w.lowerH),
        );
        for (const a of w.affixes) keys.push(a);
        if (this.clusters) {
          keys.push(
            mix(T.cl0c, w.coarse),
            mix(T.cl0f, w.fine),
            mix(T.clm1, pm1 ? pm1.fine : 0xffff),
            mix(T.clp1, pp1 ? pp1.fine : 0xffff),
            mix(T.clm1c, pm1 ? pm1.coarse : 0xffff),
            mix(T.clp1c, pp1 ? pp1.coarse : 0xffff),
            mix3(T.cl0Shape, w.fine, w.shapeH),
          );
        }
        for (const g of gaz[i]) {
          keys.push(mix(T.gaz, g), mix3(T.gazShape, g, w.shapeH), mix3(T.gazMode, g, mode));
        }
        if (i - 1 >= s) for (const g of gaz[i - 1]) keys.push(mix(T.gazPrev, g));
        if (i + 1 < e) for (const g of gaz[i + 1]) keys.push(mix(T.gazNext, g));
        keys.push(mix(T.docCap, docCap[i]), mix3(T.docCapMode, docCap[i], mode), mix3(T.docCapShape, docCap[i], w.shapeH));
      }
    }
    offsets[n] = keys.length;
    return { offsets, keys: Uint32Array.from(keys), lowerH, shapeH, docCap, lowers };
  }
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
