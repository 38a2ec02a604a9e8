/**
 * The per-check settings (`articleLens.checks.<setting>`: off / hint / information / warning) and their defaults.
 * Pure (no `vscode`), so the typed config module and unit tests use it as they are.
 */
import { CHECKS } from '../../../core/checks';

export type CheckLevel = 'off' | 'hint' | 'information' | 'warning';
export const CHECK_LEVELS: readonly CheckLevel[] = ['off', 'hint', 'information', 'warning'];

/** The setting names, one per check, in the order of issue #15. */
export type CheckSetting = 'weekdayDate' | 'unattributedQuote' | 'spellingVariant' | 'unbalancedQuote' | 'vagueAttribution' | 'dateAfterDateline';
export const CHECK_SETTINGS = CHECKS.map((c) => c.setting as CheckSetting);

/**
 * Defaults: each check's own severity — warnings for what is likely a mistake, information for the count of
 * anonymous sourcing, which is a fact about the story rather than an error.
 */
export const DEFAULT_CHECK_LEVELS = Object.fromEntries(CHECKS.map((c) => [c.setting, c.severity])) as Readonly<Record<CheckSetting, CheckLevel>>;
