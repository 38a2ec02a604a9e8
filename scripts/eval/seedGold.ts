/**
 * The hand-made answers in ../shared/gold/*.json scored the way FORMAT.md describes: name and acronym mentions by
 * exact span and type; entity clusters by pairs of mentions; temporal expressions by span and value; quotations by
 * span and by whether their speaker is the right entity; the dateline's place, date and agency.
 * Micro-averaged over all gold files. The reference date written in the gold is given to the annotator (the seed
 * article does not state its year), so temporal values are comparable.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Annotation, Entity, EntityType, MentionKind, QuoteKind, Span } from '../../src/core/types';
import { ENTITY_TYPES } from '../../src/core/types';
import { SHARED_DIR } from './paths';
import { prf, type CorpusScorer, type Metric, type SectionResult } from './report';

/** A gold file: the FORMAT annotation plus the seed path; `cue` is plain text and `note` fields are commentary. */
export interface GoldDocument {
  text: string;
  referenceDate: string | null;
  dateline: { start: number; end: number; place: string | null; date: string | null; agency: string | null } | null;
  entities: { id: string; type: EntityType; name: string; mentions: { start: number; end: number; text: string; kind: MentionKind }[] }[];
  temporal: { start: number; end: number; text: string; type: string; value: string }[];
  quotes: { start: number; end: number; text: string; kind: QuoteKind; speaker: string | null }[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
function addInto(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

/** Multiset match of string keys: each predicted key consumes at most one equal gold key. */
export function matchKeys(gold: readonly string[], predicted: readonly string[]): Counts {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  let tp = 0;
  for (const p of predicted) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      tp++;
      left.set(p, n - 1);
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

export const spanKey = (s: Span) => `${s.start}:${s.end}`;
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Pairwise cluster scoring: every unordered pair of mentions (keyed by span) placed in one entity is a link; the
 * predicted links are scored against the gold links. Singletons contribute no links.
 */
export function pairwiseCounts(gold: readonly (readonly Span[])[], predicted: readonly (readonly Span[])[]): Counts {
  const links = (clusters: readonly (readonly Span[])[]) => {
    const set = new Set<string>();
    for (const c of clusters) {
      const keys = [...new Set(c.map(spanKey))].sort();
      for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) set.add(`${keys[i]}|${keys[j]}`);
    }
    return set;
  };
  const g = links(gold);
  const p = links(predicted);
  let tp = 0;
  for (const l of p) if (g.has(l)) tp++;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

/** One-to-one greedy matching of predicted to gold spans by overlap (largest overlap first). */
export function overlapMatch<G extends Span, P extends Span>(gold: readonly G[], predicted: readonly P[]): Map<G, P> {
  const pairs: { g: G; p: P; size: number }[] = [];
  for (const g of gold)
    for (const p of predicted)
      if (overlaps(g, p)) pairs.push({ g, p, size: Math.min(g.end, p.end) - Math.max(g.start, p.start) });
  pairs.sort((a, b) => b.size - a.size);
  const out = new Map<G, P>();
  const used = new Set<P>();
  for (const { g, p } of pairs) {
    if (out.has(g) || used.has(p)) continue;
    out.set(g, p);
    used.add(p);
  }
  return out;
}

/** Raw counts for one document: summed over documents, then turned into metrics. */
export interface SeedCounts {
  names: Counts;
  namesByType: Record<EntityType, Counts>;
  clusters: Counts;
  temporalSpan: Counts;
  temporalStrict: Counts;
  quoteSpan: Counts;
  quoteOverlap: Counts;
  quotedSpan: Counts;
  speakerRight: number;
  goldQuotes: number;
  dateline: { place: number; date: number; agency: number; of: number };
}

export function emptyCounts(): SeedCounts {
  return {
    names: zero(),
    namesByType: { PERSON: zero(), ORGANIZATION: zero(), LOCATION: zero(), MISC: zero() },
    clusters: zero(),
    temporalSpan: zero(),
    temporalStrict: zero(),
    quoteSpan: zero(),
    quoteOverlap: zero(),
    quotedSpan: zero(),
    speakerRight: 0,
    goldQuotes: 0,
    dateline: { place: 0, date: 0, agency: 0, of: 0 },
  };
}

const isNameKind = (k: MentionKind) => k === 'name' || k === 'acronym';
const isQuoted = (k: QuoteKind) => k === 'direct' || k === 'partial';

/** Score one predicted annotation against one gold document. */
export function scoreDocument(pred: Annotation, gold: GoldDocument): SeedCounts {
  const c = emptyCounts();

  // Names: exact span + type, name/acronym kinds only on both sides.
  const goldNames = gold.entities.flatMap((e) => e.mentions.filter((m) => isNameKind(m.kind)).map((m) => ({ ...m, type: e.type })));
  const predNames = pred.entities.flatMap((e) => e.mentions.filter((m) => isNameKind(m.kind)).map((m) => ({ ...m, type: e.type })));
  c.names = matchKeys(goldNames.map((m) => `${spanKey(m)}:${m.type}`), predNames.map((m) => `${spanKey(m)}:${m.type}`));
  for (const t of ENTITY_TYPES) {
    c.namesByType[t] = matchKeys(
      goldNames.filter((m) => m.type === t).map(spanKey),
      predNames.filter((m) => m.type === t).map(spanKey),
    );
  }

  // Clusters: all gold mention kinds. Gold leaves pronouns unannotated (FORMAT: optional), so a predicted pronoun
  // mention counts only where gold has a mention at that span.
  const goldSpans = new Set(gold.entities.flatMap((e) => e.mentions.map(spanKey)));
  const predClusters = pred.entities.map((e) => e.mentions.filter((m) => m.kind !== 'pronoun' || goldSpans.has(spanKey(m))));
  c.clusters = pairwiseCounts(gold.entities.map((e) => e.mentions), predClusters);

  // Temporal: span only, and span + value.
  c.temporalSpan = matchKeys(gold.temporal.map(spanKey), pred.temporal.map(spanKey));
  c.temporalStrict = matchKeys(gold.temporal.map((t) => `${spanKey(t)}=${t.value}`), pred.temporal.map((t) => `${spanKey(t)}=${t.value}`));

  // Quotes: exact span (all kinds); overlap; exact span of the quoted (direct/partial) ones; speakers.
  c.quoteSpan = matchKeys(gold.quotes.map(spanKey), pred.quotes.map(spanKey));
  c.quotedSpan = matchKeys(
    gold.quotes.filter((q) => isQuoted(q.kind)).map(spanKey),
    pred.quotes.filter((q) => isQuoted(q.kind)).map(spanKey),
  );
  const matched = overlapMatch(gold.quotes, pred.quotes);
  c.quoteOverlap = { tp: matched.size, fp: pred.quotes.length - matched.size, fn: gold.quotes.length - matched.size };
  c.goldQuotes = gold.quotes.length;
  for (const [g, p] of matched) if (speakerIsRight(pred, gold, g.speaker, p)) c.speakerRight++;

  // Dateline fields, compared as written.
  if (gold.dateline) {
    c.dateline.of = 1;
    const same = (a: string | null | undefined, b: string | null) => (a ?? null)?.trim() === (b ?? null)?.trim();
    if (pred.dateline) {
      if (same(pred.dateline.place, gold.dateline.place)) c.dateline.place = 1;
      if (same(pred.dateline.date, gold.dateline.date)) c.dateline.date = 1;
      if (same(pred.dateline.agency, gold.dateline.agency)) c.dateline.agency = 1;
    }
  }
  return c;
}

/**
 * The speaker is right when our speaker entity shares a mention span with the gold speaker entity, or our
 * speaker mention overlaps one of the gold speaker's mentions. A gold quote without a speaker is right when ours
 * has none either.
 */
export function speakerIsRight(
  pred: Annotation,
  gold: GoldDocument,
  goldSpeaker: string | null,
  quote: { speaker: string | null; speakerMention: Span | null },
): boolean {
  if (goldSpeaker === null) return quote.speaker === null && quote.speakerMention === null;
  const goldEntity = gold.entities.find((e) => e.id === goldSpeaker);
  if (!goldEntity) return false;
  const goldKeys = new Set(goldEntity.mentions.map(spanKey));
  const ours: Entity | undefined = quote.speaker ? pred.entities.find((e) => e.id === quote.speaker) : undefined;
  if (ours?.mentions.some((m) => goldKeys.has(spanKey(m)))) return true;
  return quote.speakerMention !== null && goldEntity.mentions.some((m) => overlaps(m, quote.speakerMention!));
}

export function sumCounts(all: readonly SeedCounts[]): SeedCounts {
  const total = emptyCounts();
  for (const c of all) {
    addInto(total.names, c.names);
    for (const t of ENTITY_TYPES) addInto(total.namesByType[t], c.namesByType[t]);
    addInto(total.clusters, c.clusters);
    addInto(total.temporalSpan, c.temporalSpan);
    addInto(total.temporalStrict, c.temporalStrict);
    addInto(total.quoteSpan, c.quoteSpan);
    addInto(total.quoteOverlap, c.quoteOverlap);
    addInto(total.quotedSpan, c.quotedSpan);
    total.speakerRight += c.speakerRight;
    total.goldQuotes += c.goldQuotes;
    total.dateline.place += c.dateline.place;
    total.dateline.date += c.dateline.date;
    total.dateline.agency += c.dateline.agency;
    total.dateline.of += c.dateline.of;
  }
  return total;
}

const detail = (c: Counts) => `tp=${c.tp} fp=${c.fp} fn=${c.fn}`;
function prfMetrics(label: string, c: Counts, which: ('P' | 'R' | 'F1')[] = ['P', 'R', 'F1']): Metric[] {
  const s = prf(c.tp, c.fp, c.fn);
  const value = { P: s.precision, R: s.recall, F1: s.f1 };
  return which.map((w) => ({ name: `${label} ${w}`, value: value[w], detail: detail(c) }));
}

export function countsToMetrics(c: SeedCounts): Metric[] {
  const short: Record<EntityType, string> = { PERSON: 'PER', ORGANIZATION: 'ORG', LOCATION: 'LOC', MISC: 'MISC' };
  const metrics: Metric[] = [
    ...prfMetrics('names (span+type)', c.names),
    ...ENTITY_TYPES.flatMap((t) => prfMetrics(`names ${short[t]}`, c.namesByType[t], ['F1'])),
    ...prfMetrics('clusters pairwise', c.clusters),
    ...prfMetrics('temporal span', c.temporalSpan, ['F1']),
    ...prfMetrics('temporal span+value', c.temporalStrict),
    ...prfMetrics('quotes exact span', c.quoteSpan, ['F1']),
    ...prfMetrics('quotes direct/partial exact span', c.quotedSpan, ['F1']),
    ...prfMetrics('quotes overlap', c.quoteOverlap, ['F1']),
    {
      name: 'quote speaker accuracy (of gold quotes)',
      value: c.goldQuotes ? c.speakerRight / c.goldQuotes : 0,
      detail: `${c.speakerRight}/${c.goldQuotes}`,
    },
  ];
  if (c.dateline.of > 0) {
    for (const f of ['place', 'date', 'agency'] as const)
      metrics.push({ name: `dateline ${f}`, value: c.dateline[f] / c.dateline.of, detail: `${c.dateline[f]}/${c.dateline.of}` });
  }
  return metrics;
}

export const GOLD_DIR = path.join(SHARED_DIR, 'gold');

/** The gold documents with their texts, sorted by file name. */
export function loadGold(dir = GOLD_DIR): { file: string; gold: GoldDocument; text: string }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as GoldDocument;
      const text = fs.readFileSync(path.resolve(dir, '..', gold.text), 'utf8');
      return { file: f, gold, text };
    });
}

export const scoreSeedGold: CorpusScorer = async (annotator, options = {}): Promise<SectionResult[]> => {
  const corpus = 'seed gold';
  let docs = loadGold();
  if (docs.length === 0) return [{ corpus, skipped: `no gold files in ${GOLD_DIR}` }];
  if (options.limit !== undefined) docs = docs.slice(0, options.limit);
  const counts = docs.map(({ gold, text }) =>
    scoreDocument(annotator(text, gold.referenceDate ? { referenceDate: gold.referenceDate } : {}), gold),
  );
  return [{ corpus: `${corpus} (${docs.length} doc${docs.length === 1 ? '' : 's'})`, metrics: countsToMetrics(sumCounts(counts)) }];
};
