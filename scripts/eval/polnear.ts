/**
 * PolNeAR attribution scorer (issue 2 §3 and 5). PolNeAR (../shared/eval/polnear, brat standoff) marks every
 * attribution in an article as Source / Cue / Content spans linked by an event line. Offsets in the .ann files
 * count Unicode code points; they are converted to UTF-16 here.
 *
 * What is scored (see docs/quotes.md):
 * - gold direct quotes: quoted stretches (between quotation marks — straight, curly, guillemets, curly singles and
 *   the typewriter pairs '' and `` — per paragraph) of ≥ 3 words lying at least half inside an annotated
 *   attribution Content;
 * - direct-quote recall: gold stretches of which ≥ 80% of the characters are covered by one predicted quote of
 *   kind direct or partial;
 * - precision: of the predicted direct/partial quotes that are attributed (speaker or speakerMention not null),
 *   the share lying at least half inside some annotated Content;
 * - speaker accuracy: of the recalled gold stretches whose attribution has a Source, the share whose predicted
 *   quote has a speakerMention, or a speaker entity with a mention, overlapping that Source;
 * - reported-speech recall: of the attributions with a Source whose Content holds no gold direct quote, the share
 *   overlapped (≥ 50% of the content) by a predicted quote of kind reported with the right source (as above).
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Annotation, Annotator, Quote } from '../../src/core/types';
import { corpusDir } from './paths';
import type { CorpusScorer, Metric, SectionResult } from './report';

export interface Segment {
  start: number;
  end: number;
}

export interface PolnearAttribution {
  id: string;
  source: Segment[];
  cue: Segment[];
  content: Segment[];
}

export interface PolnearDocument {
  name: string;
  text: string;
  attributions: PolnearAttribution[];
}

/** UTF-16 offset of each code-point offset (index = code point offset, value = UTF-16 offset). */
function codePointToUtf16(text: string): number[] {
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return map;
}

export function parseAnn(ann: string, text: string): PolnearAttribution[] {
  const map = codePointToUtf16(text);
  const toUtf16 = (cp: number) => map[Math.min(cp, map.length - 1)];
  const spans = new Map<string, { type: string; segments: Segment[] }>();
  const events: string[] = [];
  for (const line of ann.split(/\r?\n/)) {
    if (line.startsWith('T')) {
      const [id, typeAndOffsets] = line.split('\t');
      if (!typeAndOffsets) continue;
      const firstSpace = typeAndOffsets.indexOf(' ');
      const type = typeAndOffsets.slice(0, firstSpace);
      const segments = typeAndOffsets
        .slice(firstSpace + 1)
        .split(';')
        .map((pair) => pair.trim().split(/\s+/).map(Number))
        .filter((pair) => pair.length === 2 && pair.every(Number.isFinite))
        .map(([s, e]) => ({ start: toUtf16(s), end: toUtf16(e) }));
      spans.set(id, { type, segments });
    } else if (line.startsWith('E')) {
      events.push(line);
    }
  }
  const attributions: PolnearAttribution[] = [];
  for (const line of events) {
    const [id, args] = line.split('\t');
    if (!args) continue;
    const attribution: PolnearAttribution = { id, source: [], cue: [], content: [] };
    for (const arg of args.split(/\s+/)) {
      const [role, ref] = arg.split(':');
      const span = spans.get(ref);
      if (!span) continue;
      if (/^Source/.test(role)) attribution.source.push(...span.segments);
      else if (/^Cue/.test(role)) attribution.cue.push(...span.segments);
      else if (/^Content/.test(role)) attribution.content.push(...span.segments);
    }
    if (attribution.content.length > 0) attributions.push(attribution);
  }
  return attributions;
}

/**
 * The documents of a PolNeAR split. Two dev articles were annotated by several annotators (agreement checks);
 * the first annotation file in name order is used for them.
 */
