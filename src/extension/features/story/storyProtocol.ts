/**
 * Messages between the extension host and the story workers. Two roles run the same bundle (dist/storyWorker.js):
 * *analysers* turn an article's bytes into its digest (the slow part: the whole analysis), and one *index* worker
 * holds the StoryIndex and answers queries. Digests travel as UTF-8 JSON bytes, transferred without a copy: the host
 * writes them to the cache and hands them to the index worker, and never parses one itself — so however large the
 * workspace, the host's own thread does almost nothing. Pure types and helpers, no worker or vscode import.
 */
import type { AnalyzeOptions } from '../../../core/types';
import type { StoryQuery, StoryQueryResult } from './storyQueries';

export type StoryRole = 'index' | 'analyser';

/** Host → analyser. */
export interface AnalyseRequest {
  kind: 'analyse';
  id: number;
  uri: string;
  /** The file's bytes (transferred). */
  bytes: Uint8Array;
  /** The content hash the cache has for this file: when the text still hashes to it, the analysis is skipped. */
  knownHash?: string;
  options: AnalyzeOptions;
}

/** Host → analyser: an open document's current text (the editor's, perhaps unsaved). */
export interface AnalyseTextRequest {
  kind: 'analyseText';
  id: number;
  uri: string;
  text: string;
  options: AnalyzeOptions;
}

/** Analyser → host. */
export type AnalyseResponse =
  | { kind: 'digest'; id: number; hash: string; bytes: Uint8Array; ms: number }
  | { kind: 'unchanged'; id: number; hash: string }
  | { kind: 'skipped'; id: number; reason: string }
  | { kind: 'error'; id: number; error: string };

/** Host → index worker. */
export type IndexRequest =
  | { kind: 'load'; id: number; uri: string; bytes: Uint8Array }
  | { kind: 'remove'; id: number; uris: string[] }
  | { kind: 'clear'; id: number }
  | { kind: 'query'; id: number; query: StoryQuery };

/** Index worker → host. */
export type IndexResponse =
  | { kind: 'loaded'; id: number; ok: true }
  | { kind: 'loaded'; id: number; ok: false; error: string }
  | { kind: 'done'; id: number }
  | { kind: 'result'; id: number; result: StoryQueryResult }
  | { kind: 'error'; id: number; error: string };

export type StoryWorkerRequest = AnalyseRequest | AnalyseTextRequest | IndexRequest;
export type StoryWorkerResponse = AnalyseResponse | IndexResponse;
