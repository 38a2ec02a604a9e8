import * as assert from 'node:assert/strict';
import { buildOutline, MAX_ROWS } from '../../../../../src/extension/features/outline/outlineModel';
import { symbolTree, type SymbolNode } from '../../../../../src/extension/features/outline/symbolTree';
import { enclosingSpan } from '../../../../../src/extension/features/outline/enclosingSpan';
import { ARTICLE, buildAnnotation, crowdedAnnotation } from '../../../support/extensionFixtures';

const byLabel = (symbols: readonly SymbolNode[], label: string) => symbols.find((s) => s.label === label);

describe('extension document symbols', () => {
  it('reshapes the outline: groups, entities without their mentions, speakers covering all their quotations', () => {
    const symbols = symbolTree(buildOutline({ text: ARTICLE, annotation: buildAnnotation(), paragraphs: [] }));
    assert.deepEqual(symbols.map((s) => s.label), [
      'BERLIN · March 3 · Reuters', 'People', 'Organisations', 'Places', 'Other names', 'Timeline', 'Quotations',
    ]);
    const people = byLabel(symbols, 'People')!;
    assert.deepEqual(people.children.map((s) => s.label), ['Olaf Scholz', 'Emmanuel Macron']);
    assert.deepEqual(people.children.map((s) => s.children.length), [0, 0]);
    // A group covers its children.
    const spans = people.children.map((c) => c.span);
    assert.equal(people.span.start, Math.min(...spans.map((s) => s.start)));
    assert.equal(people.span.end, Math.max(...spans.map((s) => s.end)));
    const scholz = byLabel(byLabel(symbols, 'Quotations')!.children, 'Olaf Scholz')!;
    assert.equal(scholz.children.length, 2);
    assert.equal(scholz.span.start, scholz.children[0].span.start);
    assert.equal(scholz.span.end, scholz.children[1].span.end);
  });

  it('builds the symbols of 130,000 distinct people without a stack overflow, capped like the outline', function () {
    this.timeout(30_000);
    // provideDocumentSymbols threw "RangeError: Maximum call stack size exceeded" here (Math.min(...children)).
    const people = 130_000;
    const { text, annotation } = crowdedAnnotation(people, 10);
    const symbols = symbolTree(buildOutline({ text, annotation, paragraphs: [] }));
    const group = byLabel(symbols, 'People')!;
    assert.equal(group.detail, String(people));
    assert.equal(group.children.length, MAX_ROWS, 'the rows shown in the outline, without its "… more" row');
    assert.deepEqual(group.span, enclosingSpan(group.children.map((c) => c.span)));
    assert.ok(group.span.end <= text.length);
    const speakers = byLabel(symbols, 'Quotations')!;
    assert.equal(speakers.children.length, MAX_ROWS);
  });

  it('finds the enclosing span of more spans than a call can take arguments', () => {
    const spans = Array.from({ length: 300_000 }, (_, i) => ({ start: 1000 + i, end: 1002 + i }));
    spans.push({ start: 7, end: 8 });
    assert.deepEqual(enclosingSpan(spans), { start: 7, end: 300_000 + 1001 });
    assert.equal(enclosingSpan([]), undefined);
  });
});
