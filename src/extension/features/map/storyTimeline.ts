/**
 * The story's timeline model: the index's merged timeline (every calendar value once, in time order, as each
 * article resolved it against its own date) spread back into one mark per mention, so a click opens the article
 * the words are in. With an entity filter only the mentions in a paragraph that names the entity stay: "everything
 * about Putin, in time order". The result has the shape of one article's timeline, so the panel draws both with the
 * same code; the story has many article dates, so none is marked as "the" date. Pure.
 */
import type { StoryIndex } from '../../../core/story/storyIndex';
import { assignLanes, MOD_WORDS, paddedDomain, readableValue, type TimelineMark, type TimelineModel } from './timelineModel';
import { timexInterval } from './timexInterval';
import { paragraphOf } from './storyParagraphs';
import { fileName } from '../story/uriText';

/** Per article, the paragraphs that name the entity (by any mention of its row). */
export function paragraphsNaming(index: StoryIndex, entityKey: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const article of index.mentionsOf(entityKey)) {
    const digest = index.get(article.articleId);
    if (!digest) continue;
    out.set(article.articleId, new Set(article.mentions.map((m) => paragraphOf(digest, m.start))));
  }
  return out;
}

export function buildStoryTimeline(index: StoryIndex, entityKey: string | null): TimelineModel {
  const about = entityKey === null ? undefined : paragraphsNaming(index, entityKey);
  const marks: TimelineMark[] = [];
  for (const date of index.timeline()) {
    const interval = timexInterval(date.value);
    if (!interval) continue; // a value the index orders (a week day "2025-W27-3" …) but no day stretch covers
    const words = MOD_WORDS[date.mod ?? ''];
    const readable = words ? `${words} ${readableValue(date.value, interval)}` : readableValue(date.value, interval);
    for (const mention of date.mentions) {
      const digest = index.get(mention.articleId);
      if (!digest) continue;
      if (about && !about.get(mention.articleId)?.has(paragraphOf(digest, mention.start))) continue;
      marks.push({
        id: marks.length,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        value: date.value,
        type: date.type,
        ...(date.mod ? { mod: date.mod } : {}),
        readable,
        snippet: `${fileName(mention.articleId)}, line ${mention.line + 1}${digest.referenceDate ? ` (dated ${digest.referenceDate})` : ''}`,
        uri: mention.articleId,
        placement: 'calendar',
        shape: interval.end - interval.start > 1 ? 'span' : 'point',
        from: interval.start,
        to: interval.end,
        lane: 0,
      });
    }
  }
  // The index's order is by period start; a stable sort by first day keeps it, and each article's mentions in turn.
  marks.sort((a, b) => a.from - b.from);
  marks.forEach((mark, id) => (mark.id = id));
  const domain = paddedDomain(marks.map((m) => ({ start: m.from, end: m.to, granularity: 'day' as const })), null);
  const lanes = assignLanes(marks);
  return { referenceDay: null, referenceLabel: null, domain, marks, lanes, durations: [], recurrences: [], undated: [] };
}
