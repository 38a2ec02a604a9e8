/**
 * An editor's checks (issue #15): what a copy editor or fact-checker would circle. A check reads the text and its
 * annotation and returns findings; it never edits anything. The JSON shape is FORMAT.md's `checks` addition.
 */
import type { Annotation, Span } from '../types';

/** The stable id of each check; the extension shows it as `articleLens.check.<code>`. */
export type CheckCode =
  | 'weekday-date'
  | 'unattributed-quote'
  | 'spelling-variant'
  | 'unbalanced-quote'
  | 'vague-attribution'
  | 'date-after-dateline';

export type CheckSeverity = 'warning' | 'information' | 'hint';

export interface RelatedSpan extends Span {
  /** What the related place is ("the other spelling", "the article's date"). Extra to FORMAT.md's {start, end}. */
  message?: string;
}

export interface CheckFinding extends Span {
  code: CheckCode;
  severity: CheckSeverity;
  /** What is wrong and why, in one sentence or two. */
  message: string;
  related: RelatedSpan[];
}

/** What every check reads: the text, its annotation, and the pieces several checks need (computed once). */
export interface CheckInput {
  readonly text: string;
  readonly annotation: Annotation;
  /** Non-empty paragraphs (lines) of the text, in order. */
  readonly paragraphs: readonly Span[];
}

export interface CheckDefinition {
  code: CheckCode;
  /** The setting key under `articleLens.checks.` (camelCase of the code). */
  setting: string;
  /** A short title, for settings and docs. */
  title: string;
  /** The severity a finding has unless the user's setting says otherwise. */
  severity: CheckSeverity;
  run(input: CheckInput): CheckFinding[];
}
