/**
 * The sentences of the story's marks, read when the panel is about to show them. The story index keeps no text (a
 * digest is offsets and names: the story's memory budget), so the story's models come with "kyiv.txt, line 3" as
 * their snippets; before the model is sent, this reads the articles the marks are in — the open document's text
 * when the article is open, else the file through workspace.fs — and puts in the sentence around each mark, as the
 * single article's timeline has it. Bounded: at most MAX_ARTICLES files and MAX_SNIPPETS sentences a model (the
 * rest keep their article and line). Sentences are cached by the text's content hash, and a file's hash by its
 * modification time and size, so redrawing the same story (a new filter, a reload) reads nothing that has not
 * changed. A mark whose words are not at its offsets in the text read (the file changed after it was indexed) keeps
 * its article and line: a sentence from another version would be wrong.
 */
import * as vscode from 'vscode';
import { contentHash } from '../../../core/story/contentHash';
import { decodeArticle } from '../story/decodeArticle';
import { sentenceSnippet } from './snippet';
import type { StoryMapModel } from './storyMap';

/** Files read for one model, at most. */
export const MAX_ARTICLES = 200;
/** Sentences put in for one model, at most (a story drawn whole can have tens of thousands of marks). */
export const MAX_SNIPPETS = 4000;
/** Texts whose sentences are kept. */
const CACHED_TEXTS = 400;

/** Something on the story's pictures that shows a sentence. */
interface SnippetTarget {
  uri: string;
  start: number;
  end: number;
  /** The words expected at [start, end), when known (a date's text). */
  words?: string;
  set(snippet: string): void;
}

export class StorySnippets {
  /** Content hash → "start:end" → sentence; oldest texts dropped first. */
  private readonly sentences = new Map<string, Map<string, string>>();
  /** A file on disk's content hash, while its modification time and size stay the same. */
  private readonly fileHashes = new Map<string, { mtime: number; size: number; hash: string }>();

  /** Puts the sentences into the model's marks, listed expressions, nodes and edges (in place). */
  async fill(model: StoryMapModel): Promise<{ filled: number; articles: number }> {
    const byArticle = new Map<string, SnippetTarget[]>();
    let targets = 0;
    const add = (target: SnippetTarget) => {
      let list = byArticle.get(target.uri);
      if (!list) {
        if (byArticle.size >= MAX_ARTICLES) return;
        byArticle.set(target.uri, (list = []));
      }
      if (targets >= MAX_SNIPPETS) return;
      targets++;
      list.push(target);
    };
    const { timeline, graph } = model;
    for (const item of [...timeline.marks, ...timeline.durations, ...timeline.recurrences, ...timeline.undated]) {
      if (item.uri) add({ uri: item.uri, start: item.start, end: item.end, words: item.text, set: (s) => (item.snippet = s) });
    }
    for (const element of [...graph.speakers, ...graph.subjects, ...graph.edges]) {
      const span = element.spans[0];
      if (span?.uri) add({ uri: span.uri, start: span.start, end: span.end, set: (s) => (element.snippet = s) });
    }
    let filled = 0;
    for (const [uri, list] of byArticle) {
      const source = await this.source(uri);
      if (!source) continue;
      const cached = this.cachedSentences(source.hash);
      // A sentence cached under this hash was checked against this very text: only the others need the text.
      let text: string | undefined;
      for (const target of list) {
        const key = `${target.start}:${target.end}`;
        let sentence = cached.get(key);
        if (sentence === undefined) {
          text ??= await source.text();
          if (text === undefined) break;
          if (target.end > text.length || (target.words !== undefined && text.slice(target.start, target.end) !== target.words)) continue;
          cached.set(key, (sentence = sentenceSnippet(text, target.start, target.end)));
        }
        target.set(sentence);
        filled++;
      }
    }
    return { filled, articles: byArticle.size };
  }

  private cachedSentences(hash: string): Map<string, string> {
    let cached = this.sentences.get(hash);
    if (cached) {
      // Most recently used last: a Map keeps insertion order, so the first key is the one to drop.
      this.sentences.delete(hash);
    } else {
      cached = new Map();
      if (this.sentences.size >= CACHED_TEXTS) this.sentences.delete(this.sentences.keys().next().value!);
    }
    this.sentences.set(hash, cached);
    return cached;
  }

  /**
   * The article's content hash, and its text when asked: an open document's text as the editor has it; a file on
   * disk is read only when its modification time or size changed since its hash was taken, or a sentence not cached
   * yet is asked for. Undefined when it cannot be read (gone, binary).
   */
  private async source(uriString: string): Promise<{ hash: string; text(): Promise<string | undefined> } | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uriString);
    if (open) {
      const text = open.getText();
      return { hash: contentHash(text), text: async () => text };
    }
    try {
      const uri = vscode.Uri.parse(uriString, true);
      const stat = await vscode.workspace.fs.stat(uri);
      const readText = async () => {
        try {
          const decoded = decodeArticle(await vscode.workspace.fs.readFile(uri));
          return decoded.ok ? decoded.text : undefined;
        } catch {
          return undefined;
        }
      };
      const known = this.fileHashes.get(uriString);
      if (known && known.mtime === stat.mtime && known.size === stat.size) return { hash: known.hash, text: readText };
      const text = await readText();
      if (text === undefined) return undefined;
      const hash = contentHash(text);
      this.fileHashes.set(uriString, { mtime: stat.mtime, size: stat.size, hash });
      return { hash, text: async () => text };
    } catch {
      return undefined;
    }
  }
}
