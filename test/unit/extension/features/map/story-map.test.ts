import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../../../src/core/analyze';
import { digestArticle, positionIn, StoryIndex } from '../../../../../src/core/story';
import { buildStoryGraph } from '../../../../../src/extension/features/map/storyGraph';
import { buildStoryMap } from '../../../../../src/extension/features/map/storyMap';
import { buildStoryTimeline } from '../../../../../src/extension/features/map/storyTimeline';
import { formatDay } from '../../../../../src/extension/features/map/timelineModel';

const ARTICLES: Record<string, string> = {
  'file:///story/moscow.txt':
    'MOSCOW, March 4, 2025 (TASS) - Russian President Vladimir Putin met the security council on Monday.\n' +
    'The weather in Moscow was mild on March 1, 2025.\n' +
    '"We will not give up," Putin told reporters about Ukraine.\n',
  'file:///story/kyiv.txt':
    'KYIV, June 10, 2025 (Reuters) - Ukrainian President Volodymyr Zelensky said on Friday that Vladimir Putin cannot be trusted.\n' +
    '"Putin wants war, not peace," Zelensky said.\n' +
    'Zelensky met French President Emmanuel Macron yesterday.\n',
  'file:///story/paris.txt':
    'PARIS, June 12, 2025 (AFP) - Ukrainian President Volodymyr Zelensky spoke in Paris on Wednesday.\n' +
    '"Vladimir Putin must stop the war," Zelensky said.\n',
};

function storyIndex(): StoryIndex {
  const index = new StoryIndex();
  for (const [id, text] of Object.entries(ARTICLES)) index.set(digestArticle(id, text, analyzeArticle(text)));
  return index;
}

const keyOf = (index: StoryIndex, name: string) => {
  const row = index.entities().find((e) => e.name === name);
  assert.ok(row, `a story row for ${name}`);
  return row.key;
};
const lineOf = (index: StoryIndex, uri: string, offset: number) => positionIn(index.get(uri)!, offset).line;

describe('Article Map for the story: the merged timeline', () => {
  const index = storyIndex();

  it('has one mark per mention, from every article, in time order, each pointing at its own words', () => {
    const model = buildStoryTimeline(index, null);
    const dated = index.timeline().reduce((n, d) => n + d.mentions.length, 0);
    assert.equal(model.marks.filter((m) => m.placement === 'calendar').length, dated);
    assert.deepEqual(new Set(model.marks.map((m) => m.uri)), new Set(Object.keys(ARTICLES)));
    for (let i = 1; i < model.marks.length; i++) assert.ok(model.marks[i - 1].from <= model.marks[i].from, `mark ${i} in time order`);
    for (const mark of model.marks) assert.equal(ARTICLES[mark.uri!].slice(mark.start, mark.end), mark.text);
    assert.deepEqual(model.marks.map((m) => m.id), model.marks.map((_, i) => i));
    assert.equal(model.referenceDay, null, 'a story has many article dates: none is marked as the date');
    assert.ok(model.domain.start < model.marks[0].from && model.domain.end > model.marks[model.marks.length - 1].from);
  });

  it('resolves each relative date against its own article\'s date', () => {
    const model = buildStoryTimeline(index, null);
    const yesterday = model.marks.find((m) => m.text === 'yesterday')!;
    assert.equal(yesterday.uri, 'file:///story/kyiv.txt');
    assert.equal(formatDay(yesterday.from), '9 June 2025');
    const monday = model.marks.find((m) => m.text === 'Monday')!;
    assert.equal(formatDay(monday.from), '3 March 2025', 'the Monday before the Moscow article\'s 4 March');
    const wednesday = model.marks.find((m) => m.text === 'Wednesday')!;
    assert.equal(formatDay(wednesday.from), '11 June 2025', 'the Wednesday before the Paris article\'s 12 June');
    assert.ok(model.marks.indexOf(monday) < model.marks.indexOf(yesterday) && model.marks.indexOf(yesterday) < model.marks.indexOf(wednesday));
  });

  it('filtered on a person, keeps only the dates in paragraphs naming them, from several articles', () => {
    const putin = keyOf(index, 'Vladimir Putin');
    const all = buildStoryTimeline(index, null);
    const filtered = buildStoryTimeline(index, putin);
    const naming = new Map(index.mentionsOf(putin).map((a) => [a.articleId, new Set(a.mentions.map((m) => m.line))]));
    const expected = all.marks.filter((m) => naming.get(m.uri!)?.has(lineOf(index, m.uri!, m.start)));
    assert.deepEqual(filtered.marks.map((m) => `${m.uri}#${m.start}`), expected.map((m) => `${m.uri}#${m.start}`));
    assert.ok(new Set(filtered.marks.map((m) => m.uri)).size >= 2, 'marks about Putin from more than one article');
    assert.ok(!filtered.marks.some((m) => m.text === 'March 1, 2025'), 'the weather paragraph does not name Putin');
    assert.ok(filtered.marks.length < all.marks.length);
    for (let i = 1; i < filtered.marks.length; i++) assert.ok(filtered.marks[i - 1].from <= filtered.marks[i].from);
  });
});

