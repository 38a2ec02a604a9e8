/** The story feature's command and view ids, named for the feature; the ids themselves live in the registry. */
import { COMMANDS, CONTEXT_KEYS, VIEW_FOCUS_COMMANDS, VIEWS } from '../../registry/ids';

export const STORY_COMMANDS = {
  rebuildIndex: COMMANDS.rebuildIndex,
  filter: COMMANDS.storyFilter,
  clearFilter: COMMANDS.storyClearFilter,
  sortByMentions: COMMANDS.storySortByMentions,
  sortByArticles: COMMANDS.storySortByArticles,
  sortByName: COMMANDS.storySortByName,
  open: COMMANDS.storyOpen,
  showView: VIEW_FOCUS_COMMANDS.story,
} as const;

export const STORY_VIEW_ID = VIEWS.story;
/** Context keys for the view's menus and welcome messages. */
export const STORY_SORT_CONTEXT = CONTEXT_KEYS.storySort;
export const STORY_FILTERED_CONTEXT = CONTEXT_KEYS.storyFiltered;
export const STORY_STATE_CONTEXT = CONTEXT_KEYS.storyState;
