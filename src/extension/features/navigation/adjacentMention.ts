/**
 * The next or previous mention of an entity, in document order, wrapping around the document: what "Go to Next /
 * Previous Mention" selects. Pure.
 */
import type { Mention } from '../../../core/types';

/** `mentions` in document order; `current` one of them (compared by identity, as the annotation index returns it). */
export function adjacentMention(mentions: readonly Mention[], current: Mention, direction: 1 | -1): Mention | undefined {
  if (mentions.length === 0) return undefined;
  const here = mentions.indexOf(current);
  // A mention not in the list (should not happen) steps from the start or the end.
  const from = here < 0 ? (direction === 1 ? -1 : 0) : here;
  return mentions[(from + direction + mentions.length) % mentions.length];
}
