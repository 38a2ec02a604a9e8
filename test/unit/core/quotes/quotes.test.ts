/**
 * Quotation finding on made-up news sentences: every family of issue 2 §3 and 5 (marks, apostrophes, paragraphs,
 * nesting, guillemets, partial and scare quotes, each speaker position, pronouns, nominals, "according to",
 * reported speech). Entities are built by hand so these tests do not depend on the name recogniser.
 */
import * as assert from 'assert';
import * as fc from 'fast-check';
import { segment } from '../../../../src/core/document';
import { findQuotes } from '../../../../src/core/quotes';
import { findQuotedStretches } from '../../../../src/core/quotes/continuation';
import type { Entity, EntityType, MentionKind, Quote } from '../../../../src/core/types';

/** An entity whose mentions are every occurrence of the given strings (whole words). */
function entity(text: string, id: string, type: EntityType, ...names: (string | [string, MentionKind])[]): Entity {
  const mentions = [];
  for (const n of names) {
    const [name, kind] = typeof n === 'string' ? [n, 'name' as MentionKind] : n;
    const re = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) mentions.push({ start: m.index!, end: m.index! + name.length, text: name, kind });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { id, type, name: typeof names[0] === 'string' ? names[0] : names[0][0], mentions };
}

function quotesOf(text: string, entities: Entity[] = []): Quote[] {
  const quotes = findQuotes(segment(text), entities);
  for (const q of quotes) {
    assert.strictEqual(text.slice(q.start, q.end), q.text, 'quote text is its slice');
    if (q.cue) assert.strictEqual(text.slice(q.cue.start, q.cue.end), q.cue.text, 'cue text is its slice');
  }
  return quotes;
}

const quoted = (qs: Quote[]) => qs.filter((q) => q.kind !== 'reported');
const mentionText = (text: string, q: Quote) => (q.speakerMention ? text.slice(q.speakerMention.start, q.speakerMention.end) : null);

describe('quotes: quotation marks', function () {
  for (const [open, close] of [['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"], ['«', '»']]) {
    it(`finds a quotation in ${open}…${close} marks with its closing mark included`, function () {
      const text = `${open}We will rebuild the bridge,${close} Smith said on Tuesday.`;
      const qs = quoted(quotesOf(text));
      assert.strictEqual(qs.length, 1);
      assert.strictEqual(qs[0].start, 0);
      assert.strictEqual(qs[0].text, `${open}We will rebuild the bridge,${close}`);
      assert.strictEqual(qs[0].kind, 'direct');
      assert.strictEqual(mentionText(text, qs[0]), 'Smith');
      assert.strictEqual(qs[0].cue?.text, 'said');
    });
  }

  it('never takes an apostrophe for a quotation mark', function () {
    const text =
      "Iran’s missiles don't worry the '90s veterans, and Jones' car stayed in the players' lot until 'til dawn, " +
      'the minister’s aide said. Rock ’n’ roll isn’t dead.';
    assert.deepStrictEqual(findQuotedStretches(text, segment(text).paragraphs), []);
    assert.deepStrictEqual(quoted(quotesOf(text)), []);
  });

  it('keeps a possessive inside a single-quoted quotation', function () {
    const text = "'The players' union will not accept this,' Smith said.";
    const qs = quoted(quotesOf(text));
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].text, "'The players' union will not accept this,'");
  });

  it('keeps a quote inside a quote within the outer quotation', function () {
    const text = '"He told me \'never again\' and walked out of the room," Smith said.';
    const qs = quoted(quotesOf(text));
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].text, '"He told me \'never again\' and walked out of the room,"');
  });

  it('joins a quotation continued over paragraphs into one quote', function () {
    const text =
      '"We will rebuild the bridge," Smith said. "It will take years.\n\n' +
      '"But we will do it, and the city will be better for it."\n\n' +
      'The council meets next week.';
    const qs = quoted(quotesOf(text));
    assert.strictEqual(qs.length, 2);
    assert.strictEqual(qs[1].text, '"It will take years.\n\n"But we will do it, and the city will be better for it."');
    assert.strictEqual(mentionText(text, qs[1]), 'Smith', 'the continued quotation keeps the speaker of its paragraph');
  });

  it('keeps CRLF and astral characters in the offsets', function () {
    const text = 'Fans cheered 🎉 loudly.\r\n"We are back in business," Smith said.\r\n';
    const qs = quoted(quotesOf(text));
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(text.slice(qs[0].start, qs[0].end), '"We are back in business,"');
    assert.strictEqual(mentionText(text, qs[0]), 'Smith');
  });
});

