/**
 * The story workers (bundled to dist/storyWorker.js), off the extension host's thread. `workerData.role` picks the
 * job: an *analyser* decodes an article's bytes, hashes the text and — unless the hash is the one the cache already
 * has — analyses it and sends back its digest as JSON bytes; the *index* worker keeps the StoryIndex those digests
 * build and answers the view's and the providers' queries. See storyProtocol.ts.
 */
import * as v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
// The name tagger's model comes through the Node loader, as in every Node entry point.
import '../../../node/installNerModel';
import { analyzeArticle } from '../../../core/analyze';
import { contentHash, digestArticle, isArticleDigest, StoryIndex } from '../../../core/story';
import { decodeArticle } from './decodeArticle';
import type { AnalyseResponse, IndexResponse, StoryRole, StoryWorkerRequest } from './storyProtocol';
import { answer } from './storyQueries';

const role: StoryRole = (workerData as { role?: StoryRole } | undefined)?.role === 'index' ? 'index' : 'analyser';

if (parentPort) {
  const port = parentPort;
  const index = role === 'index' ? new StoryIndex() : undefined;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  const analyse = (id: number, uri: string, text: string, knownHash: string | undefined, options: object): AnalyseResponse => {
    const hash = contentHash(text);
    if (knownHash === hash) return { kind: 'unchanged', id, hash };
    const started = Date.now();
    const digest = digestArticle(uri, text, analyzeArticle(text, options));
    return { kind: 'digest', id, hash, bytes: encoder.encode(JSON.stringify(digest)), ms: Date.now() - started };
  };

  port.on('message', (message: StoryWorkerRequest) => {
    try {
      switch (message.kind) {
        case 'analyse': {
          const decoded = decodeArticle(message.bytes);
          const response: AnalyseResponse = decoded.ok
            ? analyse(message.id, message.uri, decoded.text, message.knownHash, message.options)
            : { kind: 'skipped', id: message.id, reason: decoded.reason };
          port.postMessage(response, response.kind === 'digest' ? [response.bytes.buffer as ArrayBuffer] : []);
          return;
        }
        case 'analyseText': {
          const response = analyse(message.id, message.uri, message.text, undefined, message.options);
          port.postMessage(response, response.kind === 'digest' ? [response.bytes.buffer as ArrayBuffer] : []);
          return;
        }
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
            // This worker's own heap: what the index costs in memory (the analysers' tagger caches are elsewhere).
            (globalThis as { gc?: () => void }).gc?.();
            post({ kind: 'result', id: message.id, result: { heapUsed: v8.getHeapStatistics().used_heap_size } });
            return;
          }
          post({ kind: 'result', id: message.id, result: index ? answer(index, message.query) : null });
          return;
      }
    } catch (error) {
      port.postMessage({ kind: 'error', id: message.id, error: error instanceof Error ? error.stack ?? error.message : String(error) });
    }
  });

  function post(response: IndexResponse): void {
    port.postMessage(response);
  }
}
