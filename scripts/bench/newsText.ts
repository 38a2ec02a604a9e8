/**
 * News text for the benchmark, built at run time from ../shared/eval (never stored in the repository): PolNeAR
 * articles as written, then CoNLL-2003 and GMB sentences detokenised into articles, separated by blank lines.
 */
import * as fs from 'fs';
import * as path from 'path';
import { corpusDir } from '../eval/paths';
import { gmbFile, readGmb } from '../eval/gmb';

/** Undo the PTB-style spacing of tokenised corpora, well enough for a speed test. */
export function detokenize(tokens: readonly string[]): string {
  return tokens
    .join(' ')
    .replace(/ ([,.;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d|'m)(?=\s|$)/g, '$1')
    .replace(/([([{$]) /g, '$1')
    .replace(/`` ?| ?''/g, '"');
}

function* polnearArticles(): Generator<string> {
  const dir = corpusDir('polnear');
  if (!dir) return;
  for (const split of ['train', 'dev']) {
    const textDir = path.join(dir, split, 'text');
    if (!fs.existsSync(textDir)) continue;
    for (const f of fs.readdirSync(textDir).sort()) if (f.endsWith('.txt')) yield fs.readFileSync(path.join(textDir, f), 'utf8').trim();
  }
}

function* conllArticles(): Generator<string> {
  const dir = corpusDir('conll2003');
  if (!dir) return;
  for (const name of ['eng.train', 'eng.testa']) {
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) continue;
    let sentences: string[] = [];
    let tokens: string[] = [];
    const flushSentence = () => {
      if (tokens.length) sentences.push(detokenize(tokens));
      tokens = [];
    };
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      const word = line.split(' ')[0]!.trim();
      if (word === '-DOCSTART-') {
        flushSentence();
        if (sentences.length) yield sentences.join('\n');
        sentences = [];
      } else if (!word) flushSentence();
      else tokens.push(word);
    }
    flushSentence();
    if (sentences.length) yield sentences.join('\n');
  }
}

/** GMB has no document boundaries: every 12 sentences make one pseudo-article. */
function* gmbArticles(): Generator<string> {
  const file = gmbFile();
  if (!file) return;
  let sentences: string[] = [];
  for (const sentence of readGmb(file)) {
    sentences.push(detokenize(sentence.tokens));
    if (sentences.length === 12) {
      yield sentences.join(' ');
      sentences = [];
    }
  }
  if (sentences.length) yield sentences.join(' ');
}

/**
 * At least `bytes` of news (UTF-8), whole articles separated by blank lines, cut at the first article boundary past
 * the size; or null when ../shared/eval holds no corpus.
 */
export function newsText(bytes: number): string | null {
  const parts: string[] = [];
  let size = 0;
  for (const source of [polnearArticles, conllArticles, gmbArticles]) {
    for (const article of source()) {
      parts.push(article);
      size += Buffer.byteLength(article) + 2;
      if (size >= bytes) return parts.join('\n\n') + '\n';
    }
  }
  return parts.length ? parts.join('\n\n') + '\n' : null;
}
