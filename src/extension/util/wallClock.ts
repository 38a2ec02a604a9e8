/**
 * Wall-clock stamps for the start-up log lines ("… at 2026-12-04T02:36:57.562Z"). VS Code stamps a log line when
 * the channel writes it, and an extension's log channel opens asynchronously: every line logged before it is open
 * carries the time it opened. The time written into the message is the time the event happened, and the UI timing
 * test compares it with the moment the browser showed the editor.
 */
export function wallClock(epochMs: number = Date.now()): string {
  return new Date(epochMs).toISOString();
}

/** When this process (the extension host, a worker) started, in ms since the epoch (Node and browsers alike). */
export function processStartedAt(): number {
  return globalThis.performance.timeOrigin;
}
