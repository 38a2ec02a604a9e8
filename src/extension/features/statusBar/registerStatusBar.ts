/** The status bar feature: the active article's counts, its vague attributions, and the highlight switch. */
import type { FeatureContext } from '../featureContext';
import type { HighlightVisibility } from '../highlights/highlightVisibility';
import { StatusBar, type Sourcing } from './statusBar';

export function registerStatusBar(context: FeatureContext, visibility: HighlightVisibility, sourcing?: Sourcing): StatusBar {
  return context.own(new StatusBar(context.manager, visibility, sourcing));
}
