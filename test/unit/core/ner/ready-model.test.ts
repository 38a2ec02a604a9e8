import '../../../../src/node/installNerModel';
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { segment } from '../../../../src/core/document';
import { decodeModel } from '../../../../src/core/ner/model';
import { decodeReadyModel, isReadyModel, READY_MODEL_FILE } from '../../../../src/core/ner/readyModel';
import { tagDocument } from '../../../../src/core/ner/tagger';
import { findModelFile, modelFileLoader, readyModelFromGzip } from '../../../../src/node/nerModelFile';
import { corpusDir, SHARED_DIR } from '../../../../scripts/eval/paths';
import * as zlib from 'zlib';

describe('name recogniser: the ready-to-use model file (dist/ner.model.bin)', function () {
  const gzFile = findModelFile();
  let gz: Buffer;
  let ready: Uint8Array;

  before(function () {
    if (!gzFile) this.skip();
    gz = fs.readFileSync(gzFile as string);
    ready = readyModelFromGzip(gz);
  });

  it('tags exactly as the model it was made from', function () {
    const fromGz = decodeModel(zlib.gunzipSync(gz));
    const fromReady = decodeReadyModel(ready);
    const texts: string[] = ['Shares of Apple Inc. rose in New York after Tim Cook spoke; WASHINGTON, March 3 - The International Monetary Fund cut its forecast for Brazil.'];
    const seed = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');
    if (fs.existsSync(seed)) texts.push(fs.readFileSync(seed, 'utf8'));
    const polnear = corpusDir('polnear');
    const dev = polnear ? path.join(polnear, 'dev', 'text') : '';
    if (dev && fs.existsSync(dev)) for (const f of fs.readdirSync(dev).sort().slice(0, 12)) texts.push(fs.readFileSync(path.join(dev, f), 'utf8'));
    let names = 0;
    for (const text of texts) {
      const expected = tagDocument(fromGz, segment(text));
      names += expected.length;
      assert.deepStrictEqual(tagDocument(fromReady, segment(text)), expected);
    }
    assert.ok(names > 10, `too few names to compare (${names})`);
  });

  it('rejects a truncated file, saying so', function () {
    assert.throws(() => decodeReadyModel(ready.subarray(0, ready.length - 1000)), /ner\.model\.bin.*truncated/);
    assert.throws(() => decodeReadyModel(ready.subarray(0, 40)), /truncated/);
    assert.throws(() => decodeReadyModel(ready.subarray(0, 6)), /truncated/);
  });

  it('rejects a corrupt file, saying what is wrong', function () {
    const corrupt = (at: number, value: number) => {
      const copy = ready.slice();
      copy[at] = value;
      return copy;
    };
    assert.throws(() => decodeReadyModel(corrupt(0, 0x1f)), /wrong magic/);
    assert.throws(() => decodeReadyModel(corrupt(4, 99)), /format version 99/);
    assert.throws(() => decodeReadyModel(corrupt(12, 0x78)), /unreadable header/);
  });

  it('is used by the Node loader only when it was made from the .gz found above it', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ready-model-'));
    try {
      fs.mkdirSync(path.join(dir, 'models'));
      fs.mkdirSync(path.join(dir, 'dist'));
      fs.copyFileSync(gzFile as string, path.join(dir, 'models', 'ner.model.gz'));
      const loader = modelFileLoader(path.join(dir, 'dist'));
      assert.ok(!isReadyModel(loader.load() as Uint8Array), 'without a ready file the .gz is read');
      fs.writeFileSync(path.join(dir, 'dist', READY_MODEL_FILE), ready);
      assert.ok(isReadyModel(loader.load() as Uint8Array), 'a matching ready file is read instead of the .gz');
      // Another model's ready file (as after retraining without a rebuild) is ignored, not trusted.
      const other = Buffer.from(gz);
      other.writeUInt32LE((other.readUInt32LE(other.length - 8) + 1) >>> 0, other.length - 8);
      fs.writeFileSync(path.join(dir, 'models', 'ner.model.gz'), other);
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (m: string) => warnings.push(m);
      try {
        assert.throws(() => loader.load(), /.*/, 'the .gz with a wrong CRC is read (and fails to gunzip), not the stale ready file');
      } finally {
        console.warn = warn;
      }
      assert.ok(warnings.some((w) => w.includes('made from another')), warnings.join('\n'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
