import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../../../../src/core/analyze';
import type { Annotation, TemporalExpression } from '../../../../../src/core/types';
import { contentSecurityPolicy, makeNonce, mapHtml } from '../../../../../src/extension/features/map/mapHtml';
import { MAX_EXPORT_CHARS, parseWebviewMessage } from '../../../../../src/extension/features/map/mapMessages';
import { sentenceAround, sentenceSnippet } from '../../../../../src/extension/features/map/snippet';
import { buildSpeakerGraph, MAX_RADIUS, MIN_RADIUS, nodeRadius } from '../../../../../src/extension/features/map/speakerGraph';
import { buildTimeline, formatDay, type TimelineMark } from '../../../../../src/extension/features/map/timelineModel';
import { dateOfDay, dayNumber, timexInterval } from '../../../../../src/extension/features/map/timexInterval';
import { ARTICLE, buildAnnotation, seedPath, spanOf } from '../../../support/extensionFixtures';

const day = (iso: string) => {
  const [year, month, d] = iso.split('-').map(Number);
  return dayNumber({ year, month, day: d });
};
const interval = (value: string) => {
  const i = timexInterval(value);
  return i && { from: formatDay(i.start), to: formatDay(i.end), granularity: i.granularity };
};

describe('Article Map: TIMEX3 values as day intervals', () => {
  it('counts days from 1970-01-01 and back', () => {
    assert.equal(day('1970-01-01'), 0);
    assert.equal(day('1970-01-02'), 1);
    assert.equal(day('1969-12-31'), -1);
    assert.deepEqual(dateOfDay(day('2025-07-01')), { year: 2025, month: 7, day: 1 });
  });

  it('gives a date one day, a time its day, a month and a year their length', () => {
    assert.deepEqual(interval('2022-09-22'), { from: '22 September 2022', to: '23 September 2022', granularity: 'day' });
    assert.deepEqual(interval('2025-07-01T14:00'), { from: '1 July 2025', to: '2 July 2025', granularity: 'day' });
    assert.deepEqual(interval('2025-07-01TMO'), { from: '1 July 2025', to: '2 July 2025', granularity: 'day' });
    assert.equal(timexInterval('2024-02')!.end - timexInterval('2024-02')!.start, 29, 'February of a leap year');
    assert.equal(timexInterval('2023-02')!.end - timexInterval('2023-02')!.start, 28);
    assert.deepEqual(interval('2025'), { from: '1 January 2025', to: '1 January 2026', granularity: 'year' });
  });

  it('reads decades, centuries, quarters, halves and seasons', () => {
    assert.deepEqual(interval('199'), { from: '1 January 1990', to: '1 January 2000', granularity: 'decade' });
    assert.deepEqual(interval('19'), { from: '1 January 1900', to: '1 January 2000', granularity: 'century' });
    assert.deepEqual(interval('2025-Q3'), { from: '1 July 2025', to: '1 October 2025', granularity: 'quarter' });
    assert.deepEqual(interval('2025-H2'), { from: '1 July 2025', to: '1 January 2026', granularity: 'half' });
    assert.deepEqual(interval('2025-SU'), { from: '1 June 2025', to: '1 September 2025', granularity: 'season' });
    assert.deepEqual(interval('2025-WI'), { from: '1 December 2025', to: '1 March 2026', granularity: 'season' });
  });

  it('reads ISO weeks, their weekends and weekdays, and refuses a week the year does not have', () => {
    // 2025-W01 starts on Monday 30 December 2024 (1 January 2025 is a Wednesday).
    assert.deepEqual(interval('2025-W01'), { from: '30 December 2024', to: '6 January 2025', granularity: 'week' });
    assert.deepEqual(interval('2025-W27-WE'), { from: '5 July 2025', to: '7 July 2025', granularity: 'weekend' });
    assert.deepEqual(interval('2025-W27-3'), { from: '2 July 2025', to: '3 July 2025', granularity: 'day' });
    assert.deepEqual(interval('2020-W53'), { from: '28 December 2020', to: '4 January 2021', granularity: 'week' });
    assert.equal(timexInterval('2021-W53'), undefined, '2021 has 52 ISO weeks');
  });

  it('gives no interval to what is not a calendar stretch', () => {
    for (const value of ['XXXX-09-22', 'XXXX-WXX-1', 'P3Y', 'PT2H', 'FUTURE_REF', 'PAST_REF', 'PRESENT_REF', '2025-02-30', '2025-13', '2025-Q5', '']) {
      assert.equal(timexInterval(value), undefined, value);
    }
  });
});