describe('quotes: kinds', function () {
  it('marks a quoted fragment inside a sentence as partial, with the sentence’s speaker', function () {
    const text = 'Smith called the plan "a disaster for the city" on Tuesday.';
    const qs = quoted(quotesOf(text));
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].kind, 'partial');
    assert.strictEqual(mentionText(text, qs[0]), 'Smith');
    assert.strictEqual(qs[0].cue?.text, 'called');
  });

  it('drops scare quotes of one or two words without a speaker', function () {
    const text = 'The so-called "experts" were wrong about the "recovery" again.';
    assert.deepStrictEqual(quoted(quotesOf(text)), []);
  });

  it('keeps a title as an unattributed partial quote', function () {
    const text = 'Pence said on the show "State of the Union" that he was confident.';
    const qs = quoted(quotesOf(text));
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].kind, 'partial');
    assert.strictEqual(qs[0].speakerMention, null);
  });
});

describe('quotes: speakers', function () {
  it('reads "said Jane Smith, a spokeswoman for …" after the quote', function () {
    const text = '"The agency has no plans to close the office," said Jane Smith, a spokeswoman for the agency.';
    const smith = entity(text, 'smith', 'PERSON', 'Jane Smith');
    const [q] = quoted(quotesOf(text, [smith]));
    assert.strictEqual(q.speaker, 'smith');
    assert.strictEqual(mentionText(text, q), 'Jane Smith');
  });

  it('reads a speaker across an apposition: "Smith, a spokeswoman, said"', function () {
    const text = '"We have no plans to close it," Jane Smith, a spokeswoman for the agency, said Monday.';
    const [q] = quoted(quotesOf(text, [entity(text, 'smith', 'PERSON', 'Jane Smith')]));
    assert.strictEqual(q.speaker, 'smith');
  });

  it('reads a speaker before the quote: "Smith said:"', function () {
    const text = 'Smith told reporters on Tuesday: "The bridge will reopen in May."';
    const [q] = quoted(quotesOf(text, [entity(text, 'smith', 'PERSON', 'Smith')]));
    assert.strictEqual(q.kind, 'direct');
    assert.strictEqual(q.speaker, 'smith');
    assert.strictEqual(q.cue?.text, 'told');
  });

  it('reads a question answered by "Graham asked." in the next sentence', function () {
    const text = '"Does anybody know what the platform is?" Graham asked. "Neither do I."';
    const qs = quoted(quotesOf(text, [entity(text, 'graham', 'PERSON', 'Graham')]));
    assert.strictEqual(qs.length, 2);
    assert.strictEqual(qs[0].speaker, 'graham');
    assert.strictEqual(qs[1].speaker, 'graham', 'the next quotation of the paragraph continues the speaker');
  });

  it('gives a quote-only paragraph the speaker of "X said:" closing the previous one', function () {
    const text = 'In a statement, the mayor said:\n"We will not let this stand. The city is united."';
    const mayor = entity(text, 'mayor', 'PERSON', ['the mayor', 'nominal']);
    const [q] = quoted(quotesOf(text, [mayor]));
    assert.strictEqual(q.speaker, 'mayor');
  });

  it('resolves "he said" to the latest speaker and "she said" to the nearest woman subject', function () {
    const text =
      'John Miller, the mayor, spoke first. "We are ready for the storm," he said.\n' +
      'Anna Berg then took the stage. "Our shelters are open," she said.';
    const ents = [entity(text, 'miller', 'PERSON', 'John Miller'), entity(text, 'berg', 'PERSON', 'Anna Berg')];
    const qs = quoted(quotesOf(text, ents));
    assert.deepStrictEqual(qs.map((q) => q.speaker), ['miller', 'berg']);
    assert.deepStrictEqual(qs.map((q) => mentionText(text, q)), ['he', 'she']);
  });

  it('lets "he" reach a titled name the recogniser typed as a place', function () {
    const text = 'President Obama condemned the test. "This is a grave threat," he said.';
    const [q] = quoted(quotesOf(text, [entity(text, 'obama', 'LOCATION', 'Obama')]));
    assert.strictEqual(q.speaker, 'obama');
  });

  it('resolves "it said" to an organisation rather than a person', function () {
    const text = 'Acme Corp hired Paul Jones last year. "Sales rose by a third in the quarter," it said.';
    const ents = [entity(text, 'acme', 'ORGANIZATION', 'Acme Corp'), entity(text, 'jones', 'PERSON', 'Paul Jones')];
    const [q] = quoted(quotesOf(text, ents));
    assert.strictEqual(q.speaker, 'acme');
  });

  it('resolves a nominal already among the mentions, and a role nominal by its title', function () {
    const text =
      'French President Emmanuel Macron spoke with Olaf Scholz. The ministry spokesman was brief. ' +
      '"Talks went well," the ministry spokesman said. The French leader said that a deal was close.';
    const macron = entity(text, 'macron', 'PERSON', 'Emmanuel Macron');
    const scholz = entity(text, 'scholz', 'PERSON', 'Olaf Scholz');
    const spokesman = entity(text, 'spox', 'PERSON', ['ministry spokesman', 'nominal']);
    const qs = quotesOf(text, [macron, scholz, spokesman]);
    const direct = qs.find((q) => q.kind === 'direct')!;
    assert.strictEqual(direct.speaker, 'spox');
    const reported = qs.find((q) => q.kind === 'reported' && q.text === 'a deal was close')!;
    assert.ok(reported, 'the reported statement is found');
    assert.strictEqual(reported.speaker, 'macron');
    assert.strictEqual(mentionText(text, reported), 'The French leader');
  });

  it('keeps a nominal speaker it cannot resolve, with a null speaker', function () {
    const text = '"The vote is fixed," a senior official said.';
    const [q] = quoted(quotesOf(text));
    assert.strictEqual(q.speaker, null);
    assert.strictEqual(mentionText(text, q), 'a senior official');
  });

  it('reads dash bylines under reader quotes', function () {
    const text = '“He does not speak for me or for my family.” ― Maria Lopez';
    const [q] = quoted(quotesOf(text, [entity(text, 'lopez', 'PERSON', 'Maria Lopez')]));
    assert.strictEqual(q.speaker, 'lopez');
  });

  it('reads a headline speaker label and a trailing attribution of a quoted fragment', function () {
    const text = 'Pat Caddell: Voters Are Worried, It Is ‘in Their Heads.’\nA cashier who "steals a handful of bills" is held accountable, Warren said.';
    const qs = quoted(quotesOf(text));
    assert.deepStrictEqual(qs.map((q) => mentionText(text, q)), ['Pat Caddell', 'Warren']);
  });

  it('credits a quoted fragment to the owner of a statement noun ("Trump’s claim that …")', function () {
    const text = 'The site checked Donald Trump’s claim that there were “thousands of shootings” in the city.';
    const [q] = quoted(quotesOf(text, [entity(text, 'trump', 'PERSON', 'Donald Trump')]));
    assert.strictEqual(q.speaker, 'trump');
    assert.strictEqual(q.cue?.text, 'claim');
  });

  it('gives a cue-less quotation the person subject of the sentence before it', function () {
    const text = 'The crowd cheered as Jane Smith took the stage. Smith was defiant. "We will win this fight together."';
    const [q] = quoted(quotesOf(text, [entity(text, 'smith', 'PERSON', 'Jane Smith', 'Smith')]));
    assert.strictEqual(q.speaker, 'smith');
    assert.strictEqual(q.speakerMention?.start, text.indexOf('Smith was'));
  });

  it('splits a transcript at its speaker labels', function () {
    const text = '"WALLACE: Will she be there tomorrow night?\n\n"PENCE: She will not be attending the debate.';
    const qs = quoted(quotesOf(text));
    assert.deepStrictEqual(qs.map((q) => mentionText(text, q)), ['WALLACE', 'PENCE']);
  });
});

