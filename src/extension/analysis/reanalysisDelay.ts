/**
 * How long to wait after the last edit before analysing a document again. The setting (`articleLens.debounceMs`)
 * suits a news article, whose analysis takes tens of milliseconds. A long one's takes seconds: started at every
 * 300 ms pause in the typing, it kept a core busy through the next keystrokes (and, superseded after 1.5 s, cost a
 * worker restart), on a two-core machine slowing the typing it was meant to follow. So the wait is at least as long
 * as the document's last analysis took, up to a cap; a short article keeps the setting's delay.
 */
export const MAX_REANALYSIS_DELAY_MS = 2000;

export function reanalysisDelay(debounceMs: number, lastAnalysisMs: number | undefined): number {
  if (lastAnalysisMs === undefined || !(lastAnalysisMs > debounceMs)) return debounceMs;
  return Math.max(debounceMs, Math.min(MAX_REANALYSIS_DELAY_MS, Math.round(lastAnalysisMs)));
}