describe('Article Map: sentence snippets', () => {
  const text = 'First one. The Elysee said on Monday that talks would go on. Third sentence here!\nNew line.';

  it('finds the sentence around a span, and only that sentence', () => {
    const monday = spanOf(text, 'Monday');
    const sentence = sentenceAround(text, monday.start, monday.end);
    assert.equal(text.slice(sentence.start, sentence.end), 'The Elysee said on Monday that talks would go on.');
    const third = spanOf(text, 'here');
    assert.equal(text.slice(...Object.values(sentenceAround(text, third.start, third.end)) as [number, number]), 'Third sentence here!');
  });

  it('keeps a long sentence to the limit, in whole words, with the span in view and "…" at the cuts', () => {
    const long = `${'word '.repeat(60)}the key phrase ${'more '.repeat(60)}end.`;
    const key = spanOf(long, 'key phrase');
    const snippet = sentenceSnippet(long, key.start, key.end, 60);
    assert.ok(snippet.length <= 62, `${snippet.length} characters: ${snippet}`);
    assert.ok(snippet.includes('key phrase'), snippet);
    assert.match(snippet, /^…\S/);
    assert.match(snippet, /\S…$/);
    assert.doesNotMatch(snippet.replace(/^…|…$/g, ''), /^\S*(?:wor|mor)\b/, 'cut inside a word');
  });

  it('looks only a bounded distance for the sentence (a huge run-on text costs the same)', () => {
    const huge = 'x '.repeat(200_000);
    const at = 200_000;
    const sentence = sentenceAround(huge, at, at + 1);
    assert.ok(sentence.end - sentence.start <= 801, `scanned ${sentence.end - sentence.start} characters`);
  });
});

