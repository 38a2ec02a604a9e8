/** The story across articles: per-article digests, identity across them, and the index that answers queries. */
export { digestArticle, isArticleDigest, positionIn, DIGEST_VERSION, type ArticleDigest, type DigestEntity, type DigestQuote, type DigestTemporal } from './digest';
export { resolveIdentities, type Ambiguity, type IdentityGroup, type IdentityInput } from './identity';
export { nameKey, personTokens } from './names';
export { contentHash } from './contentHash';
export { StoryIndex, type StoryArticleMentions, type StoryDate, type StoryDateMention, type StoryEntity, type StoryMention, type StoryQuote, type StorySpeaker } from './storyIndex';
