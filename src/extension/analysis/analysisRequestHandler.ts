/**
 * What an analysis worker does with each message, whatever runs it: a Node worker thread on the desktop
 * (./analysisWorker.ts) or a Web Worker in VS Code for the Web (src/web/analysisWorker.ts). A request gets the
 * highlights of its opening first (when asked for a preview), then its result in paced parts; a next-part request
 * releases the following part. No Node and no `vscode` import: the entry points bring the model loader, the port
 * and the warm-up timing.
 */
import { computeAnalysis, computeHighlights } from './computeAnalysis';
import { openingLength } from './articleOpening';
import { PacedPartSender, isNextPartRequest, splitResult, type AnalysisPart, type WorkerInbound } from './analysisMessages';

export interface AnalysisRequestHandler {
  handle(message: WorkerInbound): void;
  /** Whether every part of the last result has been sent (the worker may then warm up). */
  readonly idle: boolean;
}

/**
 * `post` sends a part to the host; `onPartRequested` runs after each next-part request has been answered (the
 * desktop worker warms up once the first result is all sent).
 */
export function analysisRequestHandler(
  post: (part: AnalysisPart, transfer: ArrayBuffer[]) => void,
  onPartRequested: () => void = () => undefined,
): AnalysisRequestHandler {
  const sender = new PacedPartSender(post);
  const handle = (message: WorkerInbound): void => {
    if (isNextPartRequest(message)) {
      sender.next(message.id);
      onPartRequested();
      return;
    }
    try {
      const opening = message.preview ? openingLength(message.text) : undefined;
      if (opening !== undefined) {
        const decorations = computeHighlights(message.text.slice(0, opening), message.options);
        const preview: AnalysisPart = { id: message.id, kind: 'preview', decorations, length: opening };
        post(preview, [...new Set(Object.values(decorations).map((a) => a.buffer as ArrayBuffer))]);
      }
      sender.start(message.id, splitResult(message.id, computeAnalysis(message.text, message.options)));
    } catch (error) {
      post({ id: message.id, kind: 'error', error: error instanceof Error ? error.stack ?? error.message : String(error) }, []);
    }
  };
  return { handle, get idle() { return sender.idle; } };
}
