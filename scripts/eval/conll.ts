/**
 * CoNLL-2003 scorer: entity-level exact match (conlleval style) on the dev set (eng.testa). Each document's text
 * is its tokens joined by spaces and its sentences by newlines; the annotator runs on that text with its own
 * tokenizer, and predicted spans count only if they start and end exactly on gold token boundaries.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { NameSpan, SegmentedText } from '../../src/core/document';
import { segment } from '../../src/core/document';
import type { Annotator, EntityType } from '../../src/core/types';
import { corpusDir } from './paths';
import { prf, type CorpusScorer, type Metric, type ScorerOptions, type SectionResult } from './report';

export interface ConllSentence {
  tokens: string[];
  /** NER tags as in the file (IOB1). */
  tags: string[];
}
export type ConllDocument = ConllSentence[];

const TYPE_OF: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION', MISC: 'MISC' };
export const SHORT: Record<EntityType, string> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', MISC: 'MISC' };

export function readConll(file: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let sentence: ConllSentence = { tokens: [], tags: [] };
  const flush = () => {
    if (sentence.tokens.length) {
      if (!doc) { doc = []; docs.push(doc); }
      doc.push(sentence);
    }
    sentence = { tokens: [], tags: [] };
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (!t) { flush(); continue; }
    const cols = t.split(' ');
    if (cols[0] === '-DOCSTART-') { flush(); doc = []; docs.push(doc); continue; }
    sentence.tokens.push(cols[0]);
    sentence.tags.push(cols[cols.length - 1]);
  }
  flush();
  return docs.filter((d) => d.length > 0);
}

/** Gold entity spans [start, end) in token indices of one sentence, from IOB1 or IOB2 tags. */
export function chunks(tags: string[]): { start: number; end: number; type: string }[] {
  const out: { start: number; end: number; type: string }[] = [];
  let open: { start: number; end: number; type: string } | null = null;
  tags.forEach((tag, i) => {
    if (tag === 'O' || !tag.includes('-')) { open = null; return; }
    const [bio, type] = [tag.slice(0, 1), tag.slice(2)];
    if (open && bio === 'I' && open.type === type) { open.end = i + 1; return; }
    open = { start: i, end: i + 1, type };
    out.push(open);
  });
  return out;
}

/** title: every word capitalised except short function words, as in many web headlines. */
export type CaseVariant = 'as-is' | 'lower' | 'upper' | 'title';

const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by']);

export interface TextDocument {
  text: string;
  /** Character offsets of each token, document order. */
  starts: number[];
  ends: number[];
  /** Gold spans in character offsets, with CoNLL-style short types (PER, ORG, LOC, MISC). */
  gold: { start: number; end: number; type: string }[];
}

function recase(token: string, variant: CaseVariant): string {
  if (variant === 'as-is') return token;
  if (variant === 'title') {
    if (TITLE_SMALL_WORDS.has(token.toLowerCase())) return token;
    const first = token.charAt(0).toUpperCase();
    return first.length === 1 ? first + token.slice(1) : token;
  }
  const t = variant === 'lower' ? token.toLowerCase() : token.toUpperCase();
  return t.length === token.length ? t : token;
}

/**
 * Clitic tokens of the corpora ("'s", "n't", "'re", …) that news text writes against the word before them
 * ("Clinton's", "doesn't"). Joined with a space, "Clinton 's" would tokenise as "'" + "s": a tagger trained and
 * scored on that text never sees the "'s" token every real article has.
 */
const CLITIC_TOKEN = /^(?:'(?:s|m|d|ll|re|ve)|n't)$/i;

/**
 * Builds a document's text (tokens joined by spaces, clitics attached as in news text, sentences by newlines) and
 * its gold spans in offsets.
 */
export function documentText(sentences: ConllSentence[], variant: CaseVariant = 'as-is', typeMap: (t: string) => string | null = (t) => t): TextDocument {
  let text = '';
  const starts: number[] = [], ends: number[] = [];
  const gold: TextDocument['gold'] = [];
  sentences.forEach((s, si) => {
    if (si > 0) text += '\n';
    const base = starts.length;
    s.tokens.forEach((tok, ti) => {
      if (ti > 0 && !CLITIC_TOKEN.test(tok)) text += ' ';
      starts.push(text.length);
      text += recase(tok, variant);
      ends.push(text.length);
    });
    for (const c of chunks(s.tags)) {
      const type = typeMap(c.type);
      if (type) gold.push({ start: starts[base + c.start], end: ends[base + c.end - 1], type });
    }
  });
  return { text, starts, ends, gold };
}

