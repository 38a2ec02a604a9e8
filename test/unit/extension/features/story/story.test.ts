import * as assert from 'assert';
import { analyzeArticle } from '../../../../../src/core/analyze';
import { digestArticle, StoryIndex } from '../../../../../src/core/story';
import { GlobSet, globToRegExp, enabledPatterns } from '../../../../../src/extension/features/story/glob';
import { storyChildren } from '../../../../../src/extension/features/story/storyTree';
import { storyCard } from '../../../../../src/extension/features/story/storyCard';
import { tryDecodeArticle } from '../../../../../src/core/text/decodeArticle';

describe('story: globs for excludes and watcher events', () => {
  it('matches VS Code glob syntax', () => {
    assert.ok(globToRegExp('**/*.txt').test('a/b/c.txt'));
    assert.ok(globToRegExp('**/*.txt').test('c.txt'));
    assert.ok(!globToRegExp('*.txt').test('a/c.txt'));
    assert.ok(globToRegExp('**/*.{md,txt}').test('docs/x.md'));
    assert.ok(globToRegExp('file?.txt').test('file1.txt'));
    assert.ok(globToRegExp('[ab].txt').test('a.txt') && !globToRegExp('[!ab].txt').test('a.txt'));
    assert.ok(!globToRegExp('a.txt').test('abtxt'), 'a dot is a dot');
  });

  it('an excluded folder excludes everything under it', () => {
    const set = new GlobSet(['**/node_modules', 'build/**']);
    assert.ok(set.matches('x/node_modules/pkg/README.md'));
    assert.ok(set.matches('build/out/a.txt'));
    assert.ok(!set.matches('src/a.txt'));
    assert.deepStrictEqual(enabledPatterns({ '**/.git': true, '**/tmp': false, '**/*.js': { when: '$(basename).ts' } }), ['**/.git']);
  });

  it('decodes workspace files as the CLI does: UTF-8 without the mark, UTF-16 by its mark; refuses binary and broken files', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Élysée')]);
    assert.deepStrictEqual(tryDecodeArticle(bom), { ok: true, text: 'Élysée' });
    assert.deepStrictEqual(tryDecodeArticle(new Uint8Array([80, 0, 75])), { ok: false, reason: 'binary file (contains NUL bytes), not a text article' });
    // The same decoder as the CLI's: a UTF-16 file with its mark is text (as VS Code opens it), broken UTF-8 is not.
    assert.deepStrictEqual(tryDecodeArticle(new Uint8Array([0xff, 0xfe, 0x50, 0x00, 0x4b, 0x00])), { ok: true, text: 'PK' });
    assert.deepStrictEqual(tryDecodeArticle(new Uint8Array([0x41, 0xc3])), { ok: false, reason: 'not valid UTF-8 text' });
  });
});

describe('story: the Story view rows and the hover section', () => {
  const index = new StoryIndex();
  const berlin = 'BERLIN, March 9, 2025 (Reuters) - German Chancellor Olaf Scholz met Emmanuel Macron on Saturday.\n\nMacron said the talks were useful.\n';
  const moscow = 'MOSCOW, March 4, 2025 (TASS) - French President Emmanuel Macron spoke to reporters yesterday.\n\n"We are ready," Macron said.\n';
  index.set(digestArticle('file:///w/berlin.txt', berlin, analyzeArticle(berlin)));
  index.set(digestArticle('file:///w/moscow.txt', moscow, analyzeArticle(moscow)));

  it('goes groups → entities → articles → mentions, each mention revealing its own span', () => {
    const roots = storyChildren(index, undefined, 'mentions', '');
    const people = storyChildren(index, roots.find((r) => r.label === 'People')!.id, 'mentions', '');
    const macron = people.find((p) => p.label === 'Emmanuel Macron')!;
    assert.match(macron.description!, /^2 articles · 4 mentions/);
    const articles = storyChildren(index, macron.id, 'mentions', '');
    assert.deepStrictEqual(articles.map((a) => a.label).sort(), ['berlin.txt', 'moscow.txt']);
    const mentions = storyChildren(index, articles.find((a) => a.label === 'berlin.txt')!.id, 'mentions', '');
    for (const m of mentions) assert.strictEqual(berlin.slice(m.reveal!.start, m.reveal!.end), m.label);
    assert.strictEqual(mentions[1].description, 'line 3');
  });

  it('filters and sorts', () => {
    const roots = storyChildren(index, undefined, 'name', 'scholz');
    const people = storyChildren(index, roots.find((r) => r.label === 'People')!.id, 'name', 'scholz');
    assert.deepStrictEqual(people.map((p) => p.label), ['Olaf Scholz']);
    const byName = storyChildren(index, 'group\u0001people', 'name', '').map((p) => p.label);
    assert.deepStrictEqual(byName, [...byName].sort((a, b) => a.localeCompare(b)));
  });

  it('says in how many other articles a name is, and when it is ambiguous', () => {
    const card = storyCard({
      entity: { key: 'person:johnson', name: 'Johnson', type: 'PERSON', aliases: ['Johnson'], articleCount: 1, mentionCount: 1, ambiguity: { kind: 'surname', surname: 'Johnson', candidates: ['Boris Johnson', 'Lyndon Johnson'] } },
      otherArticles: [{ uri: 'file:///w/a.txt', title: 'A', mentions: 2 }],
    })!;
    assert.match(card, /is in 1 other article: a\\\.txt \(2\)/);
    assert.match(card, /could be Boris Johnson or Lyndon Johnson/);
    assert.strictEqual(storyCard({ entity: { key: 'k', name: 'X', type: 'PERSON', aliases: ['X'], articleCount: 1, mentionCount: 1 }, otherArticles: [] }), undefined);
  });
});
