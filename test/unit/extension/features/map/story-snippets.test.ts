import * as assert from 'node:assert/strict';
import { analyzeArticle } from '../../../../../src/core/analyze';
import { contentHash, digestArticle, StoryIndex } from '../../../../../src/core/story';
import { sentenceSnippet } from '../../../../../src/extension/features/map/snippet';
import { buildStoryMap, type StoryMapModel } from '../../../../../src/extension/features/map/storyMap';
import { MAX_ARTICLES, StorySnippets, type ArticleSource } from '../../../../../src/extension/features/map/storySnippets';
import type { TimelineMark } from '../../../../../src/extension/features/map/timelineModel';

const ARTICLES: Record<string, string> = {
  'file:///story/moscow.txt':
    'MOSCOW, March 4, 2025 (TASS) - Russian President Vladimir Putin met the security council on Monday. The talks lasted three hours.\n' +
    '"We will not give up," Putin told reporters about Ukraine.\n' +
    'Putin said the sides would meet again in the near future.\n',
  'file:///story/kyiv.txt':
    'KYIV, June 10, 2025 (Reuters) - Ukrainian President Volodymyr Zelensky said on Friday that Vladimir Putin cannot be trusted.\n' +
    '"Putin wants war, not peace," Zelensky said.\n',
};

function storyModel(): StoryMapModel {
  const index = new StoryIndex();
  for (const [id, text] of Object.entries(ARTICLES)) index.set(digestArticle(id, text, analyzeArticle(text)));
  return buildStoryMap(index, null);
}

/** A source over fixed texts that counts how often each text is asked for. */
function countingSource(texts: Record<string, string>): { source: ArticleSource; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const source: ArticleSource = async (uri) => {
    const text = texts[uri];
    if (text === undefined) return undefined;
    return { hash: contentHash(text), text: async () => (reads.set(uri, (reads.get(uri) ?? 0) + 1), text) };
  };
  return { source, reads };
}

describe('Article Map for the story: the sentences of the marks shown', () => {
  it('puts each mark\'s, duration\'s, node\'s and edge\'s sentence in, from its own article', async () => {
    const model = storyModel();
    const { source } = countingSource(ARTICLES);
    const result = await new StorySnippets(source).fill(model);
    const { marks, durations } = model.timeline;
    assert.ok(marks.some((m) => m.placement === 'future') && durations.length > 0, 'the story has a vague mark and a duration');
    for (const item of [...marks, ...durations]) {
      const text = ARTICLES[item.uri!];
      assert.equal(item.snippet, sentenceSnippet(text, item.start, item.end));
      assert.ok(item.snippet.includes(item.text.replace(/\s+/g, ' ')), `"${item.snippet}" holds "${item.text}"`);
      assert.match(item.where!, /^(moscow|kyiv)\.txt, line \d+/, 'the article and line stay beside the sentence');
    }
    const monday = marks.find((m) => m.text === 'Monday')!;
    assert.equal(monday.snippet, 'MOSCOW, March 4, 2025 (TASS) - Russian President Vladimir Putin met the security council on Monday.');
    const { graph } = model;
    for (const element of [...graph.speakers, ...graph.subjects, ...graph.edges]) {
      const first = element.spans[0];
      assert.equal(element.snippet, sentenceSnippet(ARTICLES[first.uri!], first.start, first.end));
    }
    assert.equal(result.articles, 2);
    assert.equal(result.filled, marks.length + durations.length + model.timeline.recurrences.length + model.timeline.undated.length + graph.speakers.length + graph.subjects.length + graph.edges.length);
  });

  it('keeps the article and line where the text changed since it was indexed, or cannot be read', async () => {
    const model = storyModel();
    // moscow.txt edited after indexing: its words are no longer at the digest's offsets. kyiv.txt is gone.
    const { source } = countingSource({ 'file:///story/moscow.txt': `UPDATED. ${ARTICLES['file:///story/moscow.txt']}` });
    const before = JSON.stringify(model);
    const result = await new StorySnippets(source).fill(model);
    assert.equal(result.filled, 0, 'no sentence from another version of the text');
    assert.equal(JSON.stringify(model), before, 'the marks keep their article and line, the nodes and edges their excerpts');
    for (const mark of model.timeline.marks) assert.equal(mark.snippet, mark.where, `${mark.text} in ${mark.uri}`);
  });

  it('reads an unchanged text once: the sentences are cached by its content hash', async () => {
    const { source, reads } = countingSource(ARTICLES);
    const snippets = new StorySnippets(source);
    await snippets.fill(storyModel());
    assert.deepEqual([...reads.values()], [1, 1]);
    const again = storyModel();
    await snippets.fill(again);
    assert.deepEqual([...reads.values()], [1, 1], 'no text asked for the second time');
    assert.equal(again.timeline.marks.find((m) => m.text === 'Monday')!.snippet.startsWith('MOSCOW, March 4, 2025'), true);
    // A changed text (another hash) is read again.
    const edited = { ...ARTICLES, 'file:///story/kyiv.txt': `${ARTICLES['file:///story/kyiv.txt']}More news.\n` };
    const changed = countingSource(edited);
    const fresh = new StorySnippets(changed.source);
    await fresh.fill(storyModel());
    await fresh.fill(storyModel());
    assert.deepEqual([...changed.reads.values()], [1, 1]);
  });

  it('reads at most MAX_ARTICLES articles for one model', async () => {
    const texts: Record<string, string> = {};
    const marks: TimelineMark[] = [];
    for (let i = 0; i < MAX_ARTICLES + 50; i++) {
      const uri = `file:///many/${i}.txt`;
      texts[uri] = `On Monday, talks number ${i} began.\n`; // distinct texts: the same text would be read once
      marks.push({
        id: i, start: 3, end: 9, text: 'Monday', value: '2025-03-03', type: 'DATE', readable: '3 March 2025', snippet: `${i}.txt, line 1`, where: `${i}.txt, line 1`,
        uri, placement: 'calendar', shape: 'point', from: 20150, to: 20151, lane: 0,
      });
    }
    const model: StoryMapModel = {
      articles: marks.length,
      timeline: { referenceDay: null, referenceLabel: null, domain: { start: 20140, end: 20160 }, marks, lanes: 1, durations: [], recurrences: [], undated: [] },
      graph: { speakers: [], subjects: [], edges: [], maxWeight: 1, quotes: 0, unattributed: 0 },
      entities: [],
      filter: null,
    };
    const { source, reads } = countingSource(texts);
    const result = await new StorySnippets(source).fill(model);
    assert.equal(result.articles, MAX_ARTICLES);
    assert.equal(reads.size, MAX_ARTICLES);
    assert.equal(marks.filter((m) => m.snippet === texts[m.uri!].trim()).length, MAX_ARTICLES);
    assert.ok(marks.slice(MAX_ARTICLES).every((m) => m.snippet === m.where), 'the rest keep their article and line');
  });
});
