/**
 * GMB (Groningen Meaning Bank) NER scorer on held-out sentences: the last 10% by sentence number, which no
 * training here ever reads. GMB has no document boundaries, so consecutive held-out sentences are grouped into
 * pseudo-documents of 20 sentences. Types: geo and gpe → LOC, per → PER, org → ORG (tim/art/eve/nat unscored);
 * GMB's gpe also covers nationality adjectives ("French") that CoNLL calls MISC, so LOC recall is capped.
 */
import * as fs from 'fs';
import * as path from 'path';
import { corpusDir } from './paths';
import { annotatorSpans, documentText, SpanScore, type CaseVariant, type ConllSentence, type TextDocument } from './conll';
import { prf, type CorpusScorer, type Metric, type ScorerOptions, type SectionResult } from './report';

export const GMB_HELD_OUT_FRACTION = 0.1;
const SENTENCES_PER_DOCUMENT = 20;
const TYPES = ['PER', 'ORG', 'LOC'];

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= line.length) break;
        if (line[i] === '"') {
          if (line[i + 1] === '"') { v += '"'; i += 2; continue; }
          i++;
          break;
        }
        v += line[i++];
      }
      out.push(v);
      i++; // comma
    } else {
      const j = line.indexOf(',', i);
      if (j < 0) { out.push(line.slice(i)); break; }
      out.push(line.slice(i, j));
      i = j + 1;
    }
  }
  return out;
}

/** All GMB sentences in file order (tags IOB2 as in the file). */
export function readGmb(file: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  const lines = fs.readFileSync(file, 'latin1').split(/\r?\n/);
  for (let k = 1; k < lines.length; k++) {
    const line = lines[k];
    if (!line) continue;
    const cols = parseCsvLine(line);
    if (cols.length < 4) continue;
    if (cols[0].startsWith('Sentence:')) sentences.push({ tokens: [], tags: [] });
    const s = sentences[sentences.length - 1];
    if (!s) continue;
    s.tokens.push(cols[1]);
    s.tags.push(cols[3]);
  }
  return sentences.filter((s) => s.tokens.length > 0);
}

export function gmbFile(): string | null {
  const dir = corpusDir('gmb');
  const file = dir && path.join(dir, 'ner_dataset.csv');
  return file && fs.existsSync(file) ? file : null;
}

/** Sentences free for training / unlabelled text (the first 90%), and the held-out rest. */
export function splitGmb(sentences: ConllSentence[]): { train: ConllSentence[]; heldOut: ConllSentence[] } {
  const cut = Math.floor(sentences.length * (1 - GMB_HELD_OUT_FRACTION));
  return { train: sentences.slice(0, cut), heldOut: sentences.slice(cut) };
}

export function gmbType(t: string): string | null {
  return t === 'geo' || t === 'gpe' ? 'LOC' : t === 'per' ? 'PER' : t === 'org' ? 'ORG' : null;
}

export function gmbHeldOutDocuments(variant: CaseVariant = 'as-is'): TextDocument[] | null {
  const file = gmbFile();
  if (!file) return null;
  const { heldOut } = splitGmb(readGmb(file));
  const docs: TextDocument[] = [];
  for (let i = 0; i < heldOut.length; i += SENTENCES_PER_DOCUMENT) {
    docs.push(documentText(heldOut.slice(i, i + SENTENCES_PER_DOCUMENT), variant, gmbType));
  }
  return docs;
}

export function scoreGmbHeldOut(predict: (text: string) => { start: number; end: number; type: string }[], options: ScorerOptions = {}): SectionResult[] {
  const docs = gmbHeldOutDocuments();
  if (!docs) return [{ corpus: 'GMB held-out', skipped: '../shared/eval/gmb/ner_dataset.csv not found' }];
  const used = options.limit ? docs.slice(0, options.limit) : docs;
  const keep = new Set(TYPES);
  const predictions = used.map((d) => predict(d.text).filter((s) => keep.has(s.type)));
  const score = new SpanScore();
  used.forEach((d, k) => score.add(d.gold, predictions[k]));
  const metrics: Metric[] = score.metrics(TYPES);
  metrics.push(overlapF1(used, predictions));
  return [{ corpus: 'GMB held-out (last 10%)', metrics }];
}

/**
 * Overlap F1: a prediction matches a gold name of the same type that it overlaps (one to one). GMB's person
 * spans include titles ("President Barack Obama", "Mr. Moyo") where CoNLL's, and ours, do not; this figure shows
 * how much of the strict gap is that convention.
 */
function overlapF1(docs: TextDocument[], predictions: { start: number; end: number; type: string }[][]): Metric {
  let tp = 0, fp = 0, fn = 0;
  docs.forEach((d, k) => {
    const used = new Set<number>();
    for (const p of predictions[k]) {
      const g = d.gold.findIndex((x, gi) => !used.has(gi) && x.type === p.type && x.start < p.end && p.start < x.end);
      if (g >= 0) { used.add(g); tp++; } else fp++;
    }
    fn += d.gold.length - used.size;
  });
  const r = prf(tp, fp, fn);
  return { name: 'F1 overall (overlap)', value: r.f1, detail: `tp=${tp}, fp=${fp}, fn=${fn}` };
}

export const scoreGmb: CorpusScorer = async (annotator, options) =>
  scoreGmbHeldOut((text) => annotatorSpans(annotator, text), options);
