/**
 * The editor's checks: each its own module with a stable code. `runChecks` runs them all over one analysed text
 * and returns the findings in text order. Pure: no I/O, no `vscode`.
 */
import { splitParagraphs } from '../text/sentences';
import type { Annotation } from '../types';
import { dateAfterDateline } from './dateAfterDateline';
import { spellingVariant } from './spellingVariant';
import type { CheckDefinition, CheckFinding, CheckInput } from './types';
import { unattributedQuote } from './unattributedQuote';
import { unbalancedQuote } from './unbalancedQuote';
import { vagueAttribution } from './vagueAttribution';
import { weekdayDate } from './weekdayDate';

export type { CheckCode, CheckDefinition, CheckFinding, CheckSeverity, RelatedSpan } from './types';

/** Every check, in the order of issue #15. */
export const CHECKS: readonly CheckDefinition[] = [
  weekdayDate,
  unattributedQuote,
  spellingVariant,
  unbalancedQuote,
  vagueAttribution,
  dateAfterDateline,
];

export function checkInput(text: string, annotation: Annotation): CheckInput {
  const paragraphs = splitParagraphs(text).map((p) => ({ start: p.start, end: p.end }));
  return { text, annotation, paragraphs };
}

/** All findings of the given checks (all by default), sorted by offset. */
export function runChecks(text: string, annotation: Annotation, checks: readonly CheckDefinition[] = CHECKS): CheckFinding[] {
  const input = checkInput(text, annotation);
  const findings: CheckFinding[] = [];
  for (const check of checks) findings.push(...check.run(input));
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.code.localeCompare(b.code));
}
