/**
 * The analysis as a list: segment once, then dateline → names → entities → dates → quotations. `analyzeArticle`,
 * the stage bench (`scripts/bench/stages.ts`) and the profiler (`scripts/perf/stagesOn.ts`) all run this list, so
 * there is one wiring to read and to change. A new stage goes here, after the stages whose output it reads.
 */
import { segment } from '../document';
import { parseDateline } from '../dateline';
import { recognizeNames } from '../ner';
import { buildEntities } from '../entities';
import { analyzeTemporal } from '../temporal';
import { findQuotes } from '../quotes';
import type { Stage } from './stage';

export const ARTICLE_STAGES: readonly Stage[] = [
  {
    name: 'segmentation',
    run(doc) {
      const { tokens, sentences, paragraphs } = segment(doc.text);
      doc.tokens = tokens;
      doc.sentences = sentences;
      doc.paragraphs = paragraphs;
    },
  },
  { name: 'dateline', run: (doc) => void (doc.dateline = parseDateline(doc.text)) },
  { name: 'names', run: (doc) => void (doc.names = recognizeNames(doc)) },
  { name: 'entities', run: (doc) => void (doc.entities = buildEntities(doc, doc.names, doc.dateline)) },
  {
    name: 'temporal',
    run: (doc) => void (doc.temporal = analyzeTemporal(doc, { referenceDate: doc.referenceDate, datelineDate: doc.dateline?.date ?? null })),
  },
  { name: 'quotes', run: (doc) => void (doc.quotes = findQuotes(doc, doc.entities)) },
];
