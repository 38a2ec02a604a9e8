/**
 * The modern-news name gold (issue #9): names hand-annotated with CoNLL classes and span conventions
 * (docs/ner.md, "Modern-news name gold") in PolNeAR *train* articles (2015–16 US politics; no rule or weight was
 * tuned on them). The repo holds standoff only — test/gold/polnear-names/<article>.json: the article's file name,
 * the SHA-256 of its text and [start, end, type] per name in UTF-16 offsets; the text is read from
 * ../shared/eval/polnear/train/text. Scored like CoNLL: exact span and type.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { annotatorSpans, SpanScore, CONLL_TYPES } from './conll';
import { corpusDir, REPO_ROOT } from './paths';
import type { CorpusScorer, Metric, SectionResult } from './report';

export const POLNEAR_NAMES_DIR = path.join(REPO_ROOT, 'test', 'gold', 'polnear-names');

export interface NameGoldFile {
  article: string;
  sha256: string;
  /** [start, end, type] with CoNLL short types (PER, ORG, LOC, MISC). */
  names: [number, number, string][];
}

export interface NameGoldDocument {
  article: string;
  text: string;
  gold: { start: number; end: number; type: string }[];
}

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The gold documents, or why there are none (no ../shared, no gold files). A changed text is an error. */
export function polnearNameDocuments(): NameGoldDocument[] | string {
  const polnear = corpusDir('polnear');
  if (!polnear) return '../shared/eval/polnear not found';
  if (!fs.existsSync(POLNEAR_NAMES_DIR)) return 'test/gold/polnear-names not found';
  const docs: NameGoldDocument[] = [];
  for (const f of fs.readdirSync(POLNEAR_NAMES_DIR).filter((x) => x.endsWith('.json')).sort()) {
    const g = JSON.parse(fs.readFileSync(path.join(POLNEAR_NAMES_DIR, f), 'utf8')) as NameGoldFile;
    const text = fs.readFileSync(path.join(polnear, 'train', 'text', g.article), 'utf8');
    if (sha256(text) !== g.sha256) throw new Error(`${f}: the text of ${g.article} is not the one annotated`);
    docs.push({ article: g.article, text, gold: g.names.map(([start, end, type]) => ({ start, end, type })) });
  }
  return docs.length ? docs : 'no gold files in test/gold/polnear-names';
}

export function scorePolnearNameSpans(predict: (text: string) => { start: number; end: number; type: string }[]): SectionResult[] {
  const corpus = `PolNeAR train, modern-news name gold`;
  const docs = polnearNameDocuments();
  if (typeof docs === 'string') return [{ corpus, skipped: docs }];
  const score = new SpanScore();
  let typedRight = 0, found = 0, total = 0;
  for (const d of docs) {
    const predicted = predict(d.text);
    score.add(d.gold, predicted);
    for (const g of d.gold) {
      total++;
      const same = predicted.find((p) => p.start === g.start && p.end === g.end);
      if (same) { found++; if (same.type === g.type) typedRight++; }
    }
  }
  const metrics: Metric[] = score.metrics(CONLL_TYPES);
  metrics.push({ name: 'names typed right', value: total ? typedRight / total : 0, detail: `${typedRight} of ${total} gold names found with their exact span and type (${found} with the exact span), ${docs.length} articles` });
  return [{ corpus: `${corpus} (${docs.length} articles)`, metrics }];
}

export const scorePolnearNames: CorpusScorer = async (annotator) => scorePolnearNameSpans((text) => annotatorSpans(annotator, text));
