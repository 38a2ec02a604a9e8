/**
 * What the Article Map draws for the story, answered where the index lives (the index worker): both pictures
 * across every indexed article, the entities the panel's filter offers, and the filter in effect. Plain data, so it
 * crosses the worker boundary and the webview boundary as it is. Pure.
 */
import type { EntityType } from '../../../core/types';
import type { StoryIndex } from '../../../core/story/storyIndex';
import { ENTITY_TYPE_LABELS } from '../../../presentation/categories';
import type { SpeakerGraph } from './speakerGraph';
import { buildStoryGraph } from './storyGraph';
import { buildStoryTimeline } from './storyTimeline';
import type { TimelineModel } from './timelineModel';

/** One entity the filter offers. */
export interface FilterEntity {
  key: string;
  name: string;
  type: EntityType;
  typeLabel: string;
  articleCount: number;
  mentionCount: number;
}

export interface StoryMapModel {
  articles: number;
  timeline: TimelineModel;
  graph: SpeakerGraph;
  /** Every entity of the story, most mentioned first. */
  entities: FilterEntity[];
  /** The entity the pictures are filtered on, or null (a key the index no longer has is dropped). */
  filter: FilterEntity | null;
}

/** The filter's list stays this long at most: beyond it, typing finds the rest. */
export const MAX_FILTER_ENTITIES = 5000;

export function buildStoryMap(index: StoryIndex, entityKey: string | null): StoryMapModel {
  const entities: FilterEntity[] = index.entities().slice(0, MAX_FILTER_ENTITIES).map((e) => ({
    key: e.key, name: e.name, type: e.type, typeLabel: ENTITY_TYPE_LABELS[e.type], articleCount: e.articleCount, mentionCount: e.mentionCount,
  }));
  const row = entityKey === null ? undefined : index.entity(entityKey);
  const filter = row ? { key: row.key, name: row.name, type: row.type, typeLabel: ENTITY_TYPE_LABELS[row.type], articleCount: row.articleCount, mentionCount: row.mentionCount } : null;
  const key = filter?.key ?? null;
  return { articles: index.size, timeline: buildStoryTimeline(index, key), graph: buildStoryGraph(index, key), entities, filter };
}
