import '../../../../src/node/installNerModel';
import * as assert from 'assert';
import * as fs from 'fs';
import * as zlib from 'zlib';
import { Gazetteer, hashGazetteer, type GazetteerData, type GazetteerWord } from '../../../../src/core/ner/gazetteer';
import { WordClasses } from '../../../../src/core/ner/word-classes';
import { decodeModel, encodeModel, trainingResources, type ModelHeader } from '../../../../src/core/ner/model';
import { findModelFile } from '../../../../src/node/nerModelFile';

/** Matches over lower-cased words, as the feature extractor calls them. */
function matches(g: Gazetteer, text: string): string[] {
  const words: GazetteerWord[] = text.split(' ').map((w) => {
    const lower = w.toLowerCase();
    return { lower, gazetteerMask: g.singleMask(lower), gazetteerPrefix: g.isPrefix(lower), gazetteerInner: g.isInner(lower) };
  });
  const out: string[] = [];
  g.match(words, 0, words.length, (t, c, p) => out.push(`${t}:${g.categories[c]}:${p}`));
  return out;
}

const DATA: GazetteerData = {
  categories: ['city', 'club', 'person'],
  entries: [['new york', 1], ['new york cosmos', 2], ['york', 1], ['bernie sanders', 4]],
};

describe('name recogniser: hashed lookups (gazetteers, word classes)', function () {
  it('a hashed gazetteer matches exactly like its readable entries, multi-word and nested', function () {
    const readable = new Gazetteer(DATA);
    const hashed = new Gazetteer(hashGazetteer(DATA));
    const text = 'fans of the New York Cosmos met Bernie Sanders in york';
    assert.deepStrictEqual(matches(hashed, text), matches(readable, text));
    assert.deepStrictEqual(matches(hashed, text), [
      '3:city:0', '4:city:2', '3:club:0', '4:club:1', '5:club:2', '4:city:3', '7:person:0', '8:person:2', '10:city:3',
    ]);
    assert.deepStrictEqual(matches(hashed, 'new jersey'), []);
  });

  it('word classes are found by word at every level, and a word not in the table has none', function () {
    const table = WordClasses.fromWords(['paris', 'berlin', 'nokia'], [[1, 1, 2], [3, 4, 7]]);
    assert.deepStrictEqual(Array.from(table.lookup('berlin') ?? []), [1, 4]);
    assert.deepStrictEqual(Array.from(table.lookup('nokia') ?? []), [2, 7]);
    assert.strictEqual(table.lookup('zynga'), null);
    assert.throws(() => new WordClasses(2, Uint32Array.from([5, 5]), new Uint16Array(4)), /duplicate/);
  });

  it('the model format round-trips gazetteer and word classes as hashes, with no readable entry in the bytes', function () {
    const header: ModelHeader = { version: 1, gazetteer: DATA, clusters: { words: ['sanders'], coarse: [3], fine: [9] }, stages: [] };
    const embedding = WordClasses.fromWords(['cosmos', 'sanders'], [[1, 2], [5, 6]]);
    const bytes = encodeModel({ ...header, embeddingClasses: { levels: 2, sizes: [2, 8] } }, trainingResources(header, embedding), []);
    const text = new TextDecoder('latin1').decode(bytes);
    for (const word of ['york', 'cosmos', 'sanders', 'bernie']) assert.ok(!text.includes(word), `"${word}" readable in the model bytes`);
    const model = decodeModel(bytes);
    const info = model.extractor.word('Sanders');
    assert.deepStrictEqual([info.coarse, info.fine, Array.from(info.emb)], [3, 9, [2, 6]]);
    assert.ok(info.gazetteerInner && !info.gazetteerPrefix);
    assert.strictEqual(model.extractor.word('york').gazetteerMask, 1);
  });

  it('the shipped model file holds no readable gazetteer entry or word list', function () {
    const file = findModelFile();
    if (!file) this.skip();
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString('latin1');
    const header = JSON.parse(text.slice(4, 4 + zlib.gunzipSync(fs.readFileSync(file)).readUInt32LE(0))) as ModelHeader;
    assert.ok(header.gazetteer && !('entries' in header.gazetteer), 'gazetteer entries stored readable');
    assert.ok(!header.clusters || !('words' in header.clusters), 'cluster words stored readable');
    for (const word of ['moscow', 'cantwell', 'juventus', 'exxonmobil']) assert.ok(!text.toLowerCase().includes(word), `"${word}" readable in the model file`);
  });
});
