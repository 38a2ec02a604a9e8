/**
 * The Computer of the checks feature: from an analysed text to the diagnostics to show, as plain data (offsets,
 * level, message, code, related places), with each check's setting applied. Pure: no `vscode`, unit-tested.
 */
import { CHECKS, runChecks, type CheckCode, type CheckFinding, type RelatedSpan } from '../../../core/checks';
import type { Annotation } from '../../../core/types';
import type { CheckLevel, CheckSetting } from './checkLevels';

/** How the extension names a check in diagnostics: `articleLens.check.<code>`. */
export const DIAGNOSTIC_CODE_PREFIX = 'articleLens.check.';
/** The Problems panel's "source" column. */
export const DIAGNOSTIC_SOURCE = 'Article Lens';

export interface PlannedDiagnostic {
  start: number;
  end: number;
  level: Exclude<CheckLevel, 'off'>;
  message: string;
  /** `articleLens.check.<code>`. */
  code: string;
  /** The heading anchor of the check in docs/checks.md. */
  anchor: CheckCode;
  related: RelatedSpan[];
}

const SETTING_OF = new Map<CheckCode, CheckSetting>(CHECKS.map((c) => [c.code, c.setting as CheckSetting]));

export function computeFindings(text: string, annotation: Annotation): CheckFinding[] {
  return runChecks(text, annotation);
}

/** The findings the settings let through, each at the level its setting asks for. */
export function planDiagnostics(findings: readonly CheckFinding[], levels: Readonly<Record<CheckSetting, CheckLevel>>): PlannedDiagnostic[] {
  const planned: PlannedDiagnostic[] = [];
  for (const f of findings) {
    const setting = SETTING_OF.get(f.code);
    const level = setting ? levels[setting] : 'off';
    if (level === 'off') continue;
    planned.push({ start: f.start, end: f.end, level, message: f.message, code: `${DIAGNOSTIC_CODE_PREFIX}${f.code}`, anchor: f.code, related: f.related });
  }
  return planned;
}

/** How many anonymous or vague attributions the article has (counted whatever the setting shows). */
export function vagueAttributionCount(findings: readonly CheckFinding[]): number {
  return findings.filter((f) => f.code === 'vague-attribution').length;
}
