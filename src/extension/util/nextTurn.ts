/**
 * Lets the event loop turn once (other extensions' requests, the editor's input run in between). Node's
 * `setImmediate` on the desktop; the browser's extension host (a Web Worker) has none, so there a MessageChannel
 * message, which like setImmediate is not clamped to 4 ms the way a nested `setTimeout(0)` is.
 */
// Declared here, not taken from @types/node: this file is also compiled for the browser (src/web/tsconfig.json).
declare const setImmediate: ((callback: () => void) => unknown) | undefined;

export function onNextTurn(callback: () => void): void {
  if (typeof setImmediate === 'function') {
    setImmediate(callback);
    return;
  }
  webNextTurn(callback);
}

export const nextTurn = (): Promise<void> => new Promise((resolve) => onNextTurn(resolve));

interface Port {
  onmessage: ((event: unknown) => void) | null;
  postMessage(message: unknown): void;
}
declare const MessageChannel: { new (): { port1: Port; port2: Port } } | undefined;

let channel: { port1: Port; port2: Port } | undefined;
const waiting: Array<() => void> = [];

function webNextTurn(callback: () => void): void {
  if (typeof MessageChannel !== 'function') {
    setTimeout(callback, 0);
    return;
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  waiting.push(callback);
  channel.port2.postMessage(0);
}