/** conlleval-style counts per type. */
export class SpanScore {
  readonly counts = new Map<string, { tp: number; fp: number; fn: number }>();
  private get(type: string) {
    let c = this.counts.get(type);
    if (!c) { c = { tp: 0, fp: 0, fn: 0 }; this.counts.set(type, c); }
    return c;
  }
  add(gold: { start: number; end: number; type: string }[], predicted: { start: number; end: number; type: string }[]): void {
    const key = (s: { start: number; end: number; type: string }) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const p of predicted) this.get(p.type)[goldKeys.has(key(p)) ? 'tp' : 'fp']++;
    for (const g of gold) if (!predKeys.has(key(g))) this.get(g.type).fn++;
  }
  metrics(types: string[]): Metric[] {
    let tp = 0, fp = 0, fn = 0;
    const per: Metric[] = [];
    for (const t of types) {
      const c = this.counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
      tp += c.tp; fp += c.fp; fn += c.fn;
      const r = prf(c.tp, c.fp, c.fn);
      per.push({ name: `F1 ${t}`, value: r.f1, detail: `P=${r.precision.toFixed(4)} R=${r.recall.toFixed(4)} tp=${c.tp} fp=${c.fp} fn=${c.fn}` });
    }
    const r = prf(tp, fp, fn);
    return [
      { name: 'F1 overall', value: r.f1, detail: `tp=${tp}, fp=${fp}, fn=${fn}` },
      { name: 'precision', value: r.precision },
      { name: 'recall', value: r.recall },
      ...per,
    ];
  }
}

export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

export function conllDevDocuments(): ConllDocument[] | null {
  const dir = corpusDir('conll2003');
  if (!dir || !fs.existsSync(path.join(dir, 'eng.testa'))) return null;
  return readConll(path.join(dir, 'eng.testa'));
}

/** Predicted spans in character offsets with short types, from an annotator's name/acronym mentions. */
export function annotatorSpans(annotator: Annotator, text: string, typeFilter?: Set<string>): { start: number; end: number; type: string }[] {
  const out: { start: number; end: number; type: string }[] = [];
  for (const entity of annotator(text).entities) {
    const type = SHORT[entity.type];
    if (typeFilter && !typeFilter.has(type)) continue;
    for (const m of entity.mentions) if (m.kind === 'name' || m.kind === 'acronym') out.push({ start: m.start, end: m.end, type });
  }
  return out;
}

/** Scores a span producer on documents; spans are compared by exact character offsets and type. */
export function scoreDocuments(docs: TextDocument[], predict: (text: string) => { start: number; end: number; type: string }[], types: string[]): Metric[] {
  const score = new SpanScore();
  for (const d of docs) score.add(d.gold, predict(d.text));
  return score.metrics(types);
}

/** Scores a recogniser ((doc) => NameSpan[]) directly, for fast iteration and the NER tests. */
export function recognizerSpans(recognize: (doc: SegmentedText) => NameSpan[]): (text: string) => { start: number; end: number; type: string }[] {
  return (text) => recognize(segment(text)).map((s) => ({ start: s.start, end: s.end, type: SHORT[s.type] }));
}

const VARIANTS: { variant: CaseVariant; label: string }[] = [
  { variant: 'as-is', label: 'CoNLL-2003 dev' },
  { variant: 'lower', label: 'CoNLL-2003 dev, lower-cased' },
  { variant: 'upper', label: 'CoNLL-2003 dev, upper-cased' },
  { variant: 'title', label: 'CoNLL-2003 dev, title-cased' },
];

export function scoreConllDev(
  predict: (text: string) => { start: number; end: number; type: string }[], options: ScorerOptions = {},
  variants: CaseVariant[] = ['as-is', 'lower', 'upper'],
): SectionResult[] {
  const docs = conllDevDocuments();
  if (!docs) return [{ corpus: 'CoNLL-2003 dev', skipped: '../shared/eval/conll2003/eng.testa not found' }];
  const used = options.limit ? docs.slice(0, options.limit) : docs;
  return VARIANTS.filter((v) => variants.includes(v.variant)).map(({ variant, label }) => ({
    corpus: label,
    metrics: scoreDocuments(used.map((d) => documentText(d, variant)), predict, CONLL_TYPES),
  }));
}

export const scoreConll: CorpusScorer = async (annotator, options) =>
  scoreConllDev((text) => annotatorSpans(annotator, text), options);
