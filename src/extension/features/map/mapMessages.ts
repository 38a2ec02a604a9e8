/**
 * The protocol between the Article Map panel (webview) and the extension. Both sides import these types; what comes
 * from the webview is untrusted (a script bug or an injected page could send anything), so the extension accepts
 * only what `parseWebviewMessage` returns: a well-formed message with every field checked. Pure.
 */
import type { Span } from '../../../core/types';
import type { SpeakerGraph } from './speakerGraph';
import type { FilterEntity } from './storyMap';
import type { TimelineModel } from './timelineModel';

export type MapPicture = 'timeline' | 'graph';
export type PictureFormat = 'svg' | 'png';
export const MAP_PICTURES: readonly MapPicture[] = ['timeline', 'graph'];
export const PICTURE_FORMATS: readonly PictureFormat[] = ['svg', 'png'];
/** What the pictures are of: the article in the editor, or every article of the workspace's story index. */
export type MapScope = 'article' | 'story';
export const MAP_SCOPES: readonly MapScope[] = ['article', 'story'];

/** The panel's choice of scope and filter: kept by the page (`setState`) across reloads, sent on "ready". */
export interface MapView {
  scope: MapScope;
  /** A story entity's key, or null for no filter. */
  filter: string | null;
}

/** Extension → panel. */
export type ExtensionMessage =
  | {
      type: 'render';
      /** The document the pictures are of, and its version (a click on a mark carries it back). */
      uri: string;
      version: number;
      title: string;
      timeline: TimelineModel;
      graph: SpeakerGraph;
      /** True while a newer version is being analysed: the pictures stay, a note says they are updating. */
      updating: boolean;
      scope: MapScope;
      /** For the story scope: the entities the filter offers and the one in effect. */
      story?: { articles: number; entities: FilterEntity[]; filter: FilterEntity | null };
    }
  | { type: 'updating' }
  /** Nothing to draw; `message` says why in plain words. */
  | { type: 'empty'; message: string }
  | { type: 'showPicture'; picture: MapPicture }
  | { type: 'export'; requestId: number; picture: MapPicture; format: PictureFormat };

/** Panel → extension. */
export type WebviewMessage =
  | { type: 'ready'; view?: MapView }
  /**
   * Select these words in the editor (the document version the panel drew); on the story's pictures the article
   * they are in (`uri`), which the extension opens if it is one of the story's.
   */
  | { type: 'reveal'; version: number; span: Span; uri?: string }
  /** The reader switched the scope or the story's entity filter. */
  | { type: 'setView'; view: MapView }
  /** The user asked for an export from the panel's toolbar: the extension shows the save dialog. */
  | { type: 'requestExport'; picture: MapPicture; format: PictureFormat }
  /** The picture for an `export` request: SVG markup, or a PNG as a base64 data URL. */
  | { type: 'exported'; requestId: number; format: PictureFormat; data: string }
  | { type: 'exportFailed'; requestId: number; message: string };

/** A PNG of a large picture at 2× is a few MB; anything much larger is not from our exporter. */
export const MAX_EXPORT_CHARS = 64 * 1024 * 1024;
const MAX_MESSAGE_CHARS = 2000;
/** Longer than any URI or entity key the extension sends. */
const MAX_KEY_CHARS = 8192;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isOneOf<T extends string>(value: unknown, options: readonly T[]): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

const isKey = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_KEY_CHARS;

function parseView(raw: unknown): MapView | undefined {
  if (!isRecord(raw) || !isOneOf(raw.scope, MAP_SCOPES) || (raw.filter !== null && !isKey(raw.filter))) return undefined;
  return { scope: raw.scope, filter: raw.filter };
}

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

/** The message if it is well formed, else undefined. Extra fields are dropped. */
export function parseWebviewMessage(raw: unknown): WebviewMessage | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.type) {
    case 'ready': {
      if (raw.view === undefined) return { type: 'ready' };
      const view = parseView(raw.view);
      return view ? { type: 'ready', view } : undefined;
    }
    case 'setView': {
      const view = parseView(raw.view);
      return view && { type: 'setView', view };
    }
    case 'reveal': {
      const span = raw.span;
      if (!isCount(raw.version) || !isRecord(span) || !isCount(span.start) || !isCount(span.end) || span.end < span.start) return undefined;
      if (raw.uri !== undefined && !isKey(raw.uri)) return undefined;
      const message: WebviewMessage = { type: 'reveal', version: raw.version, span: { start: span.start, end: span.end } };
      return isKey(raw.uri) ? { ...message, uri: raw.uri } : message;
    }
    case 'requestExport':
      if (!isOneOf(raw.picture, MAP_PICTURES) || !isOneOf(raw.format, PICTURE_FORMATS)) return undefined;
      return { type: 'requestExport', picture: raw.picture, format: raw.format };
    case 'exported': {
      const { data } = raw;
      if (!isCount(raw.requestId) || !isOneOf(raw.format, PICTURE_FORMATS) || typeof data !== 'string') return undefined;
      if (data.length === 0 || data.length > MAX_EXPORT_CHARS) return undefined;
      if (raw.format === 'svg' && !/^\s*<svg[\s>]/.test(data)) return undefined;
      if (raw.format === 'png' && !PNG_DATA_URL.test(data)) return undefined;
      return { type: 'exported', requestId: raw.requestId, format: raw.format, data };
    }
    case 'exportFailed':
      if (!isCount(raw.requestId) || typeof raw.message !== 'string') return undefined;
      return { type: 'exportFailed', requestId: raw.requestId, message: raw.message.slice(0, MAX_MESSAGE_CHARS) };
    default:
      return undefined;
  }
}
