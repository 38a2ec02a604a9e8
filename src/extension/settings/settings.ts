/**
 * The typed mirror of `contributes.configuration` (section `articleLens`). Every setting is read here and only here,
 * with its default and validation, so the rest of the extension never sees a raw or invalid value. Pure: it reads
 * from anything shaped like `WorkspaceConfiguration.get`, so unit tests run it without VS Code.
 */
import { isIsoDate } from '../../core/temporal/calendar';
import { HIGHLIGHT_CATEGORIES, type HighlightCategory } from '../../presentation/categories';
import { CHECK_LEVELS, CHECK_SETTINGS, DEFAULT_CHECK_LEVELS, type CheckLevel, type CheckSetting } from '../features/checks/checkLevels';

export const CONFIG_SECTION = 'articleLens';

export interface ArticleLensConfig {
  /** Language ids treated as articles. */
  readonly languages: readonly string[];
  /** Glob patterns of files treated as articles whatever their language. */
  readonly filePatterns: readonly string[];
  /** Per-category highlight enablement. */
  readonly highlight: Readonly<Record<HighlightCategory, boolean>>;
  readonly hoversEnabled: boolean;
  readonly overviewRuler: boolean;
  /** Delay after the last keystroke before re-analysing. */
  readonly debounceMs: number;
  /** Above this size (in UTF-16 code units ≈ characters) a document is not analysed. */
  readonly maxFileSizeKB: number;
  /** YYYY-MM-DD that relative dates resolve against, or undefined to use the article's dateline. */
  readonly referenceDate: string | undefined;
  /** The workspace story index: on or off, at most this many files, each at most this large. */
  readonly index: { readonly enabled: boolean; readonly maxFiles: number; readonly maxFileSizeKB: number };
  /** How each editor's check is shown (`articleLens.checks.<setting>`): off, or a diagnostic severity. */
  readonly checks: Readonly<Record<CheckSetting, CheckLevel>>;
}

/** Setting keys relative to the `articleLens` section; package.json declares exactly these. */
export const SETTING = {
  languages: 'languages',
  filePatterns: 'filePatterns',
  highlight: (category: HighlightCategory) => `highlight.${category}`,
  hoversEnabled: 'hover.enabled',
  overviewRuler: 'overviewRuler',
  debounceMs: 'debounceMs',
  maxFileSizeKB: 'maxFileSizeKB',
  referenceDate: 'referenceDate',
  indexEnabled: 'index.enabled',
  indexMaxFiles: 'index.maxFiles',
  indexMaxFileSizeKB: 'index.maxFileSizeKB',
  check: (setting: CheckSetting) => `checks.${setting}`,
} as const;

export const DEFAULT_CONFIG: ArticleLensConfig = {
  languages: ['plaintext', 'markdown'],
  filePatterns: [],
  highlight: { person: true, organization: true, location: true, misc: true, date: true, quote: true },
  hoversEnabled: true,
  overviewRuler: true,
  debounceMs: 300,
  maxFileSizeKB: 10240,
  referenceDate: undefined,
  index: { enabled: true, maxFiles: 5000, maxFileSizeKB: 1024 },
  checks: DEFAULT_CHECK_LEVELS,
};

export const DEBOUNCE_RANGE = { min: 0, max: 5000 } as const;

export interface ConfigSource {
  get<T>(key: string): T | undefined;
}

export function readConfig(source: ConfigSource): ArticleLensConfig {
  const highlight = {} as Record<HighlightCategory, boolean>;
  for (const category of HIGHLIGHT_CATEGORIES) {
    highlight[category] = asBoolean(source.get(SETTING.highlight(category)), DEFAULT_CONFIG.highlight[category]);
  }
  return {
    languages: asStringList(source.get(SETTING.languages), DEFAULT_CONFIG.languages),
    filePatterns: asStringList(source.get(SETTING.filePatterns), DEFAULT_CONFIG.filePatterns),
    highlight,
    hoversEnabled: asBoolean(source.get(SETTING.hoversEnabled), DEFAULT_CONFIG.hoversEnabled),
    overviewRuler: asBoolean(source.get(SETTING.overviewRuler), DEFAULT_CONFIG.overviewRuler),
    debounceMs: asNumberInRange(source.get(SETTING.debounceMs), DEFAULT_CONFIG.debounceMs, DEBOUNCE_RANGE.min, DEBOUNCE_RANGE.max),
    maxFileSizeKB: asNumberInRange(source.get(SETTING.maxFileSizeKB), DEFAULT_CONFIG.maxFileSizeKB, 0, Number.MAX_SAFE_INTEGER),
    referenceDate: asIsoDate(source.get(SETTING.referenceDate)),
    index: {
      enabled: asBoolean(source.get(SETTING.indexEnabled), DEFAULT_CONFIG.index.enabled),
      maxFiles: Math.floor(asNumberInRange(source.get(SETTING.indexMaxFiles), DEFAULT_CONFIG.index.maxFiles, 1, 1_000_000)),
      maxFileSizeKB: asNumberInRange(source.get(SETTING.indexMaxFileSizeKB), DEFAULT_CONFIG.index.maxFileSizeKB, 1, Number.MAX_SAFE_INTEGER),
    },
    checks: readCheckLevels(source),
  };
}

function readCheckLevels(source: ConfigSource): Record<CheckSetting, CheckLevel> {
  const levels = {} as Record<CheckSetting, CheckLevel>;
  for (const setting of CHECK_SETTINGS) {
    const value = source.get(SETTING.check(setting));
    levels[setting] = CHECK_LEVELS.includes(value as CheckLevel) ? (value as CheckLevel) : DEFAULT_CHECK_LEVELS[setting];
  }
  return levels;
}

/** One settings change: the settings before and after, and which of them differ. */
export interface SettingsChange {
  readonly previous: ArticleLensConfig;
  readonly current: ArticleLensConfig;
  /** Whether any of these typed settings differs between `previous` and `current` (by value, not identity). */
  changed(...keys: readonly (keyof ArticleLensConfig)[]): boolean;
}

/** The change from one reading of the settings to the next. */
export function settingsChange(previous: ArticleLensConfig, current: ArticleLensConfig): SettingsChange {
  return {
    previous,
    current,
    // Every setting is JSON-shaped data (strings, numbers, booleans, lists and records of them, or undefined), so
    // equal JSON is equal value; `undefined` is compared directly because JSON.stringify drops it.
    changed: (...keys) => keys.some((key) => previous[key] !== current[key] && JSON.stringify(previous[key]) !== JSON.stringify(current[key])),
  };
}

/** The size limit in the unit documents are measured in (UTF-16 code units). */
export function maxDocumentLength(config: ArticleLensConfig): number {
  return Math.floor(config.maxFileSizeKB * 1024);
}

function asBoolean(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function asStringList(value: unknown, fallback: readonly string[]): readonly string[] {
  if (!Array.isArray(value)) return fallback;
  return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((s) => s.trim());
}

function asNumberInRange(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

/** A real calendar date in YYYY-MM-DD form, or undefined (empty, malformed or impossible such as 2025-02-30). */
export function asIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return isIsoDate(trimmed) ? trimmed : undefined;
}