describe('Article Map for the story: who said what across articles', () => {
  const index = storyIndex();

  it('gathers a speaker\'s quotations across articles into one node and weights edges by all of them', () => {
    const graph = buildStoryGraph(index, null);
    const zelensky = keyOf(index, 'Volodymyr Zelensky');
    const putin = keyOf(index, 'Vladimir Putin');
    const speaker = graph.speakers.find((n) => n.entityId === zelensky)!;
    assert.ok(speaker, 'Zelensky speaks');
    assert.deepEqual(new Set(speaker.spans.map((s) => s.uri)), new Set(['file:///story/kyiv.txt', 'file:///story/paris.txt']));
    const edge = graph.edges.find((e) => e.source === speaker.id && e.target === `subject:${putin}`)!;
    assert.ok(edge, 'an edge from Zelensky to Putin');
    assert.equal(edge.weight, edge.spans.length);
    assert.ok(edge.spans.some((s) => s.uri === 'file:///story/paris.txt') && edge.spans.some((s) => s.uri === 'file:///story/kyiv.txt'));
    // Every span is a quotation of its article (the index's own record of it).
    for (const s of edge.spans) assert.ok(index.get(s.uri!)!.quotes.some((q) => q.start === s.start && q.end === s.end));
    assert.equal(graph.maxWeight, Math.max(...graph.edges.map((e) => e.weight)));
    assert.equal(graph.quotes, Object.keys(ARTICLES).reduce((n, id) => n + index.get(id)!.quotes.length, 0));
  });

  it('filtered on an entity, keeps only the edges from or to it', () => {
    const putin = keyOf(index, 'Vladimir Putin');
    const graph = buildStoryGraph(index, putin);
    assert.ok(graph.edges.length > 0);
    for (const e of graph.edges) assert.ok(e.source === `speaker:${putin}` || e.target === `subject:${putin}`, e.id);
    const unfiltered = buildStoryGraph(index, null);
    const touching = unfiltered.edges.filter((e) => e.source === `speaker:${putin}` || e.target === `subject:${putin}`);
    assert.deepEqual(graph.edges.map((e) => [e.id, e.weight]).sort(), touching.map((e) => [e.id, e.weight]).sort());
    assert.ok(graph.speakers.some((s) => s.entityId === putin), 'Putin, who speaks in the Moscow article');
  });
});

describe('Article Map for the story: the model the panel gets', () => {
  it('offers every entity for the filter and drops a filter the index no longer knows', () => {
    const index = storyIndex();
    const model = buildStoryMap(index, 'person:nobody at all');
    assert.equal(model.filter, null);
    assert.equal(model.articles, 3);
    assert.deepEqual(model.entities.map((e) => e.key), index.entities().map((e) => e.key));
    const putin = keyOf(index, 'Vladimir Putin');
    const filtered = buildStoryMap(index, putin);
    assert.equal(filtered.filter?.name, 'Vladimir Putin');
    assert.ok(filtered.timeline.marks.length < model.timeline.marks.length);
  });
});

