import * as assert from 'assert';
import type { Annotation } from '../../../../src/core/types';
import { prf } from '../../../../scripts/eval/report';
import {
  countsToMetrics,
  matchKeys,
  overlapMatch,
  pairwiseCounts,
  scoreDocument,
  speakerIsRight,
  type GoldDocument,
} from '../../../../scripts/eval/seedGold';
import { comparisonTable } from '../../../../scripts/eval/table';

// A tiny article whose scores can be worked out by hand.
const TEXT = 'BERLIN, May 3 (Reuters) - Angela Merkel met Macron in Berlin on Monday. "We agree," Merkel said.';
const at = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length, text: s };
};
const merkel1 = at('Angela Merkel');
const merkel2 = at('Merkel', merkel1.end);
const macron = at('Macron');
const berlin1 = at('BERLIN');
const berlin2 = at('Berlin', macron.end);
const reuters = at('Reuters');
const quote = at('"We agree,"');

function gold(): GoldDocument {
  return {
    text: 'synthetic',
    referenceDate: '2025-05-05',
    dateline: { start: 0, end: 23, place: 'BERLIN', date: 'May 3', agency: 'Reuters' },
    entities: [
      { id: 'merkel', type: 'PERSON', name: 'Angela Merkel', mentions: [{ ...merkel1, kind: 'name' }, { ...merkel2, kind: 'name' }] },
      { id: 'macron', type: 'PERSON', name: 'Macron', mentions: [{ ...macron, kind: 'name' }] },
      { id: 'berlin', type: 'LOCATION', name: 'Berlin', mentions: [{ ...berlin1, kind: 'name' }, { ...berlin2, kind: 'name' }] },
      { id: 'reuters', type: 'ORGANIZATION', name: 'Reuters', mentions: [{ ...reuters, kind: 'name' }] },
    ],
    temporal: [
      { ...at('May 3'), type: 'DATE', value: '2025-05-03' },
      { ...at('Monday'), type: 'DATE', value: '2025-05-05' },
    ],
    quotes: [{ ...quote, kind: 'direct', speaker: 'merkel' }],
  };
}

/** The gold itself as a predicted annotation: must score 1 everywhere. */
function perfect(): Annotation {
  const g = gold();
  return {
    referenceDate: g.referenceDate,
    dateline: g.dateline,
    entities: g.entities.map((e) => ({ ...e, id: `p-${e.id}`, mentions: e.mentions.map((m) => ({ ...m })) })),
    temporal: g.temporal.map((t) => ({ ...t, type: t.type as 'DATE' })),
    quotes: g.quotes.map((q) => ({ ...q, speaker: `p-${q.speaker}`, speakerMention: { start: merkel2.start, end: merkel2.end }, cue: null })),
  };
}

const metric = (a: Annotation, name: string) => {
  const m = countsToMetrics(scoreDocument(a, gold())).find((x) => x.name === name);
  assert.ok(m, `metric ${name}`);
  return m.value;
};