export function loadPolnear(split: 'dev' | 'train', limit?: number): PolnearDocument[] | null {
  const dir = corpusDir(path.join('polnear', split));
  if (!dir) return null;
  const annFiles = fs.readdirSync(path.join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  const docs: PolnearDocument[] = [];
  for (const file of fs.readdirSync(path.join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    if (limit !== undefined && docs.length >= limit) break;
    const base = file.slice(0, -4);
    const ann = annFiles.find((a) => a.startsWith(base + '_') && /^_[0-9a-f]+\.ann$/.test(a.slice(base.length)));
    if (!ann) continue;
    const text = fs.readFileSync(path.join(dir, 'text', file), 'utf8');
    const attributions = parseAnn(fs.readFileSync(path.join(dir, 'attributions', ann), 'utf8'), text);
    docs.push({ name: base, text, attributions });
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------------------------
// Gold direct quotes: an independent, deliberately plain scanner (pairs of double marks or curly singles inside
// one paragraph; an opening mark never closed runs to the paragraph end), so the gold does not share the
// analyser's rules.

export interface GoldQuote extends Segment {
  attribution: PolnearAttribution;
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '‘': '’', '"': '"' };

function plainQuotedStretches(text: string): Segment[] {
  const out: Segment[] = [];
  const paragraphs = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = paragraphs.exec(text)) !== null) {
    const para = m[0];
    const base = m.index;
    let i = 0;
    while (i < para.length) {
      // Typewriter pairs of some wire feeds: ''quote'' and ``quote''.
      const pair = para.startsWith("''", i) || para.startsWith('``', i);
      const closer = pair ? "''" : OPENERS[para[i]];
      const prev = i > 0 ? para[i - 1] : ' ';
      // An opening mark starts a word; a curly single after a letter is an apostrophe.
      if (!closer || !/[\s(\[—–-]/u.test(prev)) {
        i++;
        continue;
      }
      const width = pair ? 2 : 1;
      let j = i + width;
      let found = -1;
      while (j < para.length) {
        if (para.startsWith(closer, j) && /[^\s]/u.test(para[j - 1]) && (j + closer.length >= para.length || !/[\p{L}\p{N}]/u.test(para[j + closer.length]))) {
          found = j;
          break;
        }
        j++;
      }
      const end = found >= 0 ? found + closer.length : para.length;
      out.push({ start: base + i, end: base + end });
      i = end;
    }
  }
  return out;
}

function wordCount(s: string): number {
  return (s.match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []).length;
}

function overlap(a: Segment, b: Segment): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function overlapsAny(a: Segment, bs: Segment[]): boolean {
  return bs.some((b) => overlap(a, b) > 0);
}

export function goldDirectQuotes(doc: PolnearDocument): GoldQuote[] {
  const gold: GoldQuote[] = [];
  for (const stretch of plainQuotedStretches(doc.text)) {
    const inner = doc.text.slice(stretch.start + 1, stretch.end - 1).replace(/^['`]|'$/g, '');
    if (wordCount(inner) < 3) continue;
    const length = stretch.end - stretch.start;
    let best: PolnearAttribution | null = null;
    let bestOverlap = 0;
    for (const a of doc.attributions) {
      const o = a.content.reduce((sum, c) => sum + overlap(stretch, c), 0);
      if (o > bestOverlap) {
        best = a;
        bestOverlap = o;
      }
    }
    if (best && bestOverlap >= 0.5 * length) gold.push({ ...stretch, attribution: best });
  }
  return gold;
}

// ---------------------------------------------------------------------------------------------------------------

function speakerSpans(quote: Quote, annotation: Annotation): Segment[] {
  const spans: Segment[] = [];
  if (quote.speakerMention) spans.push(quote.speakerMention);
  if (quote.speaker) {
    const entity = annotation.entities.find((e) => e.id === quote.speaker);
    if (entity) spans.push(...entity.mentions);
  }
  return spans;
}

export interface PolnearCounts {
  goldDirect: number;
  recalled: number;
  withSource: number;
  speakerRight: number;
  attributedPredicted: number;
  attributedInContent: number;
  reportedGold: number;
  reportedFound: number;
  reportedPredicted: number;
  reportedInContent: number;
}

export function scoreDocument(doc: PolnearDocument, annotation: Annotation, counts: PolnearCounts): void {
  const gold = goldDirectQuotes(doc);
  const quoted = annotation.quotes.filter((q) => q.kind !== 'reported');
  const contents = doc.attributions.flatMap((a) => a.content);
  for (const g of gold) {
    counts.goldDirect++;
    const length = g.end - g.start;
    const match = quoted.find((q) => overlap(q, g) >= 0.8 * length);
    if (!match) continue;
    counts.recalled++;
    if (g.attribution.source.length === 0) continue;
    counts.withSource++;
    if (speakerSpans(match, annotation).some((s) => overlapsAny(s, g.attribution.source))) counts.speakerRight++;
  }
  for (const q of quoted) {
    if (!q.speaker && !q.speakerMention) continue;
    counts.attributedPredicted++;
    const inside = contents.reduce((sum, c) => sum + overlap(q, c), 0);
    if (inside >= 0.5 * (q.end - q.start)) counts.attributedInContent++;
  }
  const reported = annotation.quotes.filter((q) => q.kind === 'reported');
  for (const a of doc.attributions) {
    if (a.source.length === 0) continue;
    if (gold.some((g) => g.attribution === a)) continue;
    counts.reportedGold++;
    const length = a.content.reduce((sum, c) => sum + c.end - c.start, 0);
    const found = reported.some(
      (q) =>
        a.content.reduce((sum, c) => sum + overlap(q, c), 0) >= 0.5 * length &&
        speakerSpans(q, annotation).some((s) => overlapsAny(s, a.source)),
    );
    if (found) counts.reportedFound++;
  }
  for (const q of reported) {
    counts.reportedPredicted++;
    const inside = contents.reduce((sum, c) => sum + overlap(q, c), 0);
    if (inside >= 0.5 * (q.end - q.start)) counts.reportedInContent++;
  }
}

export function emptyCounts(): PolnearCounts {
  return {
    goldDirect: 0,
    recalled: 0,
    withSource: 0,
    speakerRight: 0,
    attributedPredicted: 0,
    attributedInContent: 0,
    reportedGold: 0,
    reportedFound: 0,
    reportedPredicted: 0,
    reportedInContent: 0,
  };
}

export function polnearMetrics(c: PolnearCounts): Metric[] {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return [
    { name: 'direct-quote recall', value: ratio(c.recalled, c.goldDirect), detail: `${c.recalled}/${c.goldDirect} quoted stretches ≥3 words in attributions` },
    {
      name: 'attributed-quote precision',
      value: ratio(c.attributedInContent, c.attributedPredicted),
      detail: `${c.attributedInContent}/${c.attributedPredicted} attributed direct/partial quotes inside an attribution content`,
    },
    { name: 'speaker accuracy', value: ratio(c.speakerRight, c.withSource), detail: `${c.speakerRight}/${c.withSource} recalled quotes with an annotated source` },
    {
      name: 'reported-speech recall (source right)',
      value: ratio(c.reportedFound, c.reportedGold),
      detail: `${c.reportedFound}/${c.reportedGold} non-quoted attributions with a source`,
    },
    {
      name: 'reported-speech precision',
      value: ratio(c.reportedInContent, c.reportedPredicted),
      detail: `${c.reportedInContent}/${c.reportedPredicted} reported quotes inside an attribution content`,
    },
  ];
}

export const scorePolnear: CorpusScorer = async (annotator: Annotator, options = {}): Promise<SectionResult[]> => {
  const corpus = 'PolNeAR dev (quotations)';
  const docs = loadPolnear('dev', options.limit);
  if (!docs) return [{ corpus, skipped: '../shared/eval/polnear/dev is absent' }];
  const counts = emptyCounts();
  for (const doc of docs) scoreDocument(doc, annotator(doc.text), counts);
  return [{ corpus, metrics: polnearMetrics(counts) }];
};