describe('quotes: reported speech', function () {
  it('takes the content after "stressed that" and "He stated that", resolving He', function () {
    const text = 'Macron stressed that the council is responsible. He stated that Iran must fulfil its commitments.';
    const macron = entity(text, 'macron', 'PERSON', 'Macron');
    const qs = quotesOf(text, [macron]);
    assert.deepStrictEqual(
      qs.map((q) => [q.kind, q.text, q.speaker, q.cue?.text]),
      [
        ['reported', 'the council is responsible', 'macron', 'stressed that'],
        ['reported', 'Iran must fulfil its commitments', 'macron', 'stated that'],
      ],
    );
  });

  it('takes the content before a trailing "…, Macron added."', function () {
    const text = 'The inspectors should be allowed to resume their work, Macron added.';
    const [q] = quotesOf(text, [entity(text, 'macron', 'PERSON', 'Macron')]);
    assert.strictEqual(q.kind, 'reported');
    assert.strictEqual(q.text, 'The inspectors should be allowed to resume their work');
    assert.strictEqual(q.cue?.text, 'added');
  });

  it('gives "adding that" the speaker of the main verb', function () {
    const text = '"Talks will go on," the Elysee said, adding that the leaders called for a ceasefire.';
    const elysee = entity(text, 'elysee', 'ORGANIZATION', 'Elysee');
    const qs = quotesOf(text, [elysee]);
    assert.deepStrictEqual(
      qs.map((q) => [q.kind, q.speaker]),
      [
        ['direct', 'elysee'],
        ['reported', 'elysee'],
      ],
    );
    assert.strictEqual(qs[1].text, 'the leaders called for a ceasefire');
    assert.strictEqual(qs[1].cue?.text, 'adding that');
  });

  it('reads "according to" before and after the content', function () {
    const text = 'According to the ministry, prices will rise next year. Exports fell sharply in May, according to Acme Corp.';
    const ministry = entity(text, 'ministry', 'ORGANIZATION', ['the ministry', 'nominal']);
    const acme = entity(text, 'acme', 'ORGANIZATION', 'Acme Corp');
    const qs = quotesOf(text, [ministry, acme]);
    assert.deepStrictEqual(
      qs.map((q) => [q.text, q.speaker, q.cue?.text.toLowerCase()]),
      [
        ['prices will rise next year', 'ministry', 'according to'],
        ['Exports fell sharply in May', 'acme', 'according to'],
      ],
    );
  });

  it('reads "X called for …" and "X said back then that …"', function () {
    const text = 'The president called for an immediate ceasefire in the region. Putin said back then that he had not been told.';
    const putin = entity(text, 'putin', 'PERSON', 'Putin');
    const qs = quotesOf(text, [putin]);
    const called = qs.find((q) => q.cue?.text === 'called for');
    assert.strictEqual(called?.text, 'an immediate ceasefire in the region');
    const said = qs.find((q) => q.speaker === 'putin');
    assert.strictEqual(said?.text, 'he had not been told');
    assert.strictEqual(said?.cue?.text, 'said');
  });

  it('does not report speech from a sentence without a cue', function () {
    const text = 'The two leaders spoke for more than two hours. Phone contacts were halted after the breach.';
    assert.deepStrictEqual(quotesOf(text), []);
  });
});