describe('evaluation scoring maths', () => {
  it('prf: precision, recall and F1 from counts, 0 where undefined', () => {
    assert.deepStrictEqual(prf(0, 0, 0), { precision: 0, recall: 0, f1: 0 });
    const s = prf(3, 1, 2);
    assert.strictEqual(s.precision, 0.75);
    assert.strictEqual(s.recall, 0.6);
    assert.ok(Math.abs(s.f1 - (2 * 0.75 * 0.6) / 1.35) < 1e-12);
  });

  it('matchKeys counts each gold key once (multiset)', () => {
    assert.deepStrictEqual(matchKeys(['a', 'a', 'b'], ['a', 'c', 'a', 'a']), { tp: 2, fp: 2, fn: 1 });
  });

  it('pairwiseCounts scores mention-pair links keyed by span', () => {
    const A = { start: 0, end: 1 }, B = { start: 2, end: 3 }, C = { start: 4, end: 5 }, D = { start: 6, end: 7 };
    // gold links AB AC BC; predicted links AB CD → tp 1, fp 1, fn 2
    assert.deepStrictEqual(pairwiseCounts([[A, B, C], [D]], [[A, B], [C, D]]), { tp: 1, fp: 1, fn: 2 });
    // singletons make no links; span identity, not object identity, decides
    assert.deepStrictEqual(pairwiseCounts([[A], [B]], [[{ ...A }], [{ ...B }]]), { tp: 0, fp: 0, fn: 0 });
  });

  it('overlapMatch pairs spans one-to-one, largest overlap first', () => {
    const g1 = { start: 0, end: 10 }, g2 = { start: 12, end: 20 };
    const p1 = { start: 5, end: 14 }, p2 = { start: 0, end: 9 };
    const m = overlapMatch([g1, g2], [p1, p2]);
    assert.strictEqual(m.get(g1), p2); // overlap 9 beats p1's 5
    assert.strictEqual(m.get(g2), p1);
  });

  it('a perfect annotation scores 1 on every metric that has something to score', () => {
    const metrics = countsToMetrics(scoreDocument(perfect(), gold()));
    // MISC: neither gold nor prediction has any, so its F1 is 0 by convention (prf of 0/0/0).
    const empty = metrics.filter((m) => m.detail === 'tp=0 fp=0 fn=0').map((m) => m.name);
    assert.deepStrictEqual(empty, ['names MISC F1']);
    for (const m of metrics) if (!empty.includes(m.name)) assert.strictEqual(m.value, 1, m.name);
  });

  it('one missing name mention lowers name recall by exactly one gold mention, precision unchanged', () => {
    const a = perfect();
    a.entities[0]!.mentions.pop(); // drop the second "Merkel"
    assert.strictEqual(metric(a, 'names (span+type) R'), 5 / 6);
    assert.strictEqual(metric(a, 'names (span+type) P'), 1);
    assert.strictEqual(metric(a, 'names PER F1'), prf(2, 0, 1).f1);
    // the lost mention also loses its only link: Merkel–Merkel (of 2 gold links)
    assert.strictEqual(metric(a, 'clusters pairwise R'), 1 / 2);
  });

  it('a wrong type is a false positive and a false negative', () => {
    const a = perfect();
    a.entities[1]!.type = 'ORGANIZATION';
    assert.strictEqual(metric(a, 'names (span+type) P'), 5 / 6);
    assert.strictEqual(metric(a, 'names (span+type) R'), 5 / 6);
  });

  it('split clusters lose links; predicted pronouns the gold does not annotate are ignored', () => {
    const a = perfect();
    const [m1, m2] = a.entities[0]!.mentions;
    a.entities[0]!.mentions = [m1!, { start: TEXT.indexOf('We'), end: TEXT.indexOf('We') + 2, text: 'We', kind: 'pronoun' }];
    a.entities.push({ id: 'p-merkel2', type: 'PERSON', name: 'Merkel', mentions: [m2!] });
    assert.strictEqual(metric(a, 'clusters pairwise R'), 1 / 2);
    assert.strictEqual(metric(a, 'clusters pairwise P'), 1);
  });

  it('temporal: a wrong value keeps the span score and loses the strict one', () => {
    const a = perfect();
    a.temporal[1]!.value = '2025-05-12';
    assert.strictEqual(metric(a, 'temporal span F1'), 1);
    assert.strictEqual(metric(a, 'temporal span+value P'), 1 / 2);
  });

  it('quote speakers: right by shared mention, by overlapping speaker mention, wrong otherwise', () => {
    const g = gold();
    const a = perfect();
    assert.ok(speakerIsRight(a, g, 'merkel', { speaker: 'p-merkel', speakerMention: null }));
    assert.ok(speakerIsRight(a, g, 'merkel', { speaker: null, speakerMention: { start: merkel2.start + 1, end: merkel2.end } }));
    assert.ok(!speakerIsRight(a, g, 'merkel', { speaker: 'p-macron', speakerMention: { start: macron.start, end: macron.end } }));
    assert.ok(!speakerIsRight(a, g, 'merkel', { speaker: null, speakerMention: null }));
    a.quotes[0]!.speaker = 'p-macron';
    a.quotes[0]!.speakerMention = null;
    assert.strictEqual(metric(a, 'quote speaker accuracy (of gold quotes)'), 0);
    assert.strictEqual(metric(a, 'quotes exact span F1'), 1);
  });

  it('a quote one character short misses the exact span but keeps the overlap match', () => {
    const a = perfect();
    a.quotes[0]!.end -= 1;
    assert.strictEqual(metric(a, 'quotes exact span F1'), 0);
    assert.strictEqual(metric(a, 'quotes overlap F1'), 1);
    assert.strictEqual(metric(a, 'quote speaker accuracy (of gold quotes)'), 1);
  });

  it('dateline fields are scored separately', () => {
    const a = perfect();
    a.dateline = { ...a.dateline!, agency: null };
    assert.strictEqual(metric(a, 'dateline place'), 1);
    assert.strictEqual(metric(a, 'dateline agency'), 0);
    a.dateline = null;
    assert.strictEqual(metric(a, 'dateline place'), 0);
  });
});

describe('evaluation table', () => {
  it('puts each annotator in its own column, — where it has no figure, skipped corpora in the notes', () => {
    const { table, notes } = comparisonTable([
      { annotator: 'Ours', sections: [{ corpus: 'X', metrics: [{ name: 'F1', value: 0.5 }, { name: 'P', value: 1 }] }, { corpus: 'Y', skipped: 'absent' }] },
      { annotator: 'Peer', sections: [{ corpus: 'X', metrics: [{ name: 'F1', value: 0.25 }] }, { corpus: 'Y', skipped: 'absent' }] },
    ]);
    const lines = table.split('\n');
    assert.match(lines[0]!, /corpus .*metric .*Ours .*Peer/);
    assert.match(lines[2]!, /X .*F1 .*50\.0 .*25\.0/);
    assert.match(lines[3]!, /P .*100\.0 .*—/);
    assert.deepStrictEqual(notes, ['skipped Y: absent']);
  });
});
