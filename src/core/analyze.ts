/**
 * The whole analysis: segment once, then dateline → names → entities → dates → quotations.
 * Pure: no I/O beyond loading shipped model data, no `vscode` import.
 */
import type { AnalyzeOptions, Annotation, Dateline } from './types';
import { segment } from './document';
import { parseDateline } from './dateline';
import { recognizeNames } from './ner';
import { buildEntities } from './entities';
import { analyzeTemporal } from './temporal';
import { findQuotes } from './quotes';

export function analyzeArticle(text: string, options: AnalyzeOptions = {}): Annotation {
  const doc = segment(text);
  const datelineParse = parseDateline(text);
  const names = recognizeNames(doc);
  const entities = buildEntities(doc, names, datelineParse);
  const temporal = analyzeTemporal(doc, { referenceDate: options.referenceDate, datelineDate: datelineParse?.date ?? null });
  const quotes = findQuotes(doc, entities);
  const slice = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  const dateline: Dateline | null = datelineParse
    ? {
        start: datelineParse.start,
        end: datelineParse.end,
        place: slice(datelineParse.place),
        date: slice(datelineParse.date),
        agency: slice(datelineParse.agency),
      }
    : null;
  return { referenceDate: temporal.referenceDate, dateline, entities, temporal: temporal.expressions, quotes };
}
