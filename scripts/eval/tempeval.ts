/**
 * TempEval-3 scoring of temporal expressions on the TBAQ-cleaned TimeML corpora (TimeBank, AQUAINT).
 *
 * Each .tml file's TEXT element, with its tags removed and its entities decoded, is the document (offsets of the
 * gold TIMEX3s are counted in that text). The DCT's value is the reference date; the DCT TIMEX3 sits outside
 * TEXT and is not scored. Metrics, as in the TempEval-3 evaluation (UzZaman et al. 2013):
 *  - strict span P/R/F1: exact [start, end) matches;
 *  - relaxed span P/R/F1: overlapping spans, matched one to one;
 *  - attribute (value, type) F1: over relaxed matches whose attribute is right, i.e.
 *    P = correct / system expressions, R = correct / gold expressions (= relaxed F1 × attribute accuracy).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Annotator, TemporalExpression } from '../../src/core/types';
import { corpusDir } from './paths';
import { prf, type Metric, type ScorerOptions, type SectionResult, type CorpusScorer } from './report';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  mod?: string;
}

export interface TimeMLDocument {
  id: string;
  text: string;
  dct: string | null;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntity(entity: string): string {
  const name = entity.slice(1, -1);
  if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
  if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
  return ENTITIES[name] ?? entity;
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)="([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

/** Reads one TimeML document: the TEXT element as plain text, and the TIMEX3s inside it with their offsets. */
export function parseTimeML(xml: string, id = ''): TimeMLDocument {
  const dctMatch = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctMatch ? (attributes(dctMatch[1]).value ?? null) : null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + '<TEXT>'.length, close) : '';
  let text = '';
  const timexes: GoldTimex[] = [];
  const stack: Array<{ attrs: Record<string, string>; start: number }> = [];
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*?)(\/?)>|&[#\w]+;|[^<&]+|[<&]/g)) {
    const token = m[0];
    if (m[2] !== undefined) {
      const closing = m[1] === '/';
      if (m[2] !== 'TIMEX3' || m[4] === '/') continue;
      if (!closing) stack.push({ attrs: attributes(m[3]), start: text.length });
      else {
        const openTag = stack.pop();
        if (!openTag) continue;
        const a = openTag.attrs;
        const t: GoldTimex = { start: openTag.start, end: text.length, text: text.slice(openTag.start), type: a.type ?? '', value: a.value ?? '' };
        if (a.mod) t.mod = a.mod;
        timexes.push(t);
      }
    } else if (token.startsWith('&') && token.length > 1) text += decodeEntity(token);
    else text += token;
  }
  return { id, text, dct, timexes };
}

export const TBAQ_CORPORA = ['TimeBank', 'AQUAINT'] as const;

export function loadTimeMLCorpus(corpus: (typeof TBAQ_CORPORA)[number], limit?: number): TimeMLDocument[] | null {
  const dir = corpusDir(path.join('tempeval3', 'TBAQ-cleaned', corpus));
  if (!dir) return null;
  let files = fs.readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();
  if (limit !== undefined) files = files.slice(0, limit);
  return files.map((f) => parseTimeML(fs.readFileSync(path.join(dir, f), 'utf8'), f.replace(/\.tml$/, '')));
}

export interface TimexCounts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export const emptyCounts = (): TimexCounts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 });

/** The one-to-one relaxed matching: exact matches first, then the largest overlaps. */
export function matchTimexes(gold: GoldTimex[], system: TemporalExpression[]): Array<[GoldTimex, TemporalExpression]> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) => system.forEach((s, j) => {
    const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
    if (overlap > 0) pairs.push([i, j, g.start === s.start && g.end === s.end ? Infinity : overlap]);
  }));
  pairs.sort((a, b) => b[2] - a[2]);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const out: Array<[GoldTimex, TemporalExpression]> = [];
  for (const [i, j] of pairs) {
    if (usedG.has(i) || usedS.has(j)) continue;
    usedG.add(i);
    usedS.add(j);
    out.push([gold[i], system[j]]);
  }
  return out;
}

export function countDocument(gold: GoldTimex[], system: TemporalExpression[], counts: TimexCounts): void {
  counts.gold += gold.length;
  counts.system += system.length;
  for (const [g, s] of matchTimexes(gold, system)) {
    counts.relaxed++;
    if (g.start === s.start && g.end === s.end) counts.strict++;
    if (g.value === s.value) counts.value++;
    if (g.type === s.type) counts.type++;
  }
}

export function metricsOf(c: TimexCounts): Metric[] {
  const f = (tp: number) => prf(tp, c.system - tp, c.gold - tp);
  const detail = (tp: number) => {
    const r = f(tp);
    return `P=${r.precision.toFixed(3)} R=${r.recall.toFixed(3)} (correct=${tp}, system=${c.system}, gold=${c.gold})`;
  };
  return [
    { name: 'strict span F1', value: f(c.strict).f1, detail: detail(c.strict) },
    { name: 'relaxed span F1', value: f(c.relaxed).f1, detail: detail(c.relaxed) },
    { name: 'value F1', value: f(c.value).f1, detail: detail(c.value) },
    { name: 'type F1', value: f(c.type).f1, detail: detail(c.type) },
  ];
}

