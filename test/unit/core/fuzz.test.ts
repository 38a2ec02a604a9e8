/**
 * The fuzz suite: many generated news-like documents, mutated and salted with pathological bits, each analysed
 * and checked for the FORMAT.md span contract (every span inside the text and equal to its slice, in order, ids
 * unique), the TIMEX3 grammar on every temporal value, and determinism (the same text gives the same annotation,
 * also when analysed again after all the others, so no state leaks between documents).
 *
 * Fixed seed; FUZZ_RUNS documents (20,000 by default, kept small so the suite takes well under a minute; e.g.
 * FUZZ_RUNS=200000 for a long run) and FUZZ_SEED to explore other corners.
 */
import * as assert from 'assert';
import { createHash } from 'crypto';
import fc from 'fast-check';
import { analyzeArticle } from '../../../src/core/analyze';
import { isTimexValue } from '../../../src/core/temporal/timexGrammar';
import type { Annotation } from '../../../src/core/types';
import { assertValidAnnotation } from '../support/spanChecks';

const RUNS = Number(process.env.FUZZ_RUNS ?? 20000);
const SEED = Number(process.env.FUZZ_SEED ?? 20251203);
/** Every how many documents one is kept to be analysed again at the end. */
const RECHECK_EVERY = 20;

const DATELINES = ['WASHINGTON (AP) — ', 'PARIS, July 1 (Reuters) - ', 'MOSCOW, Dec. 31, 9999 (TASS) — ', 'LONDON — ', 'BEIJING, 3/4/2020 — ', ''];
const PEOPLE = ['Emmanuel Macron', 'Vladimir Putin', 'Keir Starmer', 'Mr. Smith', 'Angela Merkel', 'Jones', 'Dr. Ana María López', 'Xi Jinping', 'Theresa May'];
const ORGS = ['the European Union', 'the United Nations (UN)', 'Reuters', 'the IAEA', 'Microsoft Corp.', 'the Kremlin', 'NATO', 'the U.S. Senate'];
const PLACES = ['Paris', 'Kyiv', 'the United States', 'New York', 'Gaza', 'São Paulo', 'Ukraine', 'Washington'];
const TIMES = [
  'on Monday', 'last week', 'July 4, 2024', 'Dec. 31', '22/09/2022', '3/4/2020', '99/99/9999', 'the third quarter', 'two days ago',
  'more than two hours', 'the 1990s', "the '90s", '3 p.m. EST', 'every Monday', 'in the near future', 'back then', 'next year',
  'yesterday morning', 'the weekend', 'fiscal 1989', '12,000 years ago', '10,000 years from now', '9999999999999999999999 years',
  '9007199254740993 hours', '5 1/2 hours', 'the 20th century', 'tomorrow', 'Christmas', 'the following year', 'now', 'weekly',
  'the year-earlier quarter', '2025-07-01', 'noon Saturday', 'Friday, Oct. 23', 'the summer of 1998', 'mid-1996', '2015-2016',
];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'says', 'according to', 'announced', 'insisted'];
const QUOTES = ['"We agreed,"', '“This is a turning point,”', '«Nous verrons»', "'It's over,'", '“Never,” he said, “again.”', '„Ja“', '‘Fine’'];
const PATHOLOGICAL = [
  '«'.repeat(12), 'a’ '.repeat(12), '"“”«»‘’„‹›\''.repeat(3), '3/4/2020 '.repeat(6), '99/99/9999 '.repeat(6), 'A'.repeat(60),
  'Word '.repeat(12), 'x'.repeat(80), '\r'.repeat(5), '\r\n\r\n', '\n\n\n', '\uFEFF', '\u0000', '\uD800', '\uDC00', '😀', '𝐀𝐁',
  '\u001b]0;PWNED\u0007', '\u200B', '\u00A0', '\u2028', 'U.S.', 'Mr.', '...', '—', '(', ')', '[', '1,000,000', '0000-01-01', '9999-12-31',
  'January January January', 'Mc', "O'Neil", 'e.g.', '#', '$5 million a year',
];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** One news-like sentence: subject, verb, object, time, maybe a quotation. */
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(PEOPLE), pick(VERBS), pick(ORGS), pick(TIMES), pick(PLACES)).map(([p, v, o, t, l]) => `${p} ${v} ${o} met in ${l} ${t}.`),
  fc.tuple(pick(QUOTES), pick(PEOPLE), pick(VERBS)).map(([q, p, v]) => `${q} ${p} ${v}.`),
  fc.tuple(pick(PEOPLE), pick(VERBS), pick(QUOTES), pick(TIMES)).map(([p, v, q, t]) => `${p} ${v} ${t}: ${q}`),
  fc.tuple(pick(ORGS), pick(TIMES), pick(PLACES)).map(([o, t, l]) => `${o} opened an office in ${l} ${t}.`),
  fc.array(fc.oneof(pick(PEOPLE), pick(ORGS), pick(PLACES), pick(TIMES), pick(VERBS), pick(QUOTES), pick(PATHOLOGICAL)), { maxLength: 6 }).map((w) => w.join(' ')),
);

