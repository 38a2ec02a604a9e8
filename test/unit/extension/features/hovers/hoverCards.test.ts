import * as assert from 'node:assert/strict';
import type { Annotation } from '../../../../../src/core/types';
import { AnnotationIndex } from '../../../../../src/presentation/annotationIndex';
import { entityCard, quoteCard, temporalCard, type HoverContext } from '../../../../../src/extension/features/hovers/hoverCards';
import { LineIndex } from '../../../../../src/presentation/lineIndex';
import { escapeMarkdown } from '../../../../../src/presentation/markdownText';
import { ARTICLE, buildAnnotation, mention, spanOf } from '../../../support/extensionFixtures';

function contextFor(annotation: Annotation, text: string): HoverContext {
  const lines = new LineIndex(text);
  return { index: new AnnotationIndex(annotation), lineNumberAt: (o) => lines.lineNumberAt(o) };
}

// markdown-it (CommonMark, present through @vscode/vsce) stands in for VS Code's renderer.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { render(markdown: string): string };
// The most permissive renderer: raw HTML on, bare URLs linkified. Escaped text must stay inert even here.
const render = (markdown: string) => new MarkdownIt({ html: true, linkify: true }).render(markdown);

describe('extension hover cards', () => {
  it('entity card: type, canonical name, role, other names, mention count, first line, quotes', () => {
    const annotation = buildAnnotation();
    const context = contextFor(annotation, ARTICLE);
    const scholz = annotation.entities.find((e) => e.name === 'Olaf Scholz')!;
    const card = entityCard(scholz, context);
    assert.match(card, /^\*\*Olaf Scholz\*\* — Person/);
    assert.match(card, /\*Chancellor of Germany\*/);
    assert.match(card, /Also called here: “Scholz”, “The chancellor”\n/);
    assert.match(card, /4 mentions; first on line 1/);
    // Its own words and the writer's paraphrase are counted apart.
    assert.match(card, /Quoted 1 time:\n\n- \\"We agreed on the budget\\,\\" \(line 2\)\n\n/);
    assert.match(card, /Reported 1 time \(paraphrased\):\n\n- that he would visit France in May 2024 \(line 2\)$/);
    assert.doesNotMatch(card, /Quoted 2 times/);
    assert.doesNotMatch(card, /Country:/);
  });

  it('country facts for a place named like a country and for a nationality linked to one', () => {
    const annotation = buildAnnotation();
    const context = contextFor(annotation, ARTICLE);
    const france = entityCard(annotation.entities.find((e) => e.name === 'France')!, context);
    assert.match(france, /Country: France — capital Paris · Europe · Western Europe/);
    const french = entityCard(annotation.entities.find((e) => e.name === 'French')!, context);
    assert.match(french, /Country: France — capital Paris/);
    const berlin = entityCard(annotation.entities.find((e) => e.name === 'Berlin')!, context);
    assert.doesNotMatch(berlin, /Country:/);
  });

  it('date card: value, weekday, distance from the reference date', () => {
    const annotation = buildAnnotation();
    const tuesday = annotation.temporal.find((t) => t.text === 'Tuesday')!;
    const card = temporalCard(tuesday, annotation.referenceDate);
    assert.match(card, /`2024-02-27` · 27 February 2024 · Tuesday/);
    assert.match(card, /5 days earlier than the article's date \(3 March 2024\)/);
    const may = temporalCard(annotation.temporal.find((t) => t.text === 'May 2024')!, annotation.referenceDate);
    assert.match(may, /2 months later than the article's date/);
  });

  it('date card: plain English on the same day, weekdays of years 0000-0099, readable durations', () => {
    const card = (value: string, type: 'DATE' | 'DURATION' = 'DATE', referenceDate: string | null = '2024-03-03') =>
      temporalCard({ start: 0, end: 4, text: 'then', type, value }, referenceDate);
    assert.match(card('2024-03-03'), /\n\nThe same day as the article's date \(3 March 2024\)$/);
    assert.doesNotMatch(card('2024-03-03'), / than /);
    assert.match(card('2024-03'), /The same month as the article's date/);
    // Date.UTC reads years 0-99 as 1900-1999: 0050-06-15 came out a Thursday (as 1950-06-15), not a Wednesday.
    assert.match(card('0050-06-15', 'DATE', null), /15 June 50 · Wednesday/);
    assert.match(card('0004-02-29', 'DATE', null), /29 February 4 · Sunday/); // a leap day 1904 also had, on a Monday
    assert.match(card('0000-02-29', 'DATE', null), /29 February 0 · Tuesday/); // 1900 was no leap year; year 0 is
    assert.match(card('P2E', 'DURATION'), /`P2E` · 2 decades/);
    assert.match(card('P9C', 'DURATION'), /`P9C` · 9 centuries/);
  });

  it('quote card: speaker, speech verb, kind, length in words', () => {
    const annotation = buildAnnotation();
    const context = contextFor(annotation, ARTICLE);
    assert.match(quoteCard(annotation.quotes[0], context), /direct, 5 words[\s\S]*Speaker: \*\*Olaf Scholz\*\* — “said”[\s\S]*Line 2$/);
    assert.match(quoteCard(annotation.quotes[2], context), /Speaker: unknown speaker/);
    const reported = annotation.quotes.find((q) => q.kind === 'reported')!;
    assert.match(quoteCard(reported, context), /^\*\*Reported speech\*\* — 8 words[\s\S]*Speaker: \*\*Olaf Scholz\*\* — “adding”/);
  });

  it('document text can never become a link, a command, an image or HTML', () => {
    const text = 'Evil [x](command:workbench.action.quit) said "<img src=x onerror=alert(1)> see http://evil.example ![i](http://e/i.png)" today.';
    const evilName = '[x](command:workbench.action.quit)';
    const annotation: Annotation = {
      referenceDate: null,
      dateline: null,
      entities: [
        {
          id: 'e1',
          type: 'PERSON',
          name: evilName,
          role: '<script>alert(1)</script>',
          mentions: [mention(text, evilName), mention(text, '<img src=x onerror=alert(1)>', 0, 'nominal')],
        },
      ],
      temporal: [{ ...spanOf(text, 'today'), type: 'DATE', value: '2025-07-01' }],
      quotes: [
        {
          ...spanOf(text, '"<img src=x onerror=alert(1)> see http://evil.example ![i](http://e/i.png)"'),
          kind: 'direct',
          speaker: 'e1',
          speakerMention: mention(text, evilName),
          cue: { ...spanOf(text, 'said'), text: '](command:x)' },
        },
      ],
    };
    const context = contextFor(annotation, text);
    const cards = [entityCard(annotation.entities[0], context), quoteCard(annotation.quotes[0], context)];
    for (const card of cards) {
      const html = render(card);
      assert.doesNotMatch(html, /<a[\s>]/, html);
      assert.doesNotMatch(html, /<img/, html);
      assert.doesNotMatch(html, /<script/, html);
      assert.doesNotMatch(html, /href=/, html);
    }
    // The text is still there for the reader, just inert.
    assert.match(render(cards[0]), /\[x\]\(command:workbench\.action\.quit\)/);
  });

  it('escaping folds line breaks so text cannot start a heading or a list', () => {
    const html = render(`Name: ${escapeMarkdown('a\n# heading\n- item\n\n```\ncode')}`);
    assert.doesNotMatch(html, /<h1|<li|<pre|<code/);
  });
});
