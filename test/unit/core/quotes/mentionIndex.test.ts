import * as assert from 'assert';
import fc from 'fast-check';
import type { Entity, EntityType, MentionKind } from '../../../../src/core/types';
import { buildContext, type MentionRef, type QuoteContext } from '../../../../src/core/quotes/context';
import { latestBelow, SpeakerMentionIndex, phraseWords } from '../../../../src/core/quotes/mentionIndex';
import { titleAndApposition } from '../../../../src/core/quotes/resolve';

/**
 * The mention index answers exactly what the scans it replaced answered (the latest mention before an offset
 * satisfying the rule, ties included), on random documents whose words mix cases, punctuation and non-ASCII
 * letters ("U.S.", "Élysée", "agency,").
 */
const WORDS = ['the', 'President', 'president', 'French', 'U.S.', 'u.s.', 'Agency', 'agency,', 'Élysée', 'leader', 'Smith', 'smith', 'Energy', 'of', '—', 'Macron', 'Senior', 'K'];
const TYPES: EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];
const KINDS: MentionKind[] = ['name', 'nominal', 'pronoun'];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const documentArb = fc
  .record({
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 60 }),
    separators: fc.array(fc.constantFrom(' ', ' ', ', ', '. ', '\n'), { minLength: 60, maxLength: 60 }),
    spans: fc.array(fc.record({ at: fc.nat(), length: fc.integer({ min: 1, max: 3 }), entity: fc.nat(5), kind: fc.constantFrom(...KINDS) }), { maxLength: 25 }),
    entityTypes: fc.array(fc.constantFrom(...TYPES), { minLength: 6, maxLength: 6 }),
    entityNames: fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ words, separators, spans, entityTypes, entityNames }): QuoteContext => {
    const starts: number[] = [];
    const ends: number[] = [];
    let text = '';
    words.forEach((w, i) => {
      starts.push(text.length);
      text += w;
      ends.push(text.length);
      text += separators[i];
    });
    const entities: Entity[] = entityTypes.map((type, i) => ({ id: `e${i}`, type, name: entityNames[i].join(' '), mentions: [] }));
    for (const s of spans) {
      const first = s.at % words.length;
      const last = Math.min(words.length - 1, first + s.length - 1);
      entities[s.entity].mentions.push({ start: starts[first], end: ends[last], text: text.slice(starts[first], ends[last]), kind: s.kind });
    }
    return buildContext({ text, tokens: [], sentences: [], paragraphs: [] }, entities, []);
  });

/** The latest mention before `offset` satisfying the rule, by scanning, as the rules were first written. */
function scanLatest(ctx: QuoteContext, offset: number, rule: (m: MentionRef) => boolean): MentionRef | undefined {
  return [...ctx.mentions.filter((m) => m.start < offset)].reverse().find(rule);
}

describe('quotes mention index', () => {
  it('finds the latest mention before an offset with the same words, surname, or organisation head', () => {
    fc.assert(
      fc.property(documentArb, fc.nat(400), (ctx, offset) => {
        const index = new SpeakerMentionIndex(ctx, titleAndApposition);
        const cut = index.countBefore(offset);
        const at = (p: number) => (p >= 0 ? ctx.mentions[p] : undefined);
        for (const m of ctx.mentions) {
          const key = phraseWords(m.text).join(' ');
          assert.strictEqual(at(latestBelow(index.withKey(key), cut)), scanLatest(ctx, offset, (x) => phraseWords(x.text).join(' ') === key));
        }
        const name = (id: string) => ctx.entities.find((e) => e.id === id)?.name ?? '';
        for (const word of [...WORDS, 'u', 's']) {
          const surname = word.toLowerCase();
          assert.strictEqual(
            at(latestBelow(index.personsWithSurname(surname), cut)),
            scanLatest(ctx, offset, (x) => x.type === 'PERSON' && x.text.toLowerCase().split(/\s+/).pop() === surname),
          );
          const head = word.toLowerCase();
          assert.strictEqual(
            at(latestBelow(index.orgsWithHead(head), cut)),
            scanLatest(ctx, offset, (x) => (x.type === 'ORGANIZATION' || x.type === 'LOCATION') && new RegExp(`\\b${escape(head)}\\b`, 'i').test(name(x.entityId))),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scores role nominals like a scan of every earlier PERSON mention (best score, latest on ties)', () => {
    fc.assert(
      fc.property(documentArb, fc.nat(400), fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }), fc.constantFrom('president', 'leader', 'smith'), (ctx, offset, modifierWords, head) => {
        const index = new SpeakerMentionIndex(ctx, titleAndApposition);
        const modifiers = modifierWords.map((w) => w.toLowerCase()).filter((w) => w.length > 2);
        let best: MentionRef | undefined;
        let bestScore = 0;
        for (const m of ctx.mentions.filter((x) => x.start < offset)) {
          if (m.type !== 'PERSON') continue;
          const local = titleAndApposition(ctx.doc.text, m.start, m.end).toLowerCase();
          let score = 0;
          for (const w of modifiers) if (new RegExp(`\\b${escape(w)}\\b`).test(local)) score += 2;
          if (new RegExp(`\\b${escape(head)}\\b`).test(local)) score += 1;
          if (modifiers.length > 0 && score < 2) continue;
          if (score >= bestScore && score > 0) {
            best = m;
            bestScore = score;
          }
        }
        const found = index.bestRoleMatch(modifiers, head, index.countBefore(offset));
        assert.strictEqual(found >= 0 ? ctx.mentions[found] : undefined, best);
      }),
      { numRuns: 300 },
    );
  });
});
