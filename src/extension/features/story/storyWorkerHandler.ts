/**
 * What a story worker does with each request, whatever runs it: a Node worker thread on the desktop
 * (./storyWorker.ts) or a nested Web Worker in VS Code for the Web (src/web/storyWorker.ts). An *analyser* decodes an
 * article's bytes, hashes the text and — unless the hash is the one the cache already has — analyses it and sends
 * back its digest as JSON bytes; the *index* worker keeps the StoryIndex those digests build and answers queries.
 * No Node and no `vscode` import: the entry points bring the model loader, the message port and the heap reading.
 */
import { analyzeArticle } from '../../../core/analyze';
import { contentHash, digestArticle, isArticleDigest, StoryIndex } from '../../../core/story';
import { tryDecodeArticle } from '../../../core/text/decodeArticle';
import type { AnalyseResponse, StoryRole, StoryWorkerRequest, StoryWorkerResponse } from './storyProtocol';
import { answer } from './storyQueries';

export interface StoryWorkerHost {
  post(response: StoryWorkerResponse, transfer: ArrayBuffer[]): void;
  /** This worker's heap in bytes (what the index costs in memory), where the platform can tell. */
  heapUsed(): number;
}

export function storyWorkerHandler(role: StoryRole, host: StoryWorkerHost): (message: StoryWorkerRequest) => void {
  const index = role === 'index' ? new StoryIndex() : undefined;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const post = (response: StoryWorkerResponse) =>
    host.post(response, response.kind === 'digest' ? [response.bytes.buffer as ArrayBuffer] : []);

  const analyse = (id: number, uri: string, text: string, knownHash: string | undefined, options: object): AnalyseResponse => {
    const hash = contentHash(text);
    if (knownHash === hash) return { kind: 'unchanged', id, hash };
    const started = Date.now();
    const digest = digestArticle(uri, text, analyzeArticle(text, options));
    return { kind: 'digest', id, hash, bytes: encoder.encode(JSON.stringify(digest)), ms: Date.now() - started };
  };

  return (message) => {
    try {
      switch (message.kind) {
        case 'analyse': {
          const decoded = tryDecodeArticle(message.bytes);
          post(decoded.ok
            ? analyse(message.id, message.uri, decoded.text, message.knownHash, message.options)
            : { kind: 'skipped', id: message.id, reason: decoded.reason });
          return;
        }
        case 'analyseText':
          post(analyse(message.id, message.uri, message.text, undefined, message.options));
          return;
        case 'load': {
          const digest: unknown = JSON.parse(decoder.decode(message.bytes));
          if (!index || !isArticleDigest(digest)) {
            post({ kind: 'loaded', id: message.id, ok: false, error: index ? 'not a digest of this version' : 'not the index worker' });
            return;
          }
          // A cached digest may come from another file with the same content: the id is the file it is loaded for.
          digest.id = message.uri;
          index.set(digest);
          post({ kind: 'loaded', id: message.id, ok: true });
          return;
        }
        case 'remove':
          for (const uri of message.uris) index?.delete(uri);
          post({ kind: 'done', id: message.id });
          return;
        case 'clear':
          index?.clear();
          post({ kind: 'done', id: message.id });
          return;
        case 'query':
          if (message.query.kind === 'heap') {
            post({ kind: 'result', id: message.id, result: { heapUsed: host.heapUsed() } });
            return;
          }
          post({ kind: 'result', id: message.id, result: index ? answer(index, message.query) : null });
          return;
      }
    } catch (error) {
      post({ kind: 'error', id: message.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  };
}
