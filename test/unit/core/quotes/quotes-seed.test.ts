/**
 * The seed article's 8 gold quotations (../shared/gold/tass-macron-putin-call.json): span, kind and speaker,
 * once with the gold entities given by hand (the quotation rules alone) and once end to end through
 * analyzeArticle (our own names and entities). Skips when ../shared is absent.
 */
import '../../../../src/node/installNerModel';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../../../src/core/analyze';
import { segment } from '../../../../src/core/document';
import { findQuotes } from '../../../../src/core/quotes';
import type { Entity, Quote } from '../../../../src/core/types';
import { SHARED_DIR } from '../../../../scripts/eval/paths';

interface GoldQuote {
  start: number;
  end: number;
  kind: string;
  speaker: string;
}

function loadSeed(): { text: string; entities: Entity[]; quotes: GoldQuote[] } | null {
  const textPath = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');
  const goldPath = path.join(SHARED_DIR, 'gold', 'tass-macron-putin-call.json');
  if (!fs.existsSync(textPath) || !fs.existsSync(goldPath)) return null;
  const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
  return { text: fs.readFileSync(textPath, 'utf8'), entities: gold.entities, quotes: gold.quotes };
}

function describeQuote(text: string, q: { start: number; end: number }): string {
  return JSON.stringify(text.slice(q.start, Math.min(q.end, q.start + 50)));
}

describe('quotes: the seed article', function () {
  const seed = loadSeed();
  before(function () {
    if (!seed) {
      console.log('    (skipped: ../shared/seeds or ../shared/gold not found)');
      this.skip();
    }
  });

  it('finds the 8 gold quotations with their span, kind and speaker (gold entities)', function () {
    const { text, entities, quotes: gold } = seed!;
    const found = findQuotes(segment(text), entities);
    for (const g of gold) {
      const q = found.find((p) => p.start === g.start && p.end === g.end);
      assert.ok(q, `missing ${g.kind} quote ${describeQuote(text, g)}`);
      assert.strictEqual(q.kind, g.kind, `kind of ${describeQuote(text, g)}`);
      assert.strictEqual(q.speaker, g.speaker, `speaker of ${describeQuote(text, g)}`);
    }
  });

  it('finds them end to end through analyzeArticle, the speaker entity holding a mention of the gold speaker', function () {
    const { text, entities: goldEntities, quotes: gold } = seed!;
    const annotation = analyzeArticle(text);
    const spansOf = (e: Entity | undefined) => (e ? e.mentions.map((m) => `${m.start}:${m.end}`) : []);
    for (const g of gold) {
      const q: Quote | undefined = annotation.quotes.find((p) => p.start === g.start && p.end === g.end);
      assert.ok(q, `missing ${g.kind} quote ${describeQuote(text, g)}`);
      assert.strictEqual(q.kind, g.kind, `kind of ${describeQuote(text, g)}`);
      const ours = new Set(spansOf(annotation.entities.find((e) => e.id === q.speaker)));
      const theirs = spansOf(goldEntities.find((e) => e.id === g.speaker));
      assert.ok(theirs.some((s) => ours.has(s)), `speaker of ${describeQuote(text, g)}: ${q.speaker}`);
    }
  });
});
