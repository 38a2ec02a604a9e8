/**
 * What the status bar item says for the active document, as plain data: the counts of a ready article (people,
 * organisations, places, dates, quotations, and vague attributions when the checks found any), "analysing" with
 * the last counts while a new analysis runs, and a plain word when the file is too large or the analysis failed.
 * Pure: the adapter (statusBar.ts) turns `tone` into a theme colour and `action` into a command.
 */
import type { Annotation } from '../../../core/types';

export type StatusBarInput =
  | { kind: 'notArticle' }
  | { kind: 'pending'; latest: Annotation | undefined }
  | { kind: 'ready'; annotation: Annotation; highlightsVisible: boolean; vagueAttributions: number | undefined }
  | { kind: 'tooLarge'; length: number; limit: number }
  | { kind: 'error'; message: string };

export interface StatusBarContent {
  text: string;
  tooltip: string;
  /** A warning or error background; none for the ordinary item. */
  tone?: 'warning' | 'error';
  /** What a click does. */
  action: 'toggleHighlights' | 'openSizeSetting' | 'showLog';
}

/** Undefined when the item is hidden (the active document is not an article). */
export function statusBarContent(input: StatusBarInput): StatusBarContent | undefined {
  switch (input.kind) {
    case 'notArticle':
      return undefined;
    case 'tooLarge':
      return {
        text: '$(warning) Article Lens: file too large',
        tooltip: `Not analysed: this document has ${kilobytes(input.length)} of text, above the articleLens.maxFileSizeKB limit of ${kilobytes(input.limit)}.`,
        tone: 'warning',
        action: 'openSizeSetting',
      };
    case 'error':
      return {
        text: '$(error) Article Lens: analysis failed',
        tooltip: `${input.message}\nSee the Article Lens output channel.`,
        tone: 'error',
        action: 'showLog',
      };
    case 'pending':
      return {
        text: input.latest ? `$(sync~spin) ${counts(input.latest)}` : '$(sync~spin) Article Lens: analysing…',
        tooltip: 'Article Lens is analysing this article.',
        action: 'toggleHighlights',
      };
    case 'ready': {
      const vague = input.vagueAttributions;
      const vagueText = vague ? ` $(unverified) ${vague}` : '';
      const vagueTooltip = vague === undefined ? '' : `\n${vague === 0 ? 'No' : vague} anonymous or vague attribution${vague === 1 ? '' : 's'} ("sources said", "officials say"…).`;
      return {
        text: `${input.highlightsVisible ? '$(eye)' : '$(eye-closed)'} ${counts(input.annotation)}${vagueText}`,
        tooltip: `${describe(input.annotation)}${vagueTooltip}\nClick to ${input.highlightsVisible ? 'hide' : 'show'} highlights.`,
        action: 'toggleHighlights',
      };
    }
  }
}

function kilobytes(n: number): string {
  return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KB`;
}

function tally(annotation: Annotation) {
  const of = (type: string) => annotation.entities.filter((e) => e.type === type).length;
  return {
    people: of('PERSON'),
    organizations: of('ORGANIZATION'),
    places: of('LOCATION'),
    dates: annotation.temporal.length,
    quotes: annotation.quotes.length,
  };
}

function counts(annotation: Annotation): string {
  const t = tally(annotation);
  return `$(person) ${t.people} $(organization) ${t.organizations} $(location) ${t.places} $(calendar) ${t.dates} $(quote) ${t.quotes}`;
}

function describe(annotation: Annotation): string {
  const t = tally(annotation);
  return `Article Lens: ${t.people} people, ${t.organizations} organisations, ${t.places} places, ${t.dates} dates and times, ${t.quotes} quotations.`;
}
