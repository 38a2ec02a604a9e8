import * as assert from 'node:assert/strict';
import { statusBarContent } from '../../../../../src/extension/features/statusBar/statusBarModel';
import { buildAnnotation } from '../../../support/extensionFixtures';

describe('status bar content', () => {
  const annotation = buildAnnotation(); // 2 people, 2 organisations, 2 places, 3 dates, 4 quotations

  it('counts a ready article, with the highlight switch and vague attributions', () => {
    const shown = statusBarContent({ kind: 'ready', annotation, highlightsVisible: true, vagueAttributions: 2 })!;
    assert.equal(shown.text, '$(eye) $(person) 2 $(organization) 2 $(location) 2 $(calendar) 3 $(quote) 4 $(unverified) 2');
    assert.match(shown.tooltip, /^Article Lens: 2 people, 2 organisations, 2 places, 3 dates and times, 4 quotations\.\n2 anonymous or vague attributions/);
    assert.match(shown.tooltip, /Click to hide highlights\.$/);
    assert.equal(shown.action, 'toggleHighlights');
    assert.equal(shown.tone, undefined);
    const hidden = statusBarContent({ kind: 'ready', annotation, highlightsVisible: false, vagueAttributions: 0 })!;
    assert.ok(hidden.text.startsWith('$(eye-closed) ') && !hidden.text.includes('unverified'), hidden.text);
    assert.match(hidden.tooltip, /\nNo anonymous or vague attributions/);
  });

  it('keeps the last counts while analysing', () => {
    assert.equal(statusBarContent({ kind: 'pending', latest: annotation })!.text, '$(sync~spin) $(person) 2 $(organization) 2 $(location) 2 $(calendar) 3 $(quote) 4');
    assert.equal(statusBarContent({ kind: 'pending', latest: undefined })!.text, '$(sync~spin) Article Lens: analysing…');
  });

  it('says plainly when a file is too large or failed, and where to go from there', () => {
    const large = statusBarContent({ kind: 'tooLarge', length: 3 * 1024 * 1024, limit: 2048 * 1024 })!;
    assert.match(large.text, /too large/);
    assert.match(large.tooltip, /3072 KB of text, above the articleLens\.maxFileSizeKB limit of 2048 KB/);
    assert.deepEqual([large.tone, large.action], ['warning', 'openSizeSetting']);
    const failed = statusBarContent({ kind: 'error', message: 'worker crashed' })!;
    assert.match(failed.tooltip, /^worker crashed\n/);
    assert.deepEqual([failed.tone, failed.action], ['error', 'showLog']);
  });

  it('hides the item for a document that is not an article', () => {
    assert.equal(statusBarContent({ kind: 'notArticle' }), undefined);
  });
});
