import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Annotation } from '../../../../src/core/types';
import { SHARED_DIR } from '../../../../scripts/eval/paths';
import { annotateWithCompromise } from '../../../../scripts/eval/peers/compromise';
import { annotateWithWink } from '../../../../scripts/eval/peers/wink';

const SEED = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');

/** Every span of the annotation is in bounds and its text is the slice it names. */
function assertValidSpans(text: string, a: Annotation): void {
  const spans = [
    ...a.entities.flatMap((e) => e.mentions),
    ...a.temporal,
    ...a.quotes,
  ];
  for (const s of spans) {
    assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length, `bounds ${s.start}-${s.end}`);
    assert.strictEqual(text.slice(s.start, s.end), s.text);
  }
  const ids = a.entities.map((e) => e.id);
  assert.strictEqual(new Set(ids).size, ids.length, 'entity ids are unique');
}

// Astral characters and CRLF shift UTF-16 offsets away from naive counts.
const TRICKY = 'LONDON, March 4 (Reuters) 😀 - Boris Johnson met Angela Merkel in Paris on Monday.\r\n\r\n' +
  '"We will 😀 not back down," Johnson said. Talks lasted three hours.\r\n';

describe('evaluation peers', function () {
  before(function () {
    if (!fs.existsSync(SEED)) {
      console.log(`skipping peer tests on the seed: ${SEED} not found`);
    }
  });

  it('compromise: valid UTF-16 spans on the seed, with people, places, dates and quotes', function () {
    if (!fs.existsSync(SEED)) return this.skip();
    const text = fs.readFileSync(SEED, 'utf8');
    const a = annotateWithCompromise(text, { referenceDate: '2025-07-01' });
    assertValidSpans(text, a);
    for (const t of ['PERSON', 'LOCATION', 'MISC']) assert.ok(a.entities.some((e) => e.type === t), t);
    assert.ok(a.temporal.some((t) => /^\d{4}-\d\d-\d\d$/.test(t.value ?? '')), 'an ISO date');
    assert.ok(a.quotes.length > 0);
    for (const q of a.quotes) {
      assert.match(q.text, /^["“].*["”]$/s, 'quote spans include their marks');
      assert.strictEqual(q.speaker, null);
    }
  });

  it('compromise: valid spans with CRLF and astral characters; titles and possessives trimmed', () => {
    const a = annotateWithCompromise(TRICKY, { referenceDate: '2025-03-05' });
    assertValidSpans(TRICKY, a);
    const names = a.entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const n of names) assert.doesNotMatch(n, /['’]s$|^(Mr|President)\b|[,.]$/);
    // a lone surname joins the full name
    const johnson = a.entities.find((e) => e.mentions.some((m) => m.text === 'Boris Johnson'));
    if (johnson) assert.ok(johnson.mentions.some((m) => m.text === 'Johnson'));
  });

  it('compromise: durations become TIMEX3 durations', () => {
    const a = annotateWithCompromise('The talks lasted three hours.', {});
    assert.deepStrictEqual(a.temporal.map((t) => [t.text, t.type, t.value]), [['three hours', 'DURATION', 'PT3H']]);
  });

  it('compromise: a sentence compromise-dates cannot read does not lose the other dates', () => {
    const text = 'Talks began on Monday. Savin Corp. reported a third-quarter net loss. They ended on May 5, 2020.';
    const a = annotateWithCompromise(text, { referenceDate: '2020-01-01' });
    assertValidSpans(text, a);
    assert.ok(a.temporal.some((t) => t.value === '2020-05-05'), JSON.stringify(a.temporal));
  });

  it('wink-nlp: valid spans', () => {
    const a = annotateWithWink(TRICKY);
    assertValidSpans(TRICKY, a);
    assert.ok(a.temporal.length > 0);
  });
});
