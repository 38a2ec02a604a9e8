/**
 * The whole analysis: segment once, then dateline → names → entities → dates → quotations.
 * Pure: no I/O beyond loading shipped model data, no `vscode` import.
 *
 * Never throws on text: a stage that fails leaves its part empty and says so in `warnings` (so a reader still
 * gets the rest, and tests can insist there are none); every span is checked against the text on the way out.
 */
import type { AnalyzeOptions, Annotation, Dateline, Entity, Quote } from './types';
import { segment, type NameSpan, type SegmentedText } from './document';
import { parseDateline, type DatelineParse } from './dateline';
import { recognizeNames } from './ner';
import { buildEntities } from './entities';
import { analyzeTemporal, type TemporalResult } from './temporal';
import { findQuotes } from './quotes';
import { guardAnnotation } from './annotationGuard';

function attempt<T>(stage: string, warnings: string[], run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    warnings.push(`${stage} failed: ${error instanceof Error ? error.message : String(error)}`);
    return fallback;
  }
}

/** A valid YYYY-MM-DD calendar date, or undefined. */
function validDate(value: string | undefined): string | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value ? value : undefined;
}

export function analyzeArticle(input: string, options: AnalyzeOptions = {}): Annotation {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const warnings: string[] = [];
  const referenceDate = validDate(options.referenceDate);
  const empty: SegmentedText = { text, tokens: [], sentences: [], paragraphs: [] };
  const doc = attempt('segmentation', warnings, () => segment(text), empty);
  const datelineParse = attempt<DatelineParse | null>('dateline', warnings, () => parseDateline(text), null);
  const names = attempt<NameSpan[]>('names', warnings, () => recognizeNames(doc), []);
  const entities = attempt<Entity[]>('entities', warnings, () => buildEntities(doc, names, datelineParse), []);
  const temporal = attempt<TemporalResult>(
    'temporal',
    warnings,
    () => analyzeTemporal(doc, { referenceDate, datelineDate: datelineParse?.date ?? null }),
    { referenceDate: referenceDate ?? null, expressions: [] },
  );
  const quotes = attempt<Quote[]>('quotes', warnings, () => findQuotes(doc, entities), []);
  const slice = (s: { start: number; end: number } | null | undefined) => (s ? text.slice(s.start, s.end) : null);
  const dateline: Dateline | null = datelineParse
    ? {
        start: datelineParse.start,
        end: datelineParse.end,
        place: slice(datelineParse.place),
        date: slice(datelineParse.date),
        agency: slice(datelineParse.agency),
      }
    : null;
  const annotation = guardAnnotation(text, {
    referenceDate: temporal.referenceDate,
    dateline,
    entities,
    temporal: temporal.expressions,
    quotes,
  });
  if (warnings.length > 0) annotation.warnings = warnings;
  return annotation;
}
