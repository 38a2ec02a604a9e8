/** The hover card's story section, as inert Markdown (article text is escaped). Pure. */
import { escapeMarkdown } from '../../../presentation/markdownText';
import type { StoryEntityFacts } from './storyQueries';
import { ambiguityText } from './storyTree';
import { fileName } from './uriText';

/** The hover lists this many other articles by name. */
const HOVER_ARTICLES = 5;

/** The hover section: how many other articles name this entity, which, and any ambiguity. Undefined when nothing to say. */
export function storyCard(facts: StoryEntityFacts): string | undefined {
  const others = facts.otherArticles;
  const ambiguity = ambiguityText(facts.entity);
  if (others.length === 0 && !ambiguity) return undefined;
  const lines: string[] = [];
  if (others.length > 0) {
    const named = others.slice(0, HOVER_ARTICLES).map((a) => `${escapeMarkdown(fileName(a.uri))} (${a.mentions})`);
    const more = others.length > HOVER_ARTICLES ? `, and ${others.length - HOVER_ARTICLES} more` : '';
    lines.push(`**${escapeMarkdown(facts.entity.name)}** is in ${others.length} other article${others.length === 1 ? '' : 's'}: ${named.join(', ')}${more}`);
  } else {
    lines.push(`**${escapeMarkdown(facts.entity.name)}** is in no other article`);
  }
  if (ambiguity) lines.push(`⚠ ${escapeMarkdown(ambiguity)}`);
  return lines.join('\n\n');
}
