import * as assert from 'assert';
import { segment, type NameSpan } from '../../../../src/core/document';
import { parseDateline } from '../../../../src/core/dateline';
import { buildEntities } from '../../../../src/core/entities';
import { tokenRange } from '../../../../src/core/entities/context';
import type { Entity, EntityType } from '../../../../src/core/types';

/** Tags the n-th (default first) occurrence of each phrase with a type, like a tagger would. */
function tag(text: string, spans: [string, EntityType, number?][]): NameSpan[] {
  const doc = segment(text);
  return spans
    .map(([phrase, type, nth = 1]) => {
      let at = -1;
      for (let k = 0; k < nth; k++) at = text.indexOf(phrase, at + 1);
      assert.ok(at >= 0, `"${phrase}" (#${nth}) not in the text`);
      return { start: at, end: at + phrase.length, type, ...tokenRange(doc.tokens, at, at + phrase.length)! };
    })
    .sort((a, b) => a.start - b.start);
}

function entitiesOf(text: string, spans: [string, EntityType, number?][]): Entity[] {
  return buildEntities(segment(text), tag(text, spans), parseDateline(text));
}

function find(entities: Entity[], name: string): Entity {
  const e = entities.find((x) => x.name === name);
  assert.ok(e, `no entity named ${name}; have ${entities.map((x) => x.name).join(', ')}`);
  return e;
}

const texts = (e: Entity) => e.mentions.map((m) => m.text);

