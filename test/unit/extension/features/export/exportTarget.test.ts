import * as assert from 'node:assert/strict';
import { exportPath } from '../../../../../src/extension/features/export/exportTarget';

describe('export target', () => {
  it('offers a file beside the article, its last extension replaced by the format\'s', () => {
    assert.equal(exportPath('/news/macron.txt', 'json'), '/news/macron.annotations.json');
    assert.equal(exportPath('/news/macron.txt', 'markdown'), '/news/macron.report.md');
    assert.equal(exportPath('/news/a.v2.md', 'markdown'), '/news/a.v2.report.md');
  });

  it('keeps a name without an extension, and dots in folder names', () => {
    assert.equal(exportPath('/news/README', 'json'), '/news/README.annotations.json');
    assert.equal(exportPath('/news.d/article', 'markdown'), '/news.d/article.report.md');
  });
});