describe('Article Map: timeline model', () => {
  const seed = readFileSync(seedPath(), 'utf8');
  const annotation = analyzeArticle(seed);
  const timeline = buildTimeline(annotation, seed);
  const mark = (words: string) => timeline.marks.find((m) => m.text === words);

  it('places the seed\'s dates before its article date, which is marked', () => {
    assert.equal(timeline.referenceDay, day('2025-07-01'));
    assert.equal(timeline.referenceLabel, '1 July 2025');
    for (const words of ['September 22, 2022', 'back then']) {
      const m = mark(words);
      assert.ok(m, `no mark for "${words}": ${timeline.marks.map((x) => x.text).join(', ')}`);
      assert.equal(m.placement, 'calendar');
      assert.equal(m.shape, 'point');
      assert.equal(m.from, day('2022-09-22'));
      assert.ok(m.to <= timeline.referenceDay!, `"${words}" is not before the article date`);
      assert.equal(m.readable, '22 September 2022');
      assert.match(m.snippet, new RegExp(words.replace(/ /g, '\\s+')));
    }
  });

  it('puts "in the near future" at the future edge, after every dated mark', () => {
    const future = mark('in the near future');
    assert.ok(future);
    assert.equal(future.placement, 'future');
    assert.equal(future.to, timeline.domain.end);
    for (const m of timeline.marks.filter((x) => x.placement === 'calendar')) assert.ok(m.to <= future.from, m.text);
    assert.equal(future.readable, 'the future');
  });

  it('lists the two durations apart, not on the axis', () => {
    assert.deepEqual(timeline.durations.map((d) => d.text), ['more than two hours', 'near three years']);
    assert.deepEqual(timeline.durations.map((d) => d.readable), ['more than 2 hours', 'about 3 years']);
    for (const d of timeline.durations) assert.ok(!timeline.marks.some((m) => m.id === d.id));
  });

  it('pads the domain around the dated stretch and the article date', () => {
    const dated = timeline.marks.filter((m) => m.placement === 'calendar');
    const first = Math.min(...dated.map((m) => m.from));
    const last = Math.max(...dated.map((m) => m.to), timeline.referenceDay! + 1);
    assert.ok(timeline.domain.start < first && timeline.domain.end > last, JSON.stringify(timeline.domain));
    const padding = first - timeline.domain.start;
    assert.ok(padding >= 3 && padding <= (last - first) * 0.1, `padding of ${padding} days`);
  });

  it('gives a lone date a month of axis around it, and an article with no dates a domain still', () => {
    const lone = buildTimeline({ ...bare(), temporal: [expr('on 3 May', 'DATE', '2024-05-03')] }, 'Seen on 3 May.');
    assert.equal(lone.domain.end - lone.domain.start, 31);
    assert.equal(lone.referenceDay, null);
    const none = buildTimeline(bare(), 'Nothing.');
    assert.ok(none.domain.end > none.domain.start);
    assert.equal(none.marks.length, 0);
  });

  it('gives overlapping marks different lanes and lets marks that do not overlap share one', () => {
    const text = 'In 2024, in May 2024, on 3 May 2024, on 3 May, in June 2024 and in 2026.';
    const t = buildTimeline({
      ...bare(),
      temporal: [
        expr('2024', 'DATE', '2024', text),
        expr('May 2024', 'DATE', '2024-05', text),
        expr('3 May 2024', 'DATE', '2024-05-03', text),
        expr('3 May', 'DATE', '2024-05-03', text),
        expr('June 2024', 'DATE', '2024-06', text),
        expr('2026', 'DATE', '2026', text),
      ],
    }, text);
    const lane = (words: string) => t.marks.find((m) => m.text === words)!.lane;
    const overlaps = (a: TimelineMark, b: TimelineMark) => a.from < b.to && b.from < a.to;
    for (const a of t.marks) {
      for (const b of t.marks) if (a !== b && overlaps(a, b)) assert.notEqual(a.lane, b.lane, `${a.text} / ${b.text}`);
    }
    assert.equal(lane('June 2024'), lane('May 2024'), 'June follows May in the same lane');
    assert.equal(lane('2026'), 0);
    assert.equal(t.lanes, 4);
    assert.equal(t.marks.find((m) => m.text === '2024')!.shape, 'span');
    assert.equal(t.marks.find((m) => m.text === '3 May')!.shape, 'point');
  });

  it('lists recurrences and undated values apart; PRESENT_REF sits on the article date', () => {
    const text = 'Every Monday, on 22 September, now, and 2024.';
    const t = buildTimeline({
      ...bare(),
      referenceDate: '2024-06-01',
      temporal: [
        expr('Every Monday', 'SET', 'XXXX-WXX-1', text),
        expr('22 September', 'DATE', 'XXXX-09-22', text),
        expr('now', 'DATE', 'PRESENT_REF', text),
        expr('2024', 'DATE', '2024', text),
      ],
    }, text);
    assert.deepEqual(t.recurrences.map((r) => r.text), ['Every Monday']);
    assert.deepEqual(t.undated.map((r) => r.text), ['22 September']);
    const now = t.marks.find((m) => m.text === 'now')!;
    assert.equal(now.placement, 'present');
    assert.equal(now.from, day('2024-06-01'));
    // Without an article date, "now" has nowhere to go.
    const noDate = buildTimeline({ ...bare(), temporal: [expr('now', 'DATE', 'PRESENT_REF', text)] }, text);
    assert.deepEqual(noDate.undated.map((r) => r.text), ['now']);
  });
});