/** The DCT as YYYY-MM-DD ("1998-08-07T06:18:00" → "1998-08-07"), or undefined. */
export function dctDate(dct: string | null): string | undefined {
  const m = dct ? /^\d{4}-\d{2}-\d{2}/.exec(dct) : null;
  return m ? m[0] : undefined;
}

/** Scores any function from (text, reference date) to expressions: the annotator, or analyzeTemporal directly. */
export function scoreTimeML(
  tagger: (text: string, referenceDate: string | undefined) => TemporalExpression[], options: ScorerOptions = {},
): Array<{ corpus: string; counts: TimexCounts } | { corpus: string; skipped: string }> {
  const results: Array<{ corpus: string; counts: TimexCounts } | { corpus: string; skipped: string }> = [];
  const total = emptyCounts();
  let any = false;
  for (const corpus of TBAQ_CORPORA) {
    const docs = loadTimeMLCorpus(corpus, options.limit);
    if (!docs) {
      results.push({ corpus: `TempEval-3 ${corpus}`, skipped: `../shared/eval/tempeval3/TBAQ-cleaned/${corpus} not found` });
      continue;
    }
    any = true;
    const counts = emptyCounts();
    for (const doc of docs) countDocument(doc.timexes, tagger(doc.text, dctDate(doc.dct)), counts);
    for (const k of Object.keys(total) as Array<keyof TimexCounts>) total[k] += counts[k];
    results.push({ corpus: `TempEval-3 ${corpus}`, counts });
  }
  if (any) results.push({ corpus: 'TempEval-3 TBAQ (all)', counts: total });
  return results;
}

export const scoreTempEval: CorpusScorer = async (annotator: Annotator, options: ScorerOptions = {}): Promise<SectionResult[]> =>
  scoreTimeML((text, referenceDate) => annotator(text, referenceDate ? { referenceDate } : {}).temporal, options).map((r) =>
    'skipped' in r ? r : { corpus: r.corpus, metrics: metricsOf(r.counts) });

export default scoreTempEval;

/**
 * Quick run without the rest of the pipeline: `node out/scripts/eval/tempeval.js [--errors]` scores analyzeTemporal
 * alone (with the DCT as reference date) and, with --errors, lists every miss, false alarm and wrong value
 * (corpus, document id, kind, …) in /tmp/tempeval-errors.tsv.
 */
if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { analyzeTemporal } = require('../../src/core/temporal') as typeof import('../../src/core/temporal');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { segment } = require('../../src/core/document') as typeof import('../../src/core/document');
  const showErrors = process.argv.includes('--errors');
  const errors: string[] = [];
  const tagger = (text: string, referenceDate: string | undefined) => {
    const system = analyzeTemporal(segment(text), { referenceDate }).expressions;
    if (showErrors) {
      const loaded = loadedGold.get(text);
      const gold = loaded?.timexes ?? [];
      const tag = loaded ? `${loaded.corpus}\t${loaded.id}\t` : '\t\t';
      const matched = matchTimexes(gold, system);
      const mg = new Set(matched.map(([g]) => g));
      const ms = new Set(matched.map(([, s]) => s));
      for (const g of gold) if (!mg.has(g)) errors.push(tag + `MISS\t${g.type}\t${g.value}\t${g.text}\t${referenceDate}\t${context(text, g)}`);
      for (const s of system) if (!ms.has(s)) errors.push(tag + `FALSE\t${s.type}\t${s.value}\t${s.text}\t${referenceDate}\t${context(text, s)}`);
      for (const [g, s] of matched) {
        if (g.start !== s.start || g.end !== s.end) errors.push(tag + `SPAN\t${g.text}\t|${s.text}\t${referenceDate}\t${context(text, g)}`);
        if (g.value !== s.value) errors.push(tag + `VALUE\t${g.value}\t${s.value}\t${g.text}|${s.text}\t${referenceDate}\t${context(text, g)}`);
        if (g.type !== s.type) errors.push(tag + `TYPE\t${g.type}\t${s.type}\t${g.text}|${s.text}\t${g.value}`);
      }
    }
    return system;
  };
  const context = (text: string, s: { start: number; end: number }) =>
    (text.slice(Math.max(0, s.start - 40), s.start) + '[' + text.slice(s.start, s.end) + ']' + text.slice(s.end, s.end + 40)).replace(/\s+/g, ' ');
  // Each error line starts with the corpus and document id, so errors can be counted per corpus.
  const loadedGold = new Map<string, { corpus: string; id: string; timexes: GoldTimex[] }>();
  for (const corpus of TBAQ_CORPORA) for (const d of loadTimeMLCorpus(corpus) ?? []) loadedGold.set(d.text, { corpus, id: d.id, timexes: d.timexes });
  for (const r of scoreTimeML(tagger)) {
    if ('skipped' in r) { console.log(r.corpus, 'skipped:', r.skipped); continue; }
    console.log(r.corpus.padEnd(26), metricsOf(r.counts).map((m) => `${m.name.replace(' F1', '')} ${m.value.toFixed(3)}`).join('  '));
  }
  if (showErrors) fs.writeFileSync('/tmp/tempeval-errors.tsv', errors.join('\n') + '\n');
}
