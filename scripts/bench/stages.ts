/**
 * Article Lens stage by stage, for finding which stage makes a big file slow (`npm run bench -- --stages`).
 * Mirrors the composition in src/core/analyze.ts; if a stage's signature changes, the profile says so rather than
 * guessing.
 */
import '../../src/node/installNerModel';
import { segment } from '../../src/core/document';
import { parseDateline } from '../../src/core/dateline';
import { recognizeNames } from '../../src/core/ner';
import { buildEntities } from '../../src/core/entities';
import { analyzeTemporal } from '../../src/core/temporal';
import { findQuotes } from '../../src/core/quotes';

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

function timed<T>(into: Record<string, number>, stage: string, run: () => T): T {
  const t = process.hrtime.bigint();
  const result = run();
  into[stage] = seconds(t);
  return result;
}

/** Seconds per stage for one text. */
export function timeStages(text: string, referenceDate?: string): Record<string, number> {
  const s: Record<string, number> = {};
  const doc = timed(s, 'segment', () => segment(text));
  const dateline = timed(s, 'dateline', () => parseDateline(text));
  const names = timed(s, 'names', () => recognizeNames(doc));
  const entities = timed(s, 'entities', () => buildEntities(doc, names, dateline));
  timed(s, 'temporal', () => analyzeTemporal(doc, { referenceDate, datelineDate: dateline?.date ?? null }));
  timed(s, 'quotes', () => findQuotes(doc, entities));
  return s;
}