/** A short article: a dateline, then paragraphs of sentences. */
const article: fc.Arbitrary<string> = fc
  .tuple(pick(DATELINES), fc.array(fc.array(sentence, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }))
  .map(([dateline, paragraphs]) => dateline + paragraphs.map((p) => p.join(' ')).join('\n\n'));

type Mutation =
  | { kind: 'insert'; at: number; piece: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'upper' | 'lower'; at: number; length: number }
  | { kind: 'lineEnds'; to: '\r\n' | '\r' }
  | { kind: 'repeat'; at: number; length: number; times: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), piece: fc.oneof(pick(PATHOLOGICAL), fc.string({ unit: 'binary', maxLength: 6 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constantFrom('upper' as const, 'lower' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('lineEnds' as const), to: fc.constantFrom('\r\n' as const, '\r' as const) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }), times: fc.integer({ min: 2, max: 12 }) }),
);

function mutate(text: string, m: Mutation): string {
  if (m.kind === 'lineEnds') return text.replace(/\r?\n/g, m.to);
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case 'insert': return text.slice(0, at) + m.piece + text.slice(at);
    case 'delete': return text.slice(0, at) + text.slice(at + m.length);
    case 'upper': return text.slice(0, at) + text.slice(at, at + m.length).toUpperCase() + text.slice(at + m.length);
    case 'lower': return text.slice(0, at) + text.slice(at, at + m.length).toLowerCase() + text.slice(at + m.length);
    case 'repeat': return text.slice(0, at) + text.slice(at, at + m.length).repeat(m.times) + text.slice(at + m.length);
  }
}

const document: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(article, fc.array(mutation, { maxLength: 4 })).map(([text, ms]) => ms.reduce(mutate, text)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.array(pick(PATHOLOGICAL), { maxLength: 5 }).map((p) => p.join('')) },
);

const referenceDate = fc.constantFrom(undefined, undefined, '2025-07-01', '1998-02-28', '0000-01-01', '9999-12-31', '2024-02-29');

function fingerprint(a: Annotation): string {
  return createHash('sha256').update(JSON.stringify(a)).digest('hex');
}

function checkAnnotation(text: string, a: Annotation): void {
  assertValidAnnotation(text, a);
  for (const t of a.temporal) {
    assert.ok(['DATE', 'TIME', 'DURATION', 'SET'].includes(t.type), `temporal type ${t.type}`);
    assert.ok(t.value === null || isTimexValue(t.value), `"${t.text}" has value ${JSON.stringify(t.value)}, outside TIMEX3`);
  }
  for (const q of a.quotes) assert.ok(['direct', 'partial', 'reported'].includes(q.kind), `quote kind ${q.kind}`);
}

describe(`fuzz: ${RUNS} generated documents (seed ${SEED})`, function () {
  this.timeout(Math.max(120000, RUNS * 20));

  it('valid spans, TIMEX3 values and the same output for the same input', () => {
    const kept: { text: string; ref: string | undefined; print: string }[] = [];
    let n = 0;
    fc.assert(
      fc.property(document, referenceDate, (text, ref) => {
        const options = ref ? { referenceDate: ref } : {};
        const a = analyzeArticle(text, options);
        checkAnnotation(text, a);
        if (n++ % RECHECK_EVERY === 0) {
          const print = fingerprint(a);
          assert.strictEqual(fingerprint(analyzeArticle(text, options)), print, 'a second analysis differs');
          kept.push({ text, ref, print });
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // Again, after all the others and in reverse order: no cache or state of one document leaks into another.
    for (const { text, ref, print } of kept.reverse()) {
      assert.strictEqual(fingerprint(analyzeArticle(text, ref ? { referenceDate: ref } : {})), print, `differs when analysed later: ${JSON.stringify(text.slice(0, 80))}`);
    }
  });
});