describe('Article Map for the story: what the merged timeline leaves out', () => {
  // Two articles with what a calendar cannot place: vague references, a present reference, durations, a recurrence.
  const TEXTS: Record<string, string> = {
    'file:///story/talks.txt':
      'MOSCOW, March 4, 2025 (TASS) - Vladimir Putin met the council on Monday. The talks lasted three hours.\n' +
      'Putin said the sides would meet again in the near future.\n' +
      'The weather was mild on March 1, 2025, and talks had been held in the past.\n',
    'file:///story/war.txt':
      'KYIV, June 10, 2025 (Reuters) - Volodymyr Zelensky said on Friday that Vladimir Putin cannot be trusted now.\n' +
      'The war has gone on for more than three years, Zelensky said. He speaks every week.\n',
    'file:///story/undated.txt': 'Volodymyr Zelensky spoke for two hours about the war.\n',
  };
  const index = new StoryIndex();
  for (const [id, text] of Object.entries(TEXTS)) index.set(digestArticle(id, text, analyzeArticle(text)));
  const model = buildStoryTimeline(index, null);
  const byWords = (words: string) => {
    const mark = model.marks.find((m) => m.text === words);
    assert.ok(mark, `a mark "${words}" among ${model.marks.map((m) => m.text).join(', ')}`);
    return mark;
  };

  it('marks each article\'s own date, once per day, labelled with the files dated that day', () => {
    assert.deepEqual(model.articleDates?.map((d) => [formatDay(d.day), d.files]), [['4 March 2025', ['talks.txt']], ['10 June 2025', ['war.txt']]]);
    assert.deepEqual(model.articleDates?.map((d) => d.uris), [['file:///story/talks.txt'], ['file:///story/war.txt']]);
    assert.ok(model.articleDates!.every((d) => model.domain.start < d.day && d.day < model.domain.end), 'article dates inside the axis');
    // Two articles dated the same day share one line.
    const twin = new StoryIndex();
    for (const id of ['file:///a/one.txt', 'file:///a/two.txt']) twin.set(digestArticle(id, TEXTS['file:///story/talks.txt'], analyzeArticle(TEXTS['file:///story/talks.txt'])));
    assert.deepEqual(buildStoryTimeline(twin, null).articleDates?.map((d) => d.files), [['one.txt', 'two.txt']]);
  });

  it('puts PAST_REF at the past edge, FUTURE_REF at the future edge and PRESENT_REF on its article\'s date', () => {
    const past = byWords('the past');
    const future = byWords('in the near future');
    const now = byWords('now');
    assert.equal(past.placement, 'past');
    assert.equal(past.from, model.domain.start);
    assert.equal(future.placement, 'future');
    assert.equal(future.from, model.domain.end - 1);
    assert.equal(now.placement, 'present');
    assert.equal(formatDay(now.from), '10 June 2025', 'the Kyiv article\'s date');
    assert.equal(future.uri, 'file:///story/talks.txt');
    for (const mark of [past, future, now]) assert.equal(TEXTS[mark.uri!].slice(mark.start, mark.end), mark.text);
    const calendar = model.marks.filter((m) => m.placement === 'calendar');
    assert.ok(calendar.every((m) => past.from < m.from && m.from < future.from), 'the vague marks outside every dated one');
    assert.deepEqual(model.marks.map((m) => m.id), model.marks.map((_, i) => i));
  });

  it('lists durations and recurrences apart, each pointing at its own words in its article', () => {
    assert.deepEqual(model.durations.map((d) => [d.text, d.value, d.uri]), [
      ['three hours', 'PT3H', 'file:///story/talks.txt'],
      ['two hours', 'PT2H', 'file:///story/undated.txt'],
      ['more than three years', 'P3Y', 'file:///story/war.txt'],
    ].sort((a, b) => a[2].localeCompare(b[2])));
    assert.equal(model.durations.find((d) => d.value === 'P3Y')?.mod, 'MORE_THAN');
    assert.deepEqual(model.recurrences.map((d) => d.text), ['every week']);
    assert.ok(!model.marks.some((m) => m.type === 'DURATION' || m.type === 'SET'), 'no duration on the axis');
    for (const d of [...model.durations, ...model.recurrences]) {
      assert.equal(TEXTS[d.uri!].slice(d.start, d.end), d.text);
      assert.match(d.where!, new RegExp(`^${d.uri!.split('/').pop()!.replace('.', '\\.')}, line \\d+`));
    }
  });

  it('filtered on an entity, keeps the vague references, durations and article dates of paragraphs and articles naming it', () => {
    const putin = buildStoryTimeline(index, keyOf(index, 'Vladimir Putin'));
    assert.deepEqual(putin.marks.filter((m) => m.placement !== 'calendar').map((m) => m.text).sort(), ['in the near future', 'now']);
    assert.deepEqual(putin.durations.map((d) => d.text), ['three hours'], 'the first paragraph of talks.txt names Putin; war.txt\'s second does not');
    assert.deepEqual(putin.recurrences, []);
    assert.deepEqual(putin.articleDates?.flatMap((d) => d.files), ['talks.txt', 'war.txt']);
    const zelensky = buildStoryTimeline(index, keyOf(index, 'Volodymyr Zelensky'));
    assert.deepEqual(zelensky.articleDates?.flatMap((d) => d.files), ['war.txt'], 'undated.txt names him but has no date');
    assert.deepEqual(zelensky.durations.map((d) => d.text).sort(), ['more than three years', 'two hours']);
  });
});

describe('Article Map for the story: cards before the sentences are read', () => {
  const index = storyIndex();

  it('labels marks with their article and line, and graph nodes and edges with their first quotation', () => {
    const timeline = buildStoryTimeline(index, null);
    for (const mark of timeline.marks) {
      assert.equal(mark.where, `${mark.uri!.split('/').pop()}, line ${lineOf(index, mark.uri!, mark.start) + 1} (dated ${index.get(mark.uri!)!.referenceDate})`);
      assert.equal(mark.snippet, mark.where, 'the sentence is put in by the extension, which reads the text');
    }
    const graph = buildStoryGraph(index, null);
    for (const element of [...graph.speakers, ...graph.subjects, ...graph.edges]) {
      const first = element.spans[0];
      const quote = index.get(first.uri!)!.quotes.find((q) => q.start === first.start)!;
      assert.equal(element.snippet, `“${quote.excerpt}”`);
      assert.match(first.where!, /^(moscow|kyiv|paris)\.txt, line \d+/);
    }
  });
});
