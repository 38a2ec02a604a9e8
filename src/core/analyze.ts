/**
 * The whole analysis: the stage list of `pipeline/stages.ts` run over one `ArticleDoc`, then the result checked.
 * Pure: no I/O beyond loading shipped model data, no `vscode` import.
 *
 * Never throws on text: a stage that fails leaves its part empty and says so in `warnings` (so a reader still
 * gets the rest, and tests can insist there are none); every span is checked against the text on the way out.
 */
import type { AnalyzeOptions, Annotation, Dateline } from './types';
import { guardAnnotation } from './annotationGuard';
import { ArticleDoc } from './pipeline/articleDoc';
import { ARTICLE_STAGES } from './pipeline/stages';
import { runStages } from './pipeline/runStages';
import { isIsoDate } from './temporal/calendar';

/** A valid YYYY-MM-DD calendar date, or undefined. */
function validDate(value: string | undefined): string | undefined {
  return value && isIsoDate(value) ? value : undefined;
}

/** A fresh document for `text`, ready for the stages (the reference date validated once, here). */
export function newArticleDoc(input: string, options: AnalyzeOptions = {}): ArticleDoc {
  const text = typeof input === 'string' ? input : String(input ?? '');
  return new ArticleDoc(text, validDate(options.referenceDate));
}

export function analyzeArticle(input: string, options: AnalyzeOptions = {}): Annotation {
  const doc = runStages(newArticleDoc(input, options), ARTICLE_STAGES);
  const { text, temporal, entities, quotes, warnings } = doc;
  const datelineParse = doc.dateline;
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
  if (warnings.length > 0) annotation.warnings = [...warnings];
  return annotation;
}