describe('quotes: any text', function () {
  it('returns exact, ordered, non-overlapping quotations whatever the marks (property)', function () {
    const pieces = ['"', '“', '”', "'", '‘', '’', '«', '»', "''", ' ', '\n', '\r\n', '\n\n', ', ', '. ', ': ', 'Smith', 'said',
      'he', 'added', 'that', 'the plan', 'was', 'good', "Iran's", 'according to', '🎉', 'Jones', '(R-Ohio)', '—'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join(parts.length % 2 ? ' ' : '');
        const smith = entity(text, 'smith', 'PERSON', 'Smith');
        const qs = quotesOf(text, [smith]);
        let lastQuoted = -1;
        for (const q of qs) {
          assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
          if (q.speakerMention) assert.ok(q.speakerMention.start >= 0 && q.speakerMention.end <= text.length);
          if (q.speaker) assert.strictEqual(q.speaker, 'smith');
          if (q.kind !== 'reported') {
            assert.ok(q.start >= lastQuoted, 'quotations do not overlap');
            lastQuoted = q.end;
          }
        }
        const reported = qs.filter((q) => q.kind === 'reported');
        for (const r of reported) for (const q of quoted(qs)) assert.ok(r.end <= q.start || r.start >= q.end, 'reported speech stays outside quotations');
      }),
      { numRuns: 300 },
    );
  });
});
