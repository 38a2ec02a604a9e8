/**
 * Measures what the extension host pays when a huge article's analysis arrives (not a test; run by hand):
 *   node scripts/build.mjs && npx tsc -p . && node out/test/integration/measure-host-cost.js [MB]
 * The annotation is the seed's, repeated to MB megabytes (analysing 10 MB for real takes minutes), so the numbers
 * are about the extension's own code: receiving the result in parts, the outline, the first hover.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Annotation, Span } from '../../src/core/types';
import type { AnalysisResult } from '../../src/extension/analysis/analysisResult';
import { ResultAssembler, splitResult, type AnalysisPart } from '../../src/extension/analysis/analysisMessages';
import { AnnotationIndex } from '../../src/extension/model/annotationIndex';
import { packDecorationPlan, planDecorations } from '../../src/extension/model/decorationPlan';
import { buildOutline } from '../../src/extension/outline/outlineModel';

const root = path.resolve(__dirname, '..', '..', '..');
const megabytes = Number(process.argv[2] ?? 10);
const seed = fs.readFileSync(path.join(root, 'seeds', 'tass-macron-putin-call.txt'), 'utf8') + '\n\n';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { computeAnalysis } = require(path.join(root, 'dist', 'analysisWorker.js')) as { computeAnalysis: (t: string, o: object) => AnalysisResult };
const one = computeAnalysis(seed, {});
const copies = Math.ceil((megabytes * 1024 * 1024) / seed.length);
const text = seed.repeat(copies);
const shift = <T extends Span>(s: T, d: number): T => ({ ...s, start: s.start + d, end: s.end + d });
const annotation: Annotation = {
  referenceDate: one.annotation.referenceDate,
  dateline: one.annotation.dateline,
  entities: one.annotation.entities.map((e) => ({ ...e, mentions: [] })),
  temporal: [],
  quotes: [],
};
const paragraphs: Span[] = [];
for (let c = 0; c < copies; c++) {
  const d = c * seed.length;
  one.annotation.entities.forEach((e, i) => e.mentions.forEach((m) => annotation.entities[i].mentions.push(shift(m, d))));
  one.annotation.temporal.forEach((t) => annotation.temporal.push(shift(t, d)));
  one.annotation.quotes.forEach((q) =>
    annotation.quotes.push({ ...shift(q, d), speakerMention: q.speakerMention && shift(q.speakerMention, d), cue: q.cue && shift(q.cue, d) }));
  one.paragraphs.forEach((p) => paragraphs.push(shift(p, d)));
}
const result: AnalysisResult = { annotation, paragraphs, decorations: packDecorationPlan(planDecorations(annotation)), durationMs: 0 };

const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const value = f();
  return [value, performance.now() - t];
};
const [, wholeMs] = time(() => structuredClone({ ...result, decorations: undefined }));
const assembler = new ResultAssembler();
let assembled: AnalysisResult | undefined;
let maxPartMs = 0;
let parts = 0;
for (const { part } of splitResult(1, result)) {
  const [, ms] = time(() => {
    const received = part.kind === 'decorations' ? part : structuredClone(part);
    assembled = assembler.add(received as Exclude<AnalysisPart, { kind: 'error' }>) ?? assembled;
  });
  maxPartMs = Math.max(maxPartMs, ms);
  parts++;
}
const [roots, outlineMs] = time(() => buildOutline({ text, annotation: assembled!.annotation, paragraphs: assembled!.paragraphs }));
const expand: Record<string, string> = {};
for (const node of roots) expand[node.id] = time(() => node.children.length)[1].toFixed(1);
const index = new AnnotationIndex(assembled!.annotation);
const [, firstHoverMs] = time(() => index.mentionAt(Math.floor(text.length / 2)));
console.log(JSON.stringify({
  characters: text.length,
  mentions: annotation.entities.reduce((n, e) => n + e.mentions.length, 0),
  dates: annotation.temporal.length,
  quotes: annotation.quotes.length,
  oneMessageCloneMs: Math.round(wholeMs),
  parts,
  slowestPartMs: maxPartMs.toFixed(1),
  outlineRootsMs: outlineMs.toFixed(1),
  expandGroupMs: expand,
  firstHoverLookupMs: firstHoverMs.toFixed(1),
}, null, 1));
