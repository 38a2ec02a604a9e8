import '../../../../src/node/installNerModel';
import * as assert from 'assert';
import { analyzeArticle } from '../../../../src/core';
import type { Annotation, AnalyzeOptions } from '../../../../src/core/types';
import type { Metric } from '../../../../scripts/eval/report';
import { GOLD_DIR, loadGold, scoreSeedGold, type GoldDocument } from '../../../../scripts/eval/seedGold';

function goldAsAnnotation(g: GoldDocument): Annotation {
  return {
    referenceDate: g.referenceDate,
    dateline: g.dateline,
    entities: g.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m })) })),
    temporal: g.temporal.map((t) => ({ start: t.start, end: t.end, text: t.text, type: t.type as 'DATE', value: t.value })),
    quotes: g.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, speakerMention: null, cue: null })),
  };
}

async function metricsOf(annotate: (text: string, o?: AnalyzeOptions) => Annotation): Promise<Metric[]> {
  const [section] = await scoreSeedGold(annotate);
  assert.ok(section && 'metrics' in section, 'the seed gold is scored');
  return section.metrics;
}

describe('seed gold scorer', function () {
  const docs = loadGold();
  before(function () {
    if (docs.length === 0) {
      console.log(`skipping seed gold scorer tests: no gold in ${GOLD_DIR}`);
      this.skip();
    }
  });

  it('gives the annotator each seed text with the gold reference date', async () => {
    const calls: [string, AnalyzeOptions | undefined][] = [];
    await metricsOf((text, o) => {
      calls.push([text, o]);
      return analyzeArticle(text, o);
    });
    assert.deepStrictEqual(calls.map(([t, o]) => [t.length, o?.referenceDate]), docs.map((d) => [d.text.length, d.gold.referenceDate ?? undefined]));
  });

  it('the gold itself scores 1 on names, clusters, temporal, quote spans and speakers', async () => {
    const byText = new Map(docs.map((d) => [d.text, d.gold]));
    const metrics = await metricsOf((text) => goldAsAnnotation(byText.get(text)!));
    for (const name of ['names (span+type) F1', 'clusters pairwise F1', 'temporal span+value F1', 'quotes exact span F1', 'quote speaker accuracy (of gold quotes)', 'dateline place'])
      assert.strictEqual(metrics.find((m) => m.name === name)?.value, 1, name);
  });

  it('an empty annotation has zero recall everywhere', async () => {
    const metrics = await metricsOf(() => ({ referenceDate: null, dateline: null, entities: [], temporal: [], quotes: [] }));
    for (const m of metrics.filter((x) => / R$|accuracy/.test(x.name))) assert.strictEqual(m.value, 0, m.name);
  });

  it("reports the pipeline's own name matches (recounted independently)", async () => {
    const metrics = await metricsOf(analyzeArticle);
    let tp = 0, predicted = 0, gold = 0;
    for (const { text, gold: g } of docs) {
      const a = analyzeArticle(text, g.referenceDate ? { referenceDate: g.referenceDate } : {});
      const goldKeys = g.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name' || m.kind === 'acronym').map((m) => `${m.start}-${m.end}-${e.type}`));
      const ours = a.entities.flatMap((e) => e.mentions.filter((m) => m.kind === 'name' || m.kind === 'acronym').map((m) => `${m.start}-${m.end}-${e.type}`));
      gold += goldKeys.length;
      predicted += ours.length;
      tp += ours.filter((k) => goldKeys.includes(k)).length;
    }
    const f1 = metrics.find((m) => m.name === 'names (span+type) F1')!;
    assert.strictEqual(f1.detail, `tp=${tp} fp=${predicted - tp} fn=${gold - tp}`);
    assert.strictEqual(f1.value, tp === 0 ? 0 : (2 * tp) / (predicted + gold));
  });
});