describe('buildEntities', () => {
  it('gives every occurrence of a name the type most of its tagged occurrences have', () => {
    const text = 'Jordan met Smith. Later Jordan left. Jordan said no.';
    const entities = entitiesOf(text, [['Jordan', 'LOCATION', 1], ['Jordan', 'PERSON', 2], ['Jordan', 'PERSON', 3], ['Smith', 'PERSON']]);
    const jordan = entities.filter((e) => e.name === 'Jordan');
    assert.strictEqual(jordan.length, 1);
    assert.strictEqual(jordan[0].type, 'PERSON');
    assert.strictEqual(jordan[0].mentions.length, 3);
  });

  it('adds untagged repeats of a recognised name, token-bounded only', () => {
    const text = 'Kenya Airways flew. Officials in Kenya said Kenya would pay. Kenyans cheered.';
    const entities = entitiesOf(text, [['Kenya Airways', 'ORGANIZATION'], ['Kenya', 'LOCATION', 2]]);
    const kenya = find(entities, 'Kenya');
    assert.deepStrictEqual(texts(kenya), ['Kenya', 'Kenya']);
    // The "Kenya" inside "Kenya Airways" stays part of the airline.
    assert.deepStrictEqual(texts(find(entities, 'Kenya Airways')), ['Kenya Airways']);
  });

  it('joins a surname to the full name of a person, and the nearest earlier one when two share it', () => {
    const text = 'John Smith met Jane Smith. Smith said hello. Later John Smith left. Smith waved.';
    const entities = entitiesOf(text, [['John Smith', 'PERSON'], ['Jane Smith', 'PERSON'], ['John Smith', 'PERSON', 2]]);
    const john = find(entities, 'John Smith');
    const jane = find(entities, 'Jane Smith');
    const smithOffsets = (e: Entity) => e.mentions.filter((m) => m.text === 'Smith').map((m) => m.start);
    assert.deepStrictEqual(smithOffsets(jane), [text.indexOf('Smith said')]);
    assert.deepStrictEqual(smithOffsets(john), [text.indexOf('Smith waved')]);
  });

  it('joins the distinctive part of an organisation name and an acronym defined in brackets', () => {
    const text = 'The Elysee Palace said the World Health Organization (WHO) was right. The Elysee added that WHO staff and the organization agreed.';
    const entities = entitiesOf(text, [['Elysee Palace', 'ORGANIZATION'], ['World Health Organization', 'ORGANIZATION'], ['Elysee', 'PERSON', 2]]);
    const elysee = find(entities, 'Elysee Palace');
    assert.deepStrictEqual(texts(elysee), ['Elysee Palace', 'Elysee']);
    assert.strictEqual(elysee.type, 'ORGANIZATION');
    const who = find(entities, 'World Health Organization');
    assert.deepStrictEqual(texts(who), ['World Health Organization', 'WHO', 'WHO', 'the organization']);
  });

  it('joins an acronym that spells the initials of a long name used elsewhere', () => {
    const text = 'The United Nations met. Later the UN said it would vote.';
    const entities = entitiesOf(text, [['United Nations', 'ORGANIZATION'], ['UN', 'ORGANIZATION']]);
    assert.deepStrictEqual(texts(find(entities, 'United Nations')), ['United Nations', 'UN']);
  });

  it('resolves role nominals through titles, nationality and apposition, and leaves ambiguous ones alone', () => {
    const text =
      'German Chancellor Olaf Scholz called his Italian counterpart, Giorgia Meloni, on Monday. ' +
      'The German leader said the talks went well. The Italian prime minister agreed. ' +
      'The two leaders will meet again. The leader said nothing more.';
    const entities = entitiesOf(text, [['German', 'MISC'], ['Olaf Scholz', 'PERSON'], ['Italian', 'MISC'], ['Giorgia Meloni', 'PERSON']]);
    assert.deepStrictEqual(texts(find(entities, 'Olaf Scholz')), ['Olaf Scholz', 'The German leader']);
    assert.deepStrictEqual(texts(find(entities, 'Giorgia Meloni')), ['his Italian counterpart', 'Giorgia Meloni', 'The Italian prime minister']);
    // "The leader" fits both leaders: it joins neither. Plural "The two leaders" joins nothing.
    const all = entities.flatMap((e) => e.mentions.map((m) => m.text));
    assert.ok(!all.includes('The leader'));
    assert.ok(!all.some((m) => /leaders/.test(m)));
    assert.strictEqual(find(entities, 'Olaf Scholz').role, 'Chancellor of Germany');
    assert.strictEqual(find(entities, 'Giorgia Meloni').role, 'Prime Minister of Italy');
    const nominal = find(entities, 'Olaf Scholz').mentions.find((m) => m.text === 'The German leader');
    assert.strictEqual(nominal?.kind, 'nominal');
  });

  it('reads a role from an apposition and from an organisation before a title', () => {
    const text = 'Jen Psaki, a spokeswoman for the State Department, said the Pentagon agreed. Pentagon spokesman John Kirby did not comment.';
    const entities = entitiesOf(text, [['Jen Psaki', 'PERSON'], ['State Department', 'ORGANIZATION'], ['Pentagon', 'ORGANIZATION'], ['John Kirby', 'PERSON']]);
    assert.strictEqual(find(entities, 'Jen Psaki').role, 'Spokeswoman for State Department');
    assert.strictEqual(find(entities, 'John Kirby').role, 'Spokesman for Pentagon');
  });

  it('makes nationality adjectives MISC entities linked to their country, even when untagged', () => {
    const text = 'French officials met Russian diplomats in France. The French side spoke first.';
    const entities = entitiesOf(text, [['France', 'LOCATION']]);
    const french = find(entities, 'French');
    assert.strictEqual(french.type, 'MISC');
    assert.strictEqual(french.country, 'France');
    assert.strictEqual(french.refersTo, find(entities, 'France').id);
    assert.strictEqual(french.mentions.length, 2);
    assert.strictEqual(find(entities, 'Russian').country, 'Russia');
  });

  it('turns the dateline into a title-cased place and an agency', () => {
    const text = 'NEW YORK, March 3 (Reuters) - Stocks rose in New York on Monday.';
    const entities = entitiesOf(text, [['New York', 'LOCATION', 1]]);
    const ny = find(entities, 'New York');
    assert.strictEqual(ny.type, 'LOCATION');
    assert.deepStrictEqual(texts(ny), ['NEW YORK', 'New York']);
    assert.strictEqual(find(entities, 'Reuters').type, 'ORGANIZATION');
    const caps = buildEntities(segment('PARIS, July 1. /TASS/. Talks began.'), [], parseDateline('PARIS, July 1. /TASS/. Talks began.'));
    assert.strictEqual(find(caps, 'Paris').mentions[0].text, 'PARIS');
    assert.strictEqual(find(caps, 'TASS').type, 'ORGANIZATION');
  });

  it('gives unique readable ids, orders entities by first mention, and keeps mentions apart', () => {
    const text = 'Paris Hilton visited Paris. Hilton said Paris was lovely. Georgia the state and Georgia the country.';
    const entities = entitiesOf(text, [['Paris Hilton', 'PERSON'], ['Paris', 'LOCATION', 2], ['Georgia', 'LOCATION']]);
    const ids = entities.map((e) => e.id);
    assert.strictEqual(new Set(ids).size, ids.length);
    assert.ok(ids.every((id) => /^[a-z0-9-]+$/.test(id)), ids.join(' '));
    const firsts = entities.map((e) => e.mentions[0].start);
    assert.deepStrictEqual(firsts, [...firsts].sort((a, b) => a - b));
    for (const e of entities) {
      for (let i = 1; i < e.mentions.length; i++) assert.ok(e.mentions[i].start >= e.mentions[i - 1].end);
      for (const m of e.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
    }
    assert.deepStrictEqual(texts(find(entities, 'Paris Hilton')), ['Paris Hilton', 'Hilton']);
  });

  it('corrects a tagger type the head word contradicts', () => {
    const text = 'They signed the Paris Climate Accord near the Zaporozhye Nuclear Power Plant.';
    const entities = entitiesOf(text, [['Paris Climate Accord', 'ORGANIZATION'], ['Zaporozhye Nuclear Power Plant', 'PERSON']]);
    assert.strictEqual(find(entities, 'Paris Climate Accord').type, 'MISC');
    assert.strictEqual(find(entities, 'Zaporozhye Nuclear Power Plant').type, 'LOCATION');
  });

  it('repairs a name the tagger cut before its head noun or reduced to the head', () => {
    const text = 'Shelling near the Zaporozhye Nuclear Power Plant broke the Nuclear Non-Proliferation Treaty, officials said.';
    const entities = entitiesOf(text, [['Zaporozhye Nuclear Power', 'ORGANIZATION'], ['Treaty', 'ORGANIZATION']]);
    assert.strictEqual(find(entities, 'Zaporozhye Nuclear Power Plant').type, 'LOCATION');
    assert.strictEqual(find(entities, 'Nuclear Non-Proliferation Treaty').type, 'MISC');
  });

  it('survives out-of-range, overlapping and empty spans from a tagger', () => {
    const text = 'Angela Merkel spoke.';
    const doc = segment(text);
    const names: NameSpan[] = [
      { start: 0, end: 13, type: 'PERSON', tokenStart: 0, tokenEnd: 2 },
      { start: 7, end: 13, type: 'ORGANIZATION', tokenStart: 1, tokenEnd: 2 },
      { start: 15, end: 15, type: 'MISC', tokenStart: 2, tokenEnd: 2 },
      { start: 18, end: 500, type: 'LOCATION', tokenStart: 3, tokenEnd: 9 },
    ];
    const entities = buildEntities(doc, names, null);
    assert.deepStrictEqual(entities.map((e) => e.name), ['Angela Merkel']);
  });
});

describe('buildEntities: people who share a surname, and caseless text', () => {
  it('keeps a surname used long before a full name that contains it as its own person, by honorifics too', () => {
    const filler = ' The rally went on for hours and the crowd stayed late into the night.'.repeat(12);
    const text = `Mr. Obama spoke first.${filler} Mr. Obama thanked the first lady, Michelle Obama, for her help. Mr. Obama then left.`;
    const entities = entitiesOf(text, [['Obama', 'PERSON', 1], ['Obama', 'PERSON', 2], ['Michelle Obama', 'PERSON'], ['Obama', 'PERSON', 4]]);
    const michelle = find(entities, 'Michelle Obama');
    assert.deepStrictEqual(texts(michelle), ['Michelle Obama']);
    assert.strictEqual(find(entities, 'Obama').mentions.length, 3);
  });

  it('in all-capitals text keeps the tagger types and spreads no names', () => {
    const text = 'KENT BEAT ESSEX BY FIVE WICKETS AT CANTERBURY ON FRIDAY . KENT , WHO LEAD THE TABLE , PLAY IN KENT NEXT WEEK AND ESSEX TRAVEL NORTH .';
    const entities = entitiesOf(text, [['KENT', 'ORGANIZATION', 1], ['ESSEX', 'ORGANIZATION', 1], ['KENT', 'ORGANIZATION', 2], ['KENT', 'LOCATION', 3]]);
    const kents = entities.filter((e) => e.name === 'KENT').map((e) => `${e.type}:${e.mentions.length}`).sort();
    assert.deepStrictEqual(kents, ['LOCATION:1', 'ORGANIZATION:2']);
    // The second ESSEX was not tagged and is not added.
    assert.strictEqual(find(entities, 'ESSEX').mentions.length, 1);
  });
});

describe('buildEntities: boundary and type repairs from the name head and position', () => {
  it('takes the mid-sentence capitalised modifiers of a treaty or body the tagger cut short, never a sentence opener', () => {
    const text = 'Tehran must honour the Chemical Weapons Convention, officials said. The Commerce Department agreed.';
    const entities = entitiesOf(text, [['Weapons Convention', 'MISC'], ['Commerce Department', 'ORGANIZATION']]);
    assert.deepStrictEqual(texts(find(entities, 'Chemical Weapons Convention')), ['Chemical Weapons Convention']);
    assert.deepStrictEqual(texts(find(entities, 'Commerce Department')), ['Commerce Department']);
  });

  it('reads a one-word MISC name standing alone after a locative preposition as a place, but not a nationality or language', () => {
    const text = 'Shelling hit villages in Kurdistan and refugees fled from Sindh, reports in Arabic said, citing Kurdish officials from Iraq.';
    const entities = entitiesOf(text, [['Kurdistan', 'MISC'], ['Sindh', 'MISC'], ['Arabic', 'MISC'], ['Kurdish', 'MISC'], ['Iraq', 'LOCATION']]);
    assert.strictEqual(find(entities, 'Kurdistan').type, 'LOCATION');
    assert.strictEqual(find(entities, 'Sindh').type, 'LOCATION');
    assert.strictEqual(find(entities, 'Arabic').type, 'MISC');
    assert.strictEqual(find(entities, 'Kurdish').type, 'MISC');
  });
});

describe('entities: treaties and laws no tagger saw', function () {
  it('a mid-sentence capitalised run ending in an instrument head is a MISC name; a headline run or a bare head is not', function () {
    const text = 'Iran must honour the Nuclear Non-Proliferation Treaty, and Congress passed the Affordable Care Act.\nLeaders Sign Trade Agreement\nThey signed the agreement and the Treaty.';
    const misc = entitiesOf(text, [['Iran', 'LOCATION'], ['Congress', 'ORGANIZATION']]).filter((e) => e.type === 'MISC').map((e) => e.name).sort();
    assert.deepStrictEqual(misc, ['Affordable Care Act', 'Nuclear Non-Proliferation Treaty']);
  });
});
