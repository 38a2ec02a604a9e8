/**
 * The annotation contract of ../shared/FORMAT.md. Offsets are UTF-16 code units (JavaScript string indices),
 * `end` exclusive, and `text === documentText.slice(start, end)` always holds.
 */
export type EntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];

export type MentionKind = 'name' | 'acronym' | 'nominal' | 'pronoun';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface Mention extends TextSpan {
  kind: MentionKind;
}

export interface Entity {
  /** Unique within the document. */
  id: string;
  type: EntityType;
  /** Canonical name: the fullest proper name in the document. */
  name: string;
  mentions: Mention[];
  /** Extra, optional: a role the article gives the entity ("President of France"); nationality → country link. */
  role?: string;
  country?: string;
  /** Extra, optional: for a nationality (MISC), the id of its country's entity when the article names it. */
  refersTo?: string;
}

export type TemporalType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TemporalExpression extends TextSpan {
  type: TemporalType;
  /**
   * A TimeML TIMEX3 value: "2025-07-01", "2025-07", "PT2H", "P3Y", "FUTURE_REF", "XXXX-09-22", ...; null when the
   * expression has no value TIMEX3 can write (a year after 9999: "10,000 years from now"). See timexGrammar.ts.
   */
  value: string | null;
  /** Optional TIMEX3 mod: "MORE_THAN", "APPROX", "LESS_THAN", "START", "END", ... */
  mod?: string;
}

export type QuoteKind = 'direct' | 'partial' | 'reported';

export interface Quote extends TextSpan {
  kind: QuoteKind;
  /** The id of an entity, or null when no speaker is found. */
  speaker: string | null;
  /** The mention that attributes the quote, or null. */
  speakerMention: Span | null;
  /** The speech verb (or cue such as "according to"), or null. */
  cue: TextSpan | null;
}

export interface Dateline extends Span {
  place: string | null;
  date: string | null;
  agency: string | null;
}

export interface Annotation {
  /** CLI only: the path as given. */
  file?: string;
  /** The date relative expressions were resolved against (YYYY-MM-DD), or null. */
  referenceDate: string | null;
  dateline: Dateline | null;
  entities: Entity[];
  temporal: TemporalExpression[];
  quotes: Quote[];
  /** Extra, optional: stages that failed on this text (their parts are left empty). Absent when all went well. */
  warnings?: string[];
}

export interface AnalyzeOptions {
  /** YYYY-MM-DD; overrides the date inferred from the dateline. */
  referenceDate?: string;
}

/** Anything that turns text into an Annotation: Article Lens itself, or a peer run through the same scorers. */
export type Annotator = (text: string, options?: AnalyzeOptions) => Annotation;
