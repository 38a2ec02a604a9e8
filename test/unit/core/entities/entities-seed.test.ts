import * as assert from 'assert';
import { segment, type NameSpan } from '../../../../src/core/document';
import { parseDateline } from '../../../../src/core/dateline';
import { buildEntities } from '../../../../src/core/entities';
import { tokenRange } from '../../../../src/core/entities/context';
import { clusterPairs, describe as describeDiff, loadSeed, nameMentions, setDiff } from '../../support/goldCompare';

/**
 * The entity stage alone on the seed article, fed the names a good tagger finds: the FIRST occurrence of each
 * gold name only (so repeats, surnames, "Elysee" and "IAEA" must come from the entity rules), without the
 * dateline's place and agency (the dateline parser supplies those).
 */
describe('buildEntities on the seed article (first occurrences tagged)', function () {
  const seed = loadSeed('tass-macron-putin-call');
  before(function () {
    if (!seed) {
      console.log('    (skipped: ../shared/seeds or ../shared/gold not found)');
      this.skip();
    }
  });

  function run() {
    const { text, gold } = seed!;
    const doc = segment(text);
    const dateline = parseDateline(text);
    const seen = new Set<string>();
    const names: NameSpan[] = [];
    const datelineSpans = [dateline?.place, dateline?.agency].filter(Boolean).map((s) => `${s!.start}-${s!.end}`);
    for (const e of gold.entities) {
      for (const m of e.mentions) {
        if (m.kind !== 'name' || datelineSpans.includes(`${m.start}-${m.end}`)) continue;
        // Short forms and acronyms are the entity stage's job: only tag names not contained in another gold name.
        const isShortForm = e.mentions.some((o) => o.kind === 'name' && o.text.length > m.text.length && o.text.includes(m.text));
        if (isShortForm || seen.has(m.text)) continue;
        seen.add(m.text);
        const range = tokenRange(doc.tokens, m.start, m.end)!;
        names.push({ start: m.start, end: m.end, type: e.type, ...range });
      }
    }
    names.sort((a, b) => a.start - b.start);
    return { text, gold, entities: buildEntities(doc, names, dateline) };
  }

  it('finds every gold name mention with its type, and nothing else', () => {
    const { text, gold, entities } = run();
    const diff = setDiff(nameMentions(gold.entities, text), nameMentions(entities, text));
    assert.ok(diff.missing.length + diff.extra.length === 0, `names differ:\n${describeDiff(diff)}`);
  });

  it('groups mentions exactly as the gold does (pairs, nominals included)', () => {
    const { text, gold, entities } = run();
    const diff = setDiff(clusterPairs(gold.entities, text), clusterPairs(entities, text));
    assert.ok(diff.missing.length + diff.extra.length === 0, `pairs differ:\n${describeDiff(diff)}`);
  });

  it('names entities canonically and links nationalities to countries', () => {
    const { entities } = run();
    const byName = new Map(entities.map((e) => [e.name, e]));
    assert.strictEqual(byName.get('Paris')?.type, 'LOCATION');
    assert.strictEqual(byName.get('Emmanuel Macron')?.role, 'President of France');
    assert.strictEqual(byName.get('Vladimir Putin')?.role, 'President of Russia');
    assert.strictEqual(byName.get('French')?.country, 'France');
    assert.strictEqual(byName.get('French')?.refersTo, byName.get('France')?.id);
    assert.ok(byName.has('International Atomic Energy Agency'));
    assert.strictEqual(new Set(entities.map((e) => e.id)).size, entities.length, 'ids are unique');
  });
});
