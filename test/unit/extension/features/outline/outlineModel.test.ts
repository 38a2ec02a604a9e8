import '../../../../../src/node/installNerModel';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../../../../src/core/analyze';
import { splitParagraphs } from '../../../../../src/core/text/sentences';
import { buildOutline, findNodeAt, MAX_ROWS, type OutlineNode } from '../../../../../src/extension/features/outline/outlineModel';
import { ARTICLE, buildAnnotation, crowdedAnnotation, seedPath } from '../../../support/extensionFixtures';

const paragraphsOf = (text: string) => splitParagraphs(text).map((p) => ({ start: p.start, end: p.end }));
const group = (roots: OutlineNode[], id: string) => roots.find((n) => n.id === `group:${id}`);
const labels = (node: OutlineNode | undefined) => node?.children.map((c) => c.label);

function walk(nodes: readonly OutlineNode[], visit: (n: OutlineNode) => void): void {
  for (const n of nodes) {
    visit(n);
    walk(n.children, visit);
  }
}

describe('extension outline model', () => {
  const annotation = buildAnnotation();
  const outline = buildOutline({ text: ARTICLE, annotation, paragraphs: paragraphsOf(ARTICLE) });

  it('has the groups in reading order, empty groups omitted', () => {
    assert.deepEqual(outline.map((n) => n.id), [
      'dateline', 'group:paragraphs', 'group:people', 'group:organizations', 'group:places', 'group:other',
      'group:timeline', 'group:quotes',
    ]);
    assert.equal(outline[0].label, 'BERLIN · March 3 · Reuters');
    assert.equal(group(outline, 'paragraphs')!.children.length, 4);
    assert.equal(group(outline, 'paragraphs')!.children[1].description, '¶2 · line 2');
  });

  it('lists entities by canonical name with their mentions (CRLF lines counted like the editor)', () => {
    const people = group(outline, 'people')!;
    assert.deepEqual(labels(people), ['Olaf Scholz', 'Emmanuel Macron']);
    assert.deepEqual(people.children.map((n) => n.childCount), [4, 2]);
    const scholz = people.children[0];
    assert.deepEqual(labels(scholz), ['Olaf Scholz', 'Scholz', 'he', 'The chancellor']);
    assert.deepEqual(scholz.children.map((c) => c.description), ['line 1', 'line 2', 'line 2 · pronoun', 'line 3 · nominal']);
    assert.deepEqual(labels(group(outline, 'places')), ['Berlin', 'France']);
    // The count comes before the role, which a narrow sidebar may cut off; the tooltip has both in full.
    assert.equal(scholz.description, '4× · Chancellor of Germany');
    assert.equal(scholz.tooltip, 'Olaf Scholz — Chancellor of Germany: 4 mentions');
  });

  it('orders the timeline by date value, not by position', () => {
    assert.deepEqual(labels(group(outline, 'timeline')), ['Tuesday', 'March 3', 'May 2024']);
  });

  it('groups quotations by speaker, unattributed last', () => {
    const quotes = group(outline, 'quotes')!;
    assert.deepEqual(labels(quotes), ['Olaf Scholz', 'Emmanuel Macron', 'Unattributed']);
    assert.equal(quotes.children[0].children[0].label, '"We agreed on the budget,"');
    // Quotations and reported speech are told apart in the speaker's count and in each row's icon.
    assert.equal(quotes.children[0].description, '1 quote · 1 reported');
    assert.equal(quotes.children[1].description, '1 quote');
    assert.deepEqual(quotes.children[0].children.map((n) => n.icon), ['quote', 'comment']);
    assert.match(quotes.children[0].children[1].description!, /^reported · adding · /);
  });

  it('sorts entities by mentions or by name', () => {
    const byMentions = buildOutline({ text: ARTICLE, annotation, paragraphs: [] }, 'mentions');
    assert.deepEqual(labels(group(byMentions, 'organizations')), ['European Union', 'Reuters'].sort((a, b) =>
      a === 'Reuters' ? -1 : b === 'Reuters' ? 1 : 0)); // tie on 1 mention: first appearance (Reuters in the dateline)
    assert.deepEqual(labels(group(byMentions, 'people')), ['Olaf Scholz', 'Emmanuel Macron']);
    const byName = buildOutline({ text: ARTICLE, annotation, paragraphs: [] }, 'name');
    assert.deepEqual(labels(group(byName, 'people')), ['Emmanuel Macron', 'Olaf Scholz']);
    assert.deepEqual(labels(group(byName, 'quotes')), ['Emmanuel Macron', 'Olaf Scholz', 'Unattributed']);
  });

  it('finds the most specific row under an offset, and every row knows its parent', () => {
    const offset = ARTICLE.indexOf('Macron said') + 2;
    const node = findNodeAt(outline, offset)!;
    assert.equal(node.kind, 'mention');
    assert.equal(node.entityId, 'e2');
    assert.equal(node.parent!.label, 'Emmanuel Macron');
    assert.equal(node.parent!.parent!.id, 'group:people');
    assert.equal(node.parent!.parent!.parent, undefined);
    assert.equal(findNodeAt(outline, ARTICLE.indexOf('frank'))!.kind, 'quote');
    assert.equal(findNodeAt(outline, ARTICLE.indexOf('agreed on') )!.kind, 'quote');
    assert.equal(findNodeAt(outline, ARTICLE.indexOf('thanked'))!.kind, 'paragraph');
  });

  it('shows at most MAX_ROWS rows per list, then one "more" row, while the group counts everything', () => {
    const text = 'On May 1. '.repeat(MAX_ROWS + 25);
    const temporal = Array.from({ length: MAX_ROWS + 25 }, (_, i) => ({
      start: i * 10 + 3, end: i * 10 + 8, text: 'May 1', type: 'DATE' as const, value: `${String(3000 - i).padStart(4, '0')}-05-01`,
    }));
    const roots = buildOutline({ text, annotation: { referenceDate: null, dateline: null, entities: [], temporal, quotes: [] }, paragraphs: [] });
    const timeline = group(roots, 'timeline')!;
    assert.equal(timeline.childCount, MAX_ROWS + 25);
    assert.equal(timeline.description, String(MAX_ROWS + 25));
    assert.equal(timeline.children.length, MAX_ROWS + 1);
    assert.equal(timeline.children[0].description?.startsWith('1 May 976'), true); // earliest value first
    const more = timeline.children[MAX_ROWS];
    assert.equal(more.kind, 'more');
    assert.equal(more.label, '… 25 more');
    assert.equal(more.span, undefined);
  });

  it('caps the people, places and speaker lists too (a 4 MB text once listed 84,693 people)', function () {
    this.timeout(30_000);
    const { text, annotation } = crowdedAnnotation(MAX_ROWS * 3 + 7, MAX_ROWS + 40);
    const roots = buildOutline({ text, annotation, paragraphs: [] });
    for (const [id, total] of [['people', MAX_ROWS * 3 + 7], ['places', MAX_ROWS + 40]] as const) {
      const list = group(roots, id)!;
      assert.equal(list.description, String(total), `${id} counts everything`);
      assert.equal(list.children.length, MAX_ROWS + 1, `${id} shows MAX_ROWS rows and a "more" row`);
      const more = list.children[MAX_ROWS];
      assert.equal(more.kind, 'more');
      assert.equal(more.label, `… ${(total - MAX_ROWS).toLocaleString('en-US')} more`);
      assert.equal(more.parent, list);
    }
    const speakers = group(roots, 'quotes')!;
    assert.equal(speakers.children.length, MAX_ROWS + 1);
    assert.equal(speakers.children[MAX_ROWS].kind, 'more');
    assert.equal(speakers.children[MAX_ROWS].label, `… ${(MAX_ROWS * 3 + 7 - MAX_ROWS).toLocaleString('en-US')} more`);
    // Row ids stay unique with the "more" rows in.
    const ids = new Set<string>();
    walk(roots.filter((r) => r.id !== 'group:timeline'), (n) => {
      assert.ok(!ids.has(n.id), `duplicate id ${n.id}`);
      ids.add(n.id);
    });
  });

  it('builds from the seed article analysed by the core, every span pointing at its text', function () {
    const text = readFileSync(seedPath(), 'utf8');
    const seed = analyzeArticle(text);
    const roots = buildOutline({ text, annotation: seed, paragraphs: paragraphsOf(text) });
    assert.equal(group(roots, 'paragraphs')!.children.length, text.split('\n').filter((l) => l.trim()).length);
    let rows = 0;
    walk(roots, (n) => {
      rows++;
      if (n.span) assert.ok(n.span.start >= 0 && n.span.end <= text.length && n.span.start < n.span.end, n.id);
      if (n.kind === 'mention') assert.equal(n.label, text.slice(n.span!.start, n.span!.end).replace(/\s+/g, ' '));
    });
    assert.ok(rows > 0);
    const ids = new Set<string>();
    walk(roots, (n) => {
      assert.ok(!ids.has(n.id), `duplicate id ${n.id}`);
      ids.add(n.id);
    });
    // Every entity of the analysis appears exactly once, under its type's group, labelled by its canonical name.
    const entityRows: OutlineNode[] = [];
    walk(roots, (n) => n.kind === 'entity' && entityRows.push(n));
    assert.deepEqual(entityRows.map((n) => n.label).sort(), seed.entities.filter((e) => e.mentions.length > 0).map((e) => e.name).sort());
    for (const entity of seed.entities) {
      const row = entityRows.find((n) => n.entityId === entity.id);
      assert.equal(row?.children.length, entity.mentions.length, entity.name);
    }
    const timeline = group(roots, 'timeline');
    if (seed.temporal.length > 0) assert.equal(timeline?.children.length, seed.temporal.length);
  });
});
