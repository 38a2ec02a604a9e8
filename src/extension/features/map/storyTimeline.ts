/**
 * The story's timeline model: the index's merged timeline (every calendar value once, in time order, as each
 * article resolved it against its own date) spread back into one mark per mention, so a click opens the article
 * the words are in; and, read from the articles' digests, what the merged timeline leaves out: each article's own
 * date (one line per day, labelled with the files dated that day), vague references at the edges (PAST_REF,
 * FUTURE_REF; PRESENT_REF on its article's date) and durations, recurrences and undated values listed apart. With
 * an entity filter only the expressions in a paragraph that names the entity stay, and only the dates of the
 * articles that name it: "everything about Putin, in time order". The result has the shape of one article's
 * timeline, so the panel draws both with the same code; the story has many article dates, so none is "the" date
 * (`referenceDay` is null). Snippets start as the article and line (the index keeps no text); the extension puts
 * the sentences in before it sends the model (storySnippets.ts). Pure.
 */
import type { ArticleDigest, DigestTemporal } from '../../../core/story/digest';
import { positionIn } from '../../../core/story/digest';
import type { StoryIndex } from '../../../core/story/storyIndex';
import { calendarKey } from '../../../core/story/timelineKey';
import { parseIsoDate } from '../../../core/temporal/calendar';
import {
  assignLanes, formatDay, MOD_WORDS, paddedDomain, readableValue, VAGUE_PLACEMENT, withMod,
  type ArticleDateLine, type ListedExpression, type MarkPlacement, type TimelineMark, type TimelineModel,
} from './timelineModel';
import { dayNumber, timexInterval } from './timexInterval';
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

/** "kyiv.txt, line 3 (dated 2025-06-10)": where a story mark's words are. */
export function whereIn(digest: ArticleDigest, offset: number): string {
  return `${fileName(digest.id)}, line ${positionIn(digest, offset).line + 1}${digest.referenceDate ? ` (dated ${digest.referenceDate})` : ''}`;
}

/** The article's own date as a day number, or null. */
function articleDay(digest: ArticleDigest): number | null {
  const date = parseIsoDate(digest.referenceDate);
  return date ? dayNumber(date) : null;
}

/** Whether the index's merged timeline has this expression (so it is a mark already). */
function onMergedTimeline(t: DigestTemporal): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && t.value !== null && calendarKey(t.value) !== undefined && timexInterval(t.value) !== undefined;
}

export function buildStoryTimeline(index: StoryIndex, entityKey: string | null): TimelineModel {
  const about = entityKey === null ? undefined : paragraphsNaming(index, entityKey);
  const kept = (digest: ArticleDigest, offset: number) => !about || (about.get(digest.id)?.has(paragraphOf(digest, offset)) ?? false);
  const marks: TimelineMark[] = [];
  for (const date of index.timeline()) {
    const interval = timexInterval(date.value);
    if (!interval) continue; // a value the index orders (a week day "2025-W27-3" …) but no day stretch covers
    const words = MOD_WORDS[date.mod ?? ''];
    const readable = words ? `${words} ${readableValue(date.value, interval)}` : readableValue(date.value, interval);
    for (const mention of date.mentions) {
      const digest = index.get(mention.articleId);
      if (!digest || !kept(digest, mention.start)) continue;
      const where = whereIn(digest, mention.start);
      marks.push({
        id: marks.length,
        start: mention.start,
        end: mention.end,
        text: mention.text,
        value: date.value,
        type: date.type,
        ...(date.mod ? { mod: date.mod } : {}),
        readable,
        snippet: where,
        uri: mention.articleId,
        where,
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

  // What the merged timeline leaves out, article by article (in id order, so the lists are stable).
  const durations: ListedExpression[] = [];
  const recurrences: ListedExpression[] = [];
  const undated: ListedExpression[] = [];
  const vague: { listed: ListedExpression; placement: MarkPlacement; day: number | null }[] = [];
  const datedArticles = new Map<number, { file: string; uri: string }[]>();
  for (const id of [...index.ids()].sort()) {
    const digest = index.get(id)!;
    const day = articleDay(digest);
    if (day !== null && (!about || about.has(id))) {
      let files = datedArticles.get(day);
      if (!files) datedArticles.set(day, (files = []));
      files.push({ file: fileName(id), uri: id });
    }
    for (const t of digest.temporal) {
      if (t.value === null || onMergedTimeline(t) || !kept(digest, t.start)) continue;
      const where = whereIn(digest, t.start);
      const listed: ListedExpression = {
        id: 0, start: t.start, end: t.end, text: t.text, value: t.value, type: t.type, ...(t.mod ? { mod: t.mod } : {}),
        readable: withMod(readableValue(t.value, undefined), t.mod), snippet: where, uri: id, where,
      };
      const placement = VAGUE_PLACEMENT[t.value];
      if (t.type === 'DURATION') durations.push(listed);
      else if (t.type === 'SET') recurrences.push(listed);
      else if (placement && (placement !== 'present' || day !== null)) vague.push({ listed, placement, day });
      else undated.push(listed);
    }
  }

  const articleDates: ArticleDateLine[] = [...datedArticles.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([day, files]) => ({ day, label: formatDay(day), files: files.map((f) => f.file), uris: files.map((f) => f.uri) }));
  const domain = paddedDomain([
    ...marks.map((m) => ({ start: m.from, end: m.to, granularity: 'day' as const })),
    ...articleDates.map((d) => ({ start: d.day, end: d.day + 1, granularity: 'day' as const })),
  ], null);
  for (const { listed, placement, day } of vague) {
    const at = placement === 'past' ? domain.start : placement === 'future' ? domain.end - 1 : day!;
    marks.push({ ...listed, placement, shape: 'point', from: at, to: at + 1, lane: 0 });
  }
  marks.sort((a, b) => a.from - b.from);
  marks.forEach((mark, id) => (mark.id = id));
  [...durations, ...recurrences, ...undated].forEach((listed, i) => (listed.id = marks.length + i));
  const lanes = assignLanes(marks);
  return { referenceDay: null, referenceLabel: null, domain, marks, lanes, durations, recurrences, undated, articleDates };
}
