/**
 * The sentences of the story's marks, put in when the panel is about to show them. The story index keeps no text (a
 * digest is offsets and names: the story's memory budget), so the story's models come with "kyiv.txt, line 3" as
 * their snippets; before the model is sent, this reads the articles the marks are in (through an `ArticleSource`:
 * in the extension, workspaceArticleSource.ts) and puts in the sentence around each mark, as the single article's
 * timeline has it. Bounded: at most MAX_ARTICLES articles and MAX_SNIPPETS sentences a model (the rest keep their
 * article and line). Sentences are cached by the text's content hash, so redrawing the same story (a new filter, a
 * reload) asks for no text that has not changed. A mark whose words are not at its offsets in the text read (the
 * file changed after it was indexed) keeps its article and line: a sentence from another version would be wrong.
 * Pure: the source does the reading.
 */
import { sentenceSnippet } from './snippet';
import type { StoryMapModel } from './storyMap';

/** An article's content hash, and its text when asked (undefined when it cannot be read). */
export interface ArticleText {
  hash: string;
  text(): Promise<string | undefined>;
}

/** Where the texts come from: undefined when the article cannot be read (gone, binary). */
export type ArticleSource = (uri: string) => Promise<ArticleText | undefined>;

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
  /** Whether the text read still has this target's words at its offsets (it may have changed since indexing). */
  matches(text: string): boolean;
  set(snippet: string): void;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The check for a quotation span: its text begins with the excerpt the index kept ("“We will not give up,…”", the
 * card's text until the sentence is read); with no excerpt, any text long enough.
 */
function quotationMatches(start: number, end: number, card: string | undefined): (text: string) => boolean {
  const excerpt = card && card.startsWith('“') && card.endsWith('”') ? card.slice(1, -1).replace(/…$/, '') : '';
  return (text) => end <= text.length && collapse(text.slice(start, end)).startsWith(excerpt);
}

export class StorySnippets {
  /** Content hash → "start:end" → sentence; oldest texts dropped first. */
  private readonly sentences = new Map<string, Map<string, string>>();

  constructor(private readonly source: ArticleSource) {}

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
      if (!item.uri) continue;
      const { start, end, text: words } = item;
      add({ uri: item.uri, start, end, matches: (text) => text.slice(start, end) === words, set: (s) => (item.snippet = s) });
    }
    for (const element of [...graph.speakers, ...graph.subjects, ...graph.edges]) {
      const span = element.spans[0];
      if (span?.uri) add({ uri: span.uri, start: span.start, end: span.end, matches: quotationMatches(span.start, span.end, element.snippet), set: (s) => (element.snippet = s) });
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
          if (!target.matches(text)) continue;
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
}
