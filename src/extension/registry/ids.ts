/**
 * Every id the extension shares with VS Code, in one place: the commands, views and context keys that package.json
 * declares and `when` clauses read, the workspace-state keys the extension remembers, and the ids of the status
 * bar items, webview panels and diagnostic collections it creates. Code imports these names instead of writing
 * the strings; `test/unit/extension/registry/registry.test.ts` checks this module against package.json in both directions
 * and that no other file under src/extension spells one of these ids out.
 *
 * Pure data: no `vscode` import, so the unit tests (and any other layer) can read it.
 */

/** Commands contributed in package.json (`contributes.commands`). */
export const COMMANDS = {
  toggleHighlights: 'articleLens.toggleHighlights',
  showHighlights: 'articleLens.showHighlights',
  hideHighlights: 'articleLens.hideHighlights',
  chooseCategories: 'articleLens.toggleCategory',
  reanalyze: 'articleLens.reanalyze',
  exportJson: 'articleLens.exportJson',
  exportMarkdown: 'articleLens.exportMarkdown',
  nextMention: 'articleLens.nextMention',
  previousMention: 'articleLens.previousMention',
  revealInOutline: 'articleLens.revealInOutline',
  revealSpan: 'articleLens.revealSpan',
  outlineSortByAppearance: 'articleLens.outline.sortByAppearance',
  outlineSortByMentions: 'articleLens.outline.sortByMentions',
  outlineSortByName: 'articleLens.outline.sortByName',
  showLog: 'articleLens.showLog',
  showMap: 'articleLens.showMap',
  mapExportTimelineSvg: 'articleLens.map.exportTimelineSvg',
  mapExportTimelinePng: 'articleLens.map.exportTimelinePng',
  mapExportGraphSvg: 'articleLens.map.exportGraphSvg',
  mapExportGraphPng: 'articleLens.map.exportGraphPng',
  rebuildIndex: 'articleLens.rebuildIndex',
  storyFilter: 'articleLens.story.filter',
  storyClearFilter: 'articleLens.story.clearFilter',
  storySortByMentions: 'articleLens.story.sortByMentions',
  storySortByArticles: 'articleLens.story.sortByArticles',
  storySortByName: 'articleLens.story.sortByName',
  storyOpen: 'articleLens.story.open',
  checkWorkspace: 'articleLens.checkWorkspace',
} as const;

/** Views contributed in package.json (`contributes.views`). */
export const VIEWS = {
  outline: 'articleLens.outline',
  story: 'articleLens.story',
} as const;

/**
 * Commands VS Code itself creates for a contributed view (`<view id>.focus`); the extension runs them but does not
 * contribute them.
 */
export const VIEW_FOCUS_COMMANDS = {
  story: `${VIEWS.story}.focus`,
} as const;

/** Context keys the extension sets (`setContext`) and package.json's `when` clauses read. */
export const CONTEXT_KEYS = {
  /** The active editor shows an article (languages and file patterns settings). */
  isArticle: 'articleLens.isArticle',
  highlightsVisible: 'articleLens.highlightsVisible',
  /** The outline's sort order: `appearance`, `mentions` or `name`. */
  outlineSort: 'articleLens.outlineSort',
  /** Why the outline is empty (picks its welcome message), or `ready`. */
  outlineState: 'articleLens.outlineState',
  /** This extension host has a story index (the desktop one, for now). */
  storyAvailable: 'articleLens.storyAvailable',
  storySort: 'articleLens.storySort',
  storyFiltered: 'articleLens.storyFiltered',
  storyState: 'articleLens.storyState',
} as const;

/**
 * Keys under which the extension remembers choices in `workspaceState`. Some equal a context key by history; they
 * stay separate names because renaming a stored key would forget what users chose.
 */
export const STATE_KEYS = {
  highlightsVisible: 'articleLens.highlightsVisible',
  outlineSort: 'articleLens.outlineSort',
  storySort: 'articleLens.storySort',
  storyFilter: 'articleLens.storyFilter',
} as const;

/** Webview panel types (`activeWebviewPanelId` in `when` clauses). */
export const WEBVIEW_PANELS = {
  map: 'articleLens.map',
} as const;

/** Ids of the status bar items (VS Code remembers per id whether the user hid an item). */
export const STATUS_ITEMS = {
  analysis: 'articleLens.status',
  storyIndex: 'articleLens.storyIndex',
  map: 'articleLens.map',
} as const;

/** Diagnostic collections. */
export const DIAGNOSTIC_COLLECTIONS = {
  checks: 'articleLens.checks',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
export type ContextKey = (typeof CONTEXT_KEYS)[keyof typeof CONTEXT_KEYS];
export type ViewId = (typeof VIEWS)[keyof typeof VIEWS];
export type StateKey = (typeof STATE_KEYS)[keyof typeof STATE_KEYS];
