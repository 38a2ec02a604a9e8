/**
 * From name spans to entities (issue 2 §1): every place in the article that refers to the same person,
 * organisation, place or nationality, grouped into one entity. A pipeline of small steps:
 * prepare (tagger spans + dateline + nationality adjectives) → one type per name → defined acronyms →
 * repeats and short forms of recognised names → clusters of names → facts about people → role nominals →
 * FORMAT entities.
 */
import type { Entity } from '../types';
import type { NameSpan, SegmentedText } from '../document';
import type { DatelineParse } from '../dateline';
import { createContext } from './context';
import { prepareNames } from './prepare';
import { harmonizeTypes, propagateNames } from './consistency';
import { defineAcronyms } from './acronyms';
import { clusterNames } from './clusters';
import { NameMentionIndex } from './mentionIndex';
import { collectPersonFacts } from './facts';
import { resolveNominals } from './nominals';
import { finishEntities } from './finish';

export function buildEntities(doc: SegmentedText, names: NameSpan[], dateline: DatelineParse | null): Entity[] {
  const ctx = createContext(doc);
  let mentions = prepareNames(ctx, names, dateline);
  if (!ctx.caseless) mentions = harmonizeTypes(mentions);
  const acronyms = defineAcronyms(ctx, mentions);
  mentions = ctx.caseless ? acronyms.mentions : propagateNames(ctx, acronyms.mentions);
  const clusters = clusterNames(ctx, mentions, acronyms.definitions);
  const index = new NameMentionIndex(ctx, clusters);
  const facts = collectPersonFacts(ctx, clusters, index);
  const nominals = resolveNominals(ctx, index, facts);
  return finishEntities(clusters, nominals, facts);
}
