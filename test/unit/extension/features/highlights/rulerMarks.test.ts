import * as assert from 'node:assert/strict';
import { MAX_RULER_MARKS, rulerMarks } from '../../../../../src/extension/features/highlights/rulerMarks';
import { openingLength, PREVIEW_ABOVE } from '../../../../../src/extension/analysis/articleOpening';

describe('extension overview ruler marks and article openings', () => {
  it('merges the lines of nearby highlights, keeps distant ones apart', () => {
    assert.deepEqual(rulerMarks([[0, 0], [0, 0], [1, 1], [5, 6], [20, 20]], 100), [[0, 1], [5, 6], [20, 20]]);
    assert.deepEqual(rulerMarks([], 100), []);
    // A highlight across lines keeps its last line.
    assert.deepEqual(rulerMarks([[3, 9], [4, 5], [10, 10]], 100), [[3, 10]]);
  });

  it('bounds the marks of a 2 MB article by what the ruler can show, covering every highlighted line', () => {
    // One highlight on every other line of 40,000 lines: 20,000 ruler decorations before.
    const lines: Array<[number, number]> = [];
    for (let line = 0; line < 40_000; line += 2) lines.push([line, line]);
    const marks = rulerMarks(lines, 40_000);
    assert.ok(marks.length <= MAX_RULER_MARKS, `${marks.length} marks`);
    for (const [line] of lines) assert.ok(marks.some(([a, b]) => a <= line && line <= b), `line ${line} not marked`);
    // Highlights in two far-apart places stay two marks.
    assert.equal(rulerMarks([[10, 10], [30_000, 30_000]], 40_000).length, 2);
  });

  it('cuts a long article’s opening at a paragraph break, and leaves short ones whole', () => {
    assert.equal(openingLength('A short article.\n\nTwo paragraphs.'), undefined);
    assert.equal(openingLength('x'.repeat(PREVIEW_ABOVE)), undefined);
    const paragraph = `${'word '.repeat(199)}end.`;
    const text = Array.from({ length: 100 }, () => paragraph).join('\n\n');
    const cut = openingLength(text)!;
    assert.ok(cut >= 8 * 1024 && cut <= 16 * 1024, String(cut));
    assert.equal(text.slice(cut - 2, cut), '\n\n', 'cut right after a blank line');
    // No break at all: cut at a space, never inside a word.
    const run = 'abcdefg '.repeat(10_000);
    const at = openingLength(run)!;
    assert.equal(run[at - 1], ' ');
  });
});
