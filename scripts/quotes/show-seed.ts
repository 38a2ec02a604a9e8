/**
 * Prints the quotations found in a text file, with the gold entities of ../shared/gold when given (debugging aid).
 * Run: node out/scripts/quotes/show-seed.js FILE.txt [GOLD.json]
 */
import '../../src/node/installNerModel';
import * as fs from 'fs';
import { segment } from '../../src/core/document';
import { findQuotes } from '../../src/core/quotes';
import { analyzeArticle } from '../../src/core/analyze';
import type { Entity } from '../../src/core/types';

const [file, goldFile] = process.argv.slice(2);
const text = fs.readFileSync(file, 'utf8');
const entities: Entity[] = goldFile ? JSON.parse(fs.readFileSync(goldFile, 'utf8')).entities : analyzeArticle(text).entities;
for (const q of findQuotes(segment(text), entities)) {
  const who = q.speakerMention ? text.slice(q.speakerMention.start, q.speakerMention.end) : '-';
  console.log(`${q.kind.padEnd(8)} ${q.start}-${q.end} [${q.speaker ?? 'null'} ← ${who}] cue=${q.cue?.text ?? '-'}\n    ${q.text.slice(0, 160)}`);
}