describe('Article Map: who said what', () => {
  const annotation = buildAnnotation();
  const graph = buildSpeakerGraph(annotation, ARTICLE);
  const node = (id: string) => [...graph.speakers, ...graph.subjects].find((n) => n.id === id);

  it('puts speakers on the left, most quoted first, and the quotes without a speaker in a node of their own', () => {
    assert.deepEqual(graph.speakers.map((n) => n.name), ['Olaf Scholz', 'Emmanuel Macron', 'Unattributed']);
    assert.deepEqual(graph.speakers.map((n) => n.row), [0, 1, 2]);
    assert.equal(node('speaker:e1')!.quotes, 2);
    assert.equal(graph.unattributed, 1);
    assert.equal(node('speaker:unattributed')!.entityId, null);
  });

  it('weights an edge by the speaker\'s quotes mentioning the subject, the quote\'s sentence standing in when the quote names no one', () => {
    // Scholz: "We agreed on the budget," (names no one; its sentence names France) and "that he would visit France
    // in May 2024" (names France; "he" is Scholz himself and makes no edge).
    const edge = graph.edges.find((e) => e.source === 'speaker:e1' && e.target === 'subject:e4');
    assert.ok(edge, JSON.stringify(graph.edges));
    assert.equal(edge.weight, 2);
    assert.equal(edge.bySentence, 1);
    assert.deepEqual(edge.spans.map((s) => ARTICLE.slice(s.start, s.end)), ['"We agreed on the budget,"', 'that he would visit France in May 2024']);
    assert.ok(!graph.edges.some((e) => e.target === 'subject:e1'), 'a speaker is not his own subject');
    assert.equal(graph.maxWeight, 2);
    assert.deepEqual(graph.subjects.map((n) => n.name), ['France']);
    assert.deepEqual(node('subject:e4')!.spans, edge.spans);
  });

  it('colours nodes with the highlight colours of their type', () => {
    assert.equal(node('speaker:e1')!.colorId, 'articleLens.personForeground');
    assert.equal(node('subject:e4')!.colorId, 'articleLens.locationForeground');
  });

  it('sizes nodes by mentions: more mentions, larger, within bounds', () => {
    assert.equal(nodeRadius(1, 10), MIN_RADIUS);
    assert.equal(nodeRadius(10, 10), MAX_RADIUS);
    assert.ok(nodeRadius(3, 10) < nodeRadius(6, 10));
    assert.ok(node('speaker:e1')!.radius > node('subject:e4')!.radius, 'Scholz (4 mentions) is larger than France (1)');
  });

  it('orders subjects by their speakers\' rows so that edges cross less', () => {
    const text = 'A said "x about Q". B said "y about P". A said "z about Q".';
    const entity = (id: string, name: string, ...needles: [string, number][]) => ({
      id, name, type: 'PERSON' as const,
      mentions: needles.map(([n, k]) => ({ ...spanOf(text, n, k), kind: 'name' as const })),
    });
    const quote = (needle: string, speaker: string, said: number) => ({
      ...spanOf(text, needle), kind: 'direct' as const, speaker, speakerMention: null, cue: spanOf(text, 'said', said),
    });
    const g = buildSpeakerGraph({
      ...bare(),
      entities: [entity('a', 'A', ['A', 0], ['A', 1]), entity('b', 'B', ['B', 0]), entity('p', 'P', ['P', 0]), entity('q', 'Q', ['Q', 0], ['Q', 1])],
      quotes: [quote('"x about Q"', 'a', 0), quote('"y about P"', 'b', 1), quote('"z about Q"', 'a', 2)],
    }, text);
    assert.deepEqual(g.speakers.map((n) => n.name), ['A', 'B']);
    assert.deepEqual(g.subjects.map((n) => n.name), ['Q', 'P'], 'Q (quoted by A, row 0) above P (quoted by B, row 1)');
  });

  it('names Emmanuel Macron and the Elysee Palace as speakers of the seed', () => {
    const seed = readFileSync(seedPath(), 'utf8');
    const seedGraph = buildSpeakerGraph(analyzeArticle(seed), seed);
    const names = seedGraph.speakers.map((n) => n.name);
    for (const name of ['Emmanuel Macron', 'Elysee Palace']) assert.ok(names.includes(name), names.join(', '));
    for (const edge of seedGraph.edges) {
      assert.ok(seedGraph.speakers.some((n) => n.id === edge.source) && seedGraph.subjects.some((n) => n.id === edge.target), edge.id);
      assert.equal(edge.weight, edge.spans.length);
    }
  });
});

