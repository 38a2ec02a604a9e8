/**
 * Which paragraph of an indexed article an offset falls in, from the digest's line starts: the story map says a
 * date or a quotation is "about" an entity when the entity is named in the same paragraph, and an article's
 * paragraph is one line of its file (news copy and the seeds keep a paragraph on a line; the digest keeps no text,
 * so a hard-wrapped paragraph counts line by line). Pure.
 */
import { positionIn, type ArticleDigest } from '../../../core/story/digest';

export function paragraphOf(digest: ArticleDigest, offset: number): number {
  return positionIn(digest, offset).line;
}
