import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../../../src/core/analyze';
import { REPO_ROOT } from '../../../../scripts/eval/paths';
import { contentHash, digestArticle, isArticleDigest, positionIn, StoryIndex } from '../../../../src/core/story';

const seedText = fs.readFileSync(path.join(REPO_ROOT, 'seeds', 'tass-macron-putin-call.txt'), 'utf8');

function digest(id: string, text: string) {
  return digestArticle(id, text, analyzeArticle(text));
}

const moscow =
  'MOSCOW, March 4, 2025 (TASS) - French President Emmanuel Macron spoke to reporters yesterday.\n\n"We are ready," Macron said.\n';
const berlin =
  'BERLIN, March 9, 2025 (Reuters) - German Chancellor Olaf Scholz met Emmanuel Macron on Saturday.\r\nMacron said talks were useful.\n';

describe('StoryIndex on analysed articles', () => {
  let index: StoryIndex;
  beforeEach(() => {
    index = new StoryIndex();
    index.set(digest('seed.txt', seedText));
    index.set(digest('moscow.txt', moscow));
    index.set(digest('berlin.txt', berlin));
  });

  it('makes one row of Emmanuel Macron across the three articles, with every mention counted', () => {
    const macron = index.entities().find((e) => e.name === 'Emmanuel Macron');
    assert.ok(macron, 'a row for Emmanuel Macron');
    assert.strictEqual(macron.type, 'PERSON');
    assert.strictEqual(macron.articleCount, 3);
    const perArticle = index.mentionsOf(macron.key);
    assert.deepStrictEqual(perArticle.map((a) => a.articleId).sort(), ['berlin.txt', 'moscow.txt', 'seed.txt']);
    const total = perArticle.reduce((n, a) => n + a.mentions.length, 0);
    assert.strictEqual(macron.mentionCount, total);
    assert.ok(macron.aliases.includes('Macron'));
    for (const a of perArticle) {
      const text = a.articleId === 'seed.txt' ? seedText : a.articleId === 'moscow.txt' ? moscow : berlin;
      for (const m of a.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text, `${a.articleId} ${m.start}`);
    }
  });

  it('gives each mention its editor line and column, CRLF included', () => {
    const macron = index.entities().find((e) => e.name === 'Emmanuel Macron')!;
    const berlinMentions = index.mentionsOf(macron.key).find((a) => a.articleId === 'berlin.txt')!.mentions;
    const last = berlinMentions[berlinMentions.length - 1];
    assert.strictEqual(last.text, 'Macron');
    assert.deepStrictEqual({ line: last.line, character: last.character }, { line: 1, character: 0 });
  });

  it('finds the row under an offset of an article', () => {
    const offset = moscow.indexOf('Macron said');
    const hit = index.entityAt('moscow.txt', offset);
    assert.strictEqual(hit?.entity.name, 'Emmanuel Macron');
    assert.strictEqual(index.entityAt('moscow.txt', moscow.indexOf('reporters')), undefined);
  });

  it('merges the timeline, each relative date resolved against its own article\'s date', () => {
    const timeline = index.timeline();
    const values = timeline.map((d) => d.value);
    assert.deepStrictEqual([...values].sort(), values, 'in time order (ISO values sort as text here)');
    const yesterday = timeline.find((d) => d.mentions.some((m) => m.articleId === 'moscow.txt' && m.text === 'yesterday'));
    assert.strictEqual(yesterday?.value, '2025-03-03');
    const saturday = timeline.find((d) => d.mentions.some((m) => m.articleId === 'berlin.txt' && m.text === 'Saturday'));
    assert.strictEqual(saturday?.value, '2025-03-08');
    assert.ok(values.includes('2022-09-22'), 'the seed\'s own dates are there too');
  });

  it('groups quotations by speaker across articles', () => {
    const speakers = index.quotesBySpeaker();
    const macron = speakers.find((s) => s.entity?.name === 'Emmanuel Macron');
    assert.ok(macron);
    assert.ok(macron.articleCount >= 2, `Macron is quoted in ${macron.articleCount} articles`);
    assert.ok(macron.quotes.some((q) => q.articleId === 'moscow.txt' && q.excerpt.includes('We are ready')));
  });

  it('replacing and removing an article updates every query', () => {
    const before = index.entities().find((e) => e.name === 'Emmanuel Macron')!;
    index.set(digest('berlin.txt', berlin.replace(/Emmanuel Macron|Macron/g, 'Giorgia Meloni')));
    const after = index.entities().find((e) => e.name === 'Emmanuel Macron')!;
    assert.strictEqual(after.articleCount, before.articleCount - 1);
    assert.ok(index.entities().some((e) => e.name === 'Giorgia Meloni'));
    index.delete('moscow.txt');
    assert.strictEqual(index.entities().find((e) => e.name === 'Emmanuel Macron')!.articleCount, 1);
    assert.ok(!index.timeline().some((d) => d.mentions.some((m) => m.articleId === 'moscow.txt')));
    assert.strictEqual(index.size, 2);
  });

  it('search matches names and aliases loosely, as Ctrl+T does', () => {
    assert.ok(index.search('macron').some((e) => e.name === 'Emmanuel Macron'));
    assert.ok(index.search('emacr').some((e) => e.name === 'Emmanuel Macron'), 'characters in order');
    assert.ok(!index.search('macron').some((e) => e.name === 'Olaf Scholz'));
  });

  it('a digest is JSON-safe and survives a round trip', () => {
    const d = digest('seed.txt', seedText);
    const back = JSON.parse(JSON.stringify(d));
    assert.ok(isArticleDigest(back));
    assert.deepStrictEqual(back, d);
    assert.deepStrictEqual(positionIn(d, 0), { line: 0, character: 0 });
  });

  it('content hashes differ for different texts and agree for the same', () => {
    assert.strictEqual(contentHash(seedText), contentHash(String(seedText)));
    assert.notStrictEqual(contentHash(seedText), contentHash(`${seedText} `));
    assert.match(contentHash(''), /^[0-9a-f]{14}$/);
  });
});
