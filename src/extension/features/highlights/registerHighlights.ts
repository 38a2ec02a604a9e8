/**
 * The highlights feature: the per-workspace show/hide switch, the decorator that draws the worker's plan, and the
 * commands that toggle highlights and choose their categories.
 */
import type { FeatureContext } from '../featureContext';
import { COMMANDS } from '../../registry/ids';
import { HighlightDecorator } from './highlightDecorator';
import { HighlightVisibility } from './highlightVisibility';
import { toggleCategories } from './toggleCategory';

export interface Highlights {
  readonly visibility: HighlightVisibility;
  readonly decorator: HighlightDecorator;
}

export function registerHighlights(context: FeatureContext): Highlights {
  const visibility = context.own(new HighlightVisibility(context.workspaceState));
  const decorator = context.own(new HighlightDecorator(context.manager, context.settings, visibility));
  context.command(COMMANDS.toggleHighlights, () => visibility.toggle());
  context.command(COMMANDS.showHighlights, () => visibility.set(true));
  context.command(COMMANDS.hideHighlights, () => visibility.set(false));
  context.command(COMMANDS.chooseCategories, () => toggleCategories(context.settings.value));
  return { visibility, decorator };
}
