/**
 * wink-nlp (+ wink-eng-lite-web-model) as a peer for the benchmark. The lite model's named entities are
 * DATE / TIME / DURATION / CARDINAL / MONEY / ... with no people, organisations or places and no normalised values,
 * so the annotation carries its temporal spans only (value "" = not normalised); what the bench measures is the cost
 * of wink's full pipeline (tokens, sentences, POS, entities) on the same text.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalyzeOptions, Annotation, TemporalExpression, TemporalType } from '../../../src/core/types';

let loaded: ReturnType<typeof winkNLP> | null = null;
/** Loading the model is the expensive part; done once, on first use. */
function winkInstance(): ReturnType<typeof winkNLP> {
  loaded ??= winkNLP(model);
  return loaded;
}

const TEMPORAL: Record<string, TemporalType> = { DATE: 'DATE', TIME: 'TIME', DURATION: 'DURATION' };

export function annotateWithWink(text: string, options: AnalyzeOptions = {}): Annotation {
  const nlp = winkInstance();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  // wink is lossless: preceding spaces + token values rebuild the text, so offsets are running sums (UTF-16).
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const found = text.startsWith(values[i]!, at) ? at : text.indexOf(values[i]!, at);
    starts.push(found < 0 ? at : found);
    at = (found < 0 ? at : found) + values[i]!.length;
    ends.push(at);
  }
  const details = doc.entities().out(its.detail) as unknown as { value: string; type: string }[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const temporal: TemporalExpression[] = [];
  details.forEach((d, i) => {
    const type = TEMPORAL[d.type];
    const span = spans[i];
    if (!type || !span) return;
    const start = starts[span[0]]!;
    const end = ends[span[1]]!;
    temporal.push({ start, end, text: text.slice(start, end), type, value: '' });
  });
  // Touch the parts of the pipeline a reader of the article would use, so the bench measures them too.
  doc.sentences().length();
  doc.tokens().out(its.pos);
  return { referenceDate: options.referenceDate ?? null, dateline: null, entities: [], temporal, quotes: [] };
}
