/**
 * The story's "who said what" model: every indexed article's quotations gathered by speaker across articles (the
 * index's identity rows: "Macron" here and "Emmanuel Macron" there are one node), an edge from speaker to each
 * entity the quotation mentions (or, when it mentions none, the entities named in its paragraph), weighted by the
 * quotations across all articles. Node size is by mentions in the whole story. With an entity filter only the
 * edges from or to that entity stay, and the entity itself as a speaker when it speaks about no one. The result
 * has the shape of one article's graph (spans carry their article's URI), so the panel draws both alike. Pure.
 */
import type { ArticleDigest } from '../../../core/story/digest';
import type { StoryEntity, StoryIndex } from '../../../core/story/storyIndex';
import { EdgeTallies, graphNode, type GraphNode, type GraphSide, type MapSpan, type SpeakerGraph } from './speakerGraph';
import { paragraphOf } from './storyParagraphs';
import { whereIn } from './storyTimeline';

const UNATTRIBUTED = 'unattributed';

/** The rows an article names inside [start, end) (mentions wholly inside), in the order first met. */
function rowsWithin(index: StoryIndex, digest: ArticleDigest, accept: (start: number, end: number) => boolean): StoryEntity[] {
  const found: { row: StoryEntity; first: number }[] = [];
  const seen = new Set<string>();
  digest.entities.forEach((entity, e) => {
    const m = entity.mentions;
    for (let i = 0; i < m.length; i += 3) {
      if (!accept(m[i], m[i + 1])) continue;
      const row = index.rowOf(digest.id, e);
      if (row && !seen.has(row.key)) {
        seen.add(row.key);
        found.push({ row, first: m[i] });
      }
      break;
    }
  });
  return found.sort((a, b) => a.first - b.first).map((f) => f.row);
}

export function buildStoryGraph(index: StoryIndex, entityKey: string | null): SpeakerGraph {
  interface SpeakerAcc { key: string; row: StoryEntity | undefined; spans: MapSpan[] }
  const speakers = new Map<string, SpeakerAcc>();
  const tallies = new EdgeTallies<StoryEntity, MapSpan>((row) => row.key);
  /** Each quotation's excerpt, by its span: a card's text until the extension reads the sentence (storySnippets.ts). */
  const excerpts = new Map<MapSpan, string>();
  let quotes = 0;
  let unattributed = 0;

  const articleIds = [...index.ids()].sort();
  for (const id of articleIds) {
    const digest = index.get(id)!;
    const sorted = [...digest.quotes].sort((a, b) => a.start - b.start);
    for (const quote of sorted) {
      const row = quote.speaker >= 0 ? index.rowOf(id, quote.speaker) : undefined;
      const key = row?.key ?? UNATTRIBUTED;
      let subjects = rowsWithin(index, digest, (s, e) => s >= quote.start && e <= quote.end).filter((r) => r.key !== key);
      let bySentence = false;
      if (subjects.length === 0) {
        const paragraph = paragraphOf(digest, quote.start);
        subjects = rowsWithin(index, digest, (s) => paragraphOf(digest, s) === paragraph).filter((r) => r.key !== key);
        bySentence = true;
      }
      if (entityKey !== null && key !== entityKey) subjects = subjects.filter((r) => r.key === entityKey);
      // Filtered: a quotation stays when its speaker is the entity or it is about the entity.
      if (entityKey !== null && key !== entityKey && subjects.length === 0) continue;
      quotes++;
      if (!row) unattributed++;
      const span: MapSpan = { start: quote.start, end: quote.end, uri: id, where: whereIn(digest, quote.start) };
      excerpts.set(span, `“${quote.excerpt}”`);
      let speaker = speakers.get(key);
      if (!speaker) speakers.set(key, (speaker = { key, row, spans: [] }));
      speaker.spans.push(span);
      tallies.add(key, subjects, span, bySentence);
    }
  }

  const shown = [...speakers.values()].map((s) => s.row?.mentionCount ?? 0).concat([...tallies.edges.values()].map((e) => e.subject.mentionCount));
  const mostMentions = Math.max(1, ...shown);
  const node = (side: GraphSide, key: string, row: StoryEntity | undefined, spans: MapSpan[], at: number): GraphNode =>
    graphNode(side, key, row ? { key: row.key, name: row.name, type: row.type, mentions: row.mentionCount } : null, mostMentions, at, spans,
      spans.length ? excerpts.get(spans[0]) : undefined);

  const speakerNodes: GraphNode[] = [...speakers.values()]
    .sort((a, b) => b.spans.length - a.spans.length || Number(!a.row) - Number(!b.row) || (a.row?.name ?? '').localeCompare(b.row?.name ?? ''))
    .map((s, row) => node('speaker', s.key, s.row, s.spans, row));
  const speakerRow = new Map(speakerNodes.map((n) => [n.id, n.row]));

  const subjectNodes: GraphNode[] = tallies.subjectsInOrder(speakerRow, (subject) => subject.name)
    .map((subject, row) => node('subject', subject.key, subject, tallies.about.get(subject.key) ?? [], row));
  const graphEdges = tallies.graphEdges(speakerRow, (spans) => spans, (span) => excerpts.get(span));

  return {
    speakers: speakerNodes,
    subjects: subjectNodes,
    edges: graphEdges,
    maxWeight: graphEdges.reduce((most, e) => Math.max(most, e.weight), 1),
    quotes,
    unattributed,
  };
}
