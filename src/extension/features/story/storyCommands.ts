/** The story feature's command and view ids, in one place (package.json declares the same). */
export const STORY_COMMANDS = {
  rebuildIndex: 'articleLens.rebuildIndex',
  filter: 'articleLens.story.filter',
  clearFilter: 'articleLens.story.clearFilter',
  sortByMentions: 'articleLens.story.sortByMentions',
  sortByArticles: 'articleLens.story.sortByArticles',
  sortByName: 'articleLens.story.sortByName',
  open: 'articleLens.story.open',
  showView: 'articleLens.story.focus',
} as const;

export const STORY_VIEW_ID = 'articleLens.story';
/** Context keys for the view's menus and welcome messages. */
export const STORY_SORT_CONTEXT = 'articleLens.storySort';
export const STORY_FILTERED_CONTEXT = 'articleLens.storyFiltered';
export const STORY_STATE_CONTEXT = 'articleLens.storyState';
