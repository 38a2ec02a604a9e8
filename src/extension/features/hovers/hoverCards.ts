/**
 * The Markdown of the hover cards: an entity card, a date card and a quotation card. Pure: callers wrap the result in
 * a `MarkdownString` with `isTrusted: false` and `supportHtml: false`. All document text goes through
 * `escapeMarkdown`; only the fixed wording here is Markdown.
 */
import type { Entity, Quote, TemporalExpression } from '../../../core/types';
import type { AnnotationIndex } from '../../../presentation/annotationIndex';
import { ENTITY_TYPE_LABELS } from '../../../presentation/categories';
import { countryOfEntity } from '../../countries/countryFacts';
import { describeDateDistance, formatCalendarValue, weekdayOf } from '../../../presentation/dateDistance';
import { escapeMarkdown, firstWords, wordCount } from '../../../presentation/markdownText';
import { readableTimexValue } from '../../../presentation/timexText';

export interface HoverContext {
  index: AnnotationIndex;
  /** 1-based line number of an offset, as the editor shows it. */
  lineNumberAt(offset: number): number;
}

const MAX_OTHER_NAMES = 6;
const MAX_QUOTES_LISTED = 5;
const QUOTE_PREVIEW_WORDS = 8;

export function entityCard(entity: Entity, context: HoverContext): string {
  const { index } = context;
  const mentions = index.mentionsOf(entity);
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(entity.name)}** — ${ENTITY_TYPE_LABELS[entity.type]}`);
  if (entity.role) lines.push(`*${escapeMarkdown(entity.role)}*`);

  // Pronouns are not names: "he" and "it" would crowd out "the French leader".
  const otherNames = distinctTexts(mentions.filter((m) => m.kind !== 'pronoun').map((m) => m.text)).filter(
    (name) => name !== entity.name,
  );
  if (otherNames.length > 0) {
    const shown = otherNames.slice(0, MAX_OTHER_NAMES).map((n) => `“${escapeMarkdown(n)}”`);
    const more = otherNames.length > MAX_OTHER_NAMES ? `, and ${otherNames.length - MAX_OTHER_NAMES} more` : '';
    lines.push(`Also called here: ${shown.join(', ')}${more}`);
  }

  const first = mentions[0];
  const count = `${mentions.length} mention${mentions.length === 1 ? '' : 's'}`;
  lines.push(first ? `${count}; first on line ${context.lineNumberAt(first.start)}` : count);

  const country = countryOfEntity(entity);
  if (country) {
    const facts = [
      country.capitals.length > 0 ? `capital ${country.capitals.map(escapeMarkdown).join(', ')}` : undefined,
      country.region ? escapeMarkdown(country.region) : undefined,
      country.subregion ? escapeMarkdown(country.subregion) : undefined,
    ].filter(Boolean);
    lines.push(`Country: ${escapeMarkdown(country.name)}${facts.length > 0 ? ` — ${facts.join(' · ')}` : ''}`);
  }

  // Direct and partial quotations are the speaker's own words; reported speech is the writer's paraphrase. A reader
  // weighs them differently, so the card counts and lists them apart.
  const statements = index.quotesBy(entity);
  const quoted = statements.filter((q) => q.kind !== 'reported');
  const reported = statements.filter((q) => q.kind === 'reported');
  if (quoted.length > 0) lines.push(statementList(`Quoted ${times(quoted.length)}`, quoted, context));
  if (reported.length > 0) lines.push(statementList(`Reported ${times(reported.length)} (paraphrased)`, reported, context));
  return lines.join('\n\n');
}

export function temporalCard(expression: TemporalExpression, referenceDate: string | null): string {
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(expression.text)}** — ${temporalTypeLabel(expression.type)}`);
  const timex = expression.value ?? '';
  const readable = expression.value === null ? undefined : formatCalendarValue(timex) ?? readableTimexValue(timex);
  const weekday = weekdayOf(timex);
  const value = expression.value === null ? 'No TIMEX3 value' : `Value: \`${timex.replace(/`/g, '')}\``;
  const valueLine = [value, readable, weekday].filter(Boolean).join(' · ');
  lines.push(expression.mod ? `${valueLine} (${escapeMarkdown(expression.mod)})` : valueLine);
  const distance = describeDateDistance(timex, referenceDate);
  if (distance && referenceDate) lines.push(distanceSentence(distance, formatCalendarValue(referenceDate) ?? referenceDate));
  return lines.join('\n\n');
}

export function quoteCard(quote: Quote, context: HoverContext): string {
  const speaker = context.index.entity(quote.speaker);
  const lines: string[] = [];
  const words = `${wordCount(quote.text)} words`;
  lines.push(quote.kind === 'reported' ? `**Reported speech** — ${words}` : `**Quotation** — ${quote.kind}, ${words}`);
  const who = speaker ? `**${escapeMarkdown(speaker.name)}**` : 'unknown speaker';
  const cue = quote.cue ? ` — “${escapeMarkdown(quote.cue.text)}”` : '';
  lines.push(`Speaker: ${who}${cue}`);
  const first = context.lineNumberAt(quote.start);
  const last = context.lineNumberAt(Math.max(quote.start, quote.end - 1));
  lines.push(first === last ? `Line ${first}` : `Lines ${first}–${last}`);
  return lines.join('\n\n');
}

function times(count: number): string {
  return `${count} time${count === 1 ? '' : 's'}`;
}

function statementList(heading: string, quotes: readonly Quote[], context: HoverContext): string {
  const items = quotes
    .slice(0, MAX_QUOTES_LISTED)
    .map((q) => `- ${escapeMarkdown(firstWords(q.text, QUOTE_PREVIEW_WORDS))} (line ${context.lineNumberAt(q.start)})`);
  const more = quotes.length > MAX_QUOTES_LISTED ? [`- and ${quotes.length - MAX_QUOTES_LISTED} more`] : [];
  return `${heading}:\n\n${[...items, ...more].join('\n')}`;
}

function temporalTypeLabel(type: TemporalExpression['type']): string {
  switch (type) {
    case 'DATE':
      return 'Date';
    case 'TIME':
      return 'Time';
    case 'DURATION':
      return 'Duration';
    case 'SET':
      return 'Recurring time';
  }
}

function distinctTexts(texts: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of texts) {
    const key = text.replace(/\s+/g, ' ');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(key);
    }
  }
  return out;
}

/** "5 days earlier than the article's date (3 March 2024)", "The same day as the article's date (…)". */
function distanceSentence(distance: string, referenceDate: string): string {
  const comparison = distance.startsWith('the same ') ? 'as' : 'than';
  return `${capitalize(distance)} ${comparison} the article's date (${escapeMarkdown(referenceDate)})`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