describe('Article Map: panel messages', () => {
  it('accepts well-formed messages and drops extra fields', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'ready', view: { scope: 'story', filter: 'person:vladimir putin' } }), { type: 'ready', view: { scope: 'story', filter: 'person:vladimir putin' } });
    assert.equal(parseWebviewMessage({ type: 'ready', view: { scope: 'everything', filter: null } }), undefined);
    assert.deepEqual(parseWebviewMessage({ type: 'setView', view: { scope: 'article', filter: null, x: 1 } }), { type: 'setView', view: { scope: 'article', filter: null } });
    assert.equal(parseWebviewMessage({ type: 'setView', view: { scope: 'story', filter: 42 } }), undefined);
    assert.equal(parseWebviewMessage({ type: 'setView', view: { scope: 'story', filter: '' } }), undefined);
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', version: 0, span: { start: 1, end: 2 }, uri: 'file:///a.txt' }), { type: 'reveal', version: 0, span: { start: 1, end: 2 }, uri: 'file:///a.txt' });
    assert.equal(parseWebviewMessage({ type: 'reveal', version: 0, span: { start: 1, end: 2 }, uri: 7 }), undefined);
    assert.equal(parseWebviewMessage({ type: 'reveal', version: 0, span: { start: 1, end: 2 }, uri: 'x'.repeat(9000) }), undefined);
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', version: 3, span: { start: 4, end: 9, x: 1 } }), { type: 'reveal', version: 3, span: { start: 4, end: 9 } });
    assert.deepEqual(parseWebviewMessage({ type: 'requestExport', picture: 'graph', format: 'png' }), { type: 'requestExport', picture: 'graph', format: 'png' });
    assert.deepEqual(parseWebviewMessage({ type: 'exported', requestId: 1, format: 'svg', data: '<svg xmlns="x"></svg>' })?.type, 'exported');
    assert.deepEqual(parseWebviewMessage({ type: 'exported', requestId: 1, format: 'png', data: 'data:image/png;base64,iVBORw0KGgo=' })?.type, 'exported');
    assert.deepEqual(parseWebviewMessage({ type: 'exportFailed', requestId: 2, message: 'x'.repeat(5000) }), { type: 'exportFailed', requestId: 2, message: 'x'.repeat(2000) });
  });

  it('rejects anything malformed', () => {
    const bad: unknown[] = [
      undefined, null, 42, 'ready', [], {}, { type: 'nope' }, { type: 'constructor' },
      { type: 'reveal', version: 1 },
      { type: 'reveal', version: -1, span: { start: 0, end: 1 } },
      { type: 'reveal', version: 1.5, span: { start: 0, end: 1 } },
      { type: 'reveal', version: 1, span: { start: 5, end: 4 } },
      { type: 'reveal', version: 1, span: { start: '0', end: 4 } },
      { type: 'reveal', version: 1, span: { start: Number.NaN, end: 4 } },
      { type: 'reveal', version: 1, span: [0, 4] },
      { type: 'requestExport', picture: 'pie', format: 'svg' },
      { type: 'requestExport', picture: 'graph', format: 'gif' },
      { type: 'exported', requestId: 1, format: 'svg', data: '<script>alert(1)</script>' },
      { type: 'exported', requestId: 1, format: 'svg', data: '' },
      { type: 'exported', requestId: 1, format: 'png', data: 'data:image/png;base64,<svg>' },
      { type: 'exported', requestId: 1, format: 'png', data: 'data:text/html;base64,AAAA' },
      { type: 'exported', requestId: 1, format: 'svg', data: `<svg>${'x'.repeat(MAX_EXPORT_CHARS)}` },
      { type: 'exported', requestId: -1, format: 'svg', data: '<svg></svg>' },
      { type: 'exportFailed', requestId: 1, message: 7 },
    ];
    for (const message of bad) assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message)?.slice(0, 80));
  });
});

describe('Article Map: panel HTML', () => {
  const nonce = makeNonce((n) => new Uint8Array(n).map((_, i) => i * 7));
  const html = mapHtml({ cspSource: 'https://webview.test', nonce, scriptUri: 'https://webview.test/dist/webview/map.js', styleUri: 'https://webview.test/media/map.css' });

  it('has a strict Content-Security-Policy: nothing by default, the script by nonce, the rest from the extension only', () => {
    const csp = contentSecurityPolicy('https://webview.test', nonce);
    assert.match(csp, /(^|; )default-src 'none'(;|$)/);
    assert.match(csp, new RegExp(`script-src 'nonce-${nonce}'(;|$)`));
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.ok(html.includes(csp.replace(/'/g, "'")), 'the page carries the policy');
    assert.equal(nonce.length, 32);
    assert.match(nonce, /^[A-Za-z0-9]+$/);
  });

  it('loads only the nonce\'d bundled script and nothing remote', () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0].includes(`nonce="${nonce}"`));
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    for (const url of urls) assert.ok(url.startsWith('https://webview.test/'), url);
    assert.doesNotMatch(html, /\sstyle="|\son[a-z]+="/, 'no inline styles or handlers (the policy would block them)');
  });
});

function bare(): Annotation {
  return { referenceDate: null, dateline: null, entities: [], temporal: [], quotes: [] };
}

function expr(words: string, type: TemporalExpression['type'], value: string, text = `Seen ${words}.`): TemporalExpression {
  const span = spanOf(text.includes(words) ? text : `Seen ${words}.`, words);
  return { ...span, type, value };
}
