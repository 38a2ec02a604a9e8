/**
 * Gazetteer expansion by word vectors (scripts/ner/vector-types.ts): a word in no list is typed by the kind of
 * list-word it lies among in vector space, a word far from every seed kind stays untyped, and the result does
 * not depend on anything but its inputs (the same words and kinds twice).
 */
import * as assert from 'assert';
import { typeWordsByVectors, VECTOR_TYPE_CATEGORIES } from '../../../../scripts/ner/vector-types';

const DIM = 8;

/** Unit vectors around a few axes, with seeded jitter: axis 0 people, 1 organisations, 2 places, 3 other words. */
function space(): { words: string[]; x: Float32Array; seeds: Map<string, string[]> } {
  let state = 12345;
  const jitter = () => { state = (Math.imul(state, 1103515245) + 12345) >>> 0; return (state / 4294967296 - 0.5) * 0.3; };
  const words: string[] = [];
  const rows: number[][] = [];
  const seeds = new Map<string, string[]>();
  const add = (word: string, axis: number, category: string | null) => {
    const v = Array.from({ length: DIM }, (_, d) => (d === axis ? 1 : 0) + jitter());
    const norm = Math.hypot(...v);
    rows.push(v.map((c) => c / norm));
    words.push(word);
    if (category) seeds.set(word, [category]);
  };
  for (let i = 0; i < 40; i++) add(`first${i}`, 0, 'firstname');
  for (let i = 0; i < 40; i++) add(`company${i}`, 1, 'company');
  for (let i = 0; i < 40; i++) add(`city${i}`, 2, 'city');
  for (let i = 0; i < 200; i++) add(`word${i}`, 3, null);
  add('newcompany', 1, null); // in no list, among the companies
  add('newcity', 2, null);
  add('newword', 3, null);
  add('untyped', 1, 'wiki'); // an untyped list is no seed, but the word is still typed by where it lies
  return { words, x: Float32Array.from(rows.flat()), seeds };
}

describe('name tagger training: gazetteer expansion by word vectors', () => {
  const { words, x, seeds } = space();
  const typed = new Map(typeWordsByVectors(words, x, DIM, seeds));
  const kind = (w: string) => { const k = typed.get(w); return k === undefined ? null : VECTOR_TYPE_CATEGORIES[k]; };

  it('types a word in no list by the list words around it', () => {
    assert.strictEqual(kind('newcompany'), 'vec-org');
    assert.strictEqual(kind('newcity'), 'vec-place');
    assert.strictEqual(kind('untyped'), 'vec-org');
  });

  it('leaves words among the unlisted ones untyped', () => {
    assert.strictEqual(kind('newword'), null);
    assert.ok(words.filter((w) => w.startsWith('word') && typed.has(w)).length < 10, 'most "other" words stay untyped');
  });

  it('gives the seeds their own kind back', () => {
    assert.strictEqual(kind('first3'), 'vec-person');
    assert.strictEqual(kind('company7'), 'vec-org');
    assert.strictEqual(kind('city11'), 'vec-place');
  });

  it('is deterministic', () => {
    assert.deepStrictEqual(typeWordsByVectors(words, x, DIM, seeds), [...typed.entries()]);
  });
});
