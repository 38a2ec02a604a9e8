import * as assert from 'node:assert/strict';
import { outline } from '../../../src/cli/outline';
import { makeStyle } from '../../../src/cli/style';
import { buildOutline } from '../../../src/extension/features/outline/outlineModel';
import { ARTICLE, buildAnnotation, spanOf } from '../support/extensionFixtures';

describe('CLI outline', () => {
  const annotation = buildAnnotation();
  // Beside the fixture's three dates (in text order: 2024-03-03, 2024-02-27, 2024-05), two values off the calendar.
  annotation.temporal.push(
    { ...spanOf(ARTICLE, 'the talks'), type: 'DURATION', value: 'P3Y' },
    { ...spanOf(ARTICLE, 'the budget'), type: 'DATE', value: 'PAST_REF' },
  );
  const text = outline(annotation, makeStyle(false));

  it('orders the timeline as the outline view does: dates in time order, then the rest in text order', () => {
    const section = text.split('\nTimeline\n')[1]!.split('\n\n')[0]!;
    const values = section.split('\n').map((line) => line.trim().split(/\s+/)[0]);
    assert.deepEqual(values, ['2024-02-27', '2024-03-03', '2024-05', 'PAST_REF', 'P3Y']);
    const view = buildOutline({ text: ARTICLE, annotation, paragraphs: [] }).find((g) => g.id === 'group:timeline')!;
    assert.deepEqual(view.children.map((row) => row.label), ['Tuesday', 'March 3', 'May 2024', 'the budget', 'the talks']);
  });

  it('heads the entity sections with the shared category names', () => {
    const headings = text.split('\n').filter((line) => /^[A-Z]/.test(line));
    assert.deepEqual(headings.slice(0, 5), ['Dateline', 'People', 'Organisations', 'Places', 'Other names']);
  });
});
