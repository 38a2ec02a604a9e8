/**
 * `annotate --checks`: the editor's checks over each annotated file. In JSON the annotation gains a `checks` array
 * (FORMAT.md); in the readable report a "Checks" section lists each finding as `line:column severity code
 * message`, with the related places under it.
 */
import { runChecks, type CheckFinding } from '../core/checks';
import type { Annotation } from '../core/types';
import { CODES, type Style } from './style';
import { terminalSafe } from './safeText';

export type CheckedAnnotation = Annotation & { checks?: CheckFinding[] };

/** The annotation, with its `checks` when they are asked for. */
export function withChecks(enabled: boolean | undefined, text: string, annotation: Annotation): CheckedAnnotation {
  return enabled ? { ...annotation, checks: runChecks(text, annotation) } : annotation;
}

/** 1-based line and column (UTF-16 units, as editors count) of an offset. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `${line}:${offset - lineStart + 1}`;
}

const SEVERITY_CODES: Record<CheckFinding['severity'], string> = { warning: '33', information: '34', hint: '2' };

export function checksReport(text: string, checks: readonly CheckFinding[], style: Style): string {
  const lines = [style.paint(`Checks (${checks.length})`, CODES.heading)];
  if (checks.length === 0) lines.push('  none');
  for (const c of checks) {
    lines.push(`  ${lineColumn(text, c.start)}  ${style.paint(c.severity, SEVERITY_CODES[c.severity])}  ${c.code}  ${terminalSafe(c.message)}`);
    for (const r of c.related) lines.push(style.paint(`      ${lineColumn(text, r.start)}  ${terminalSafe(r.message ?? 'related')}`, CODES.dim));
  }
  return `${lines.join('\n')}\n`;
}
