import * as assert from 'assert';
import { resolveIdentities, type IdentityInput } from '../../../../src/core/story/identity';
import { nameKey, personTokens } from '../../../../src/core/story/names';

/** One per-article entity; `article` numbers which article it comes from. */
function person(article: number, name: string, ...aliases: string[]): IdentityInput {
  return { type: 'PERSON', name, aliases: [name, ...aliases], mentionCount: 1 + aliases.length, article };
}
function other(article: number, type: IdentityInput['type'], name: string, ...aliases: string[]): IdentityInput {
  return { type, name, aliases: [name, ...aliases], mentionCount: 1 + aliases.length, article };
}

/** The rows as sorted lists of member names, so a test reads as the expected grouping. */
function rows(inputs: IdentityInput[]): string[][] {
  return resolveIdentities(inputs)
    .map((g) => g.members.map((m) => `${inputs[m].article}:${inputs[m].name}`).sort())
    .sort((a, b) => a[0].localeCompare(b[0]));
}

describe('story identity across articles', () => {
  describe('must join', () => {
    it('a bare surname with the one full name that has it ("Macron" → "Emmanuel Macron")', () => {
      const inputs = [person(0, 'Emmanuel Macron', 'Macron'), person(1, 'Macron'), person(2, 'Macron')];
      assert.deepStrictEqual(rows(inputs), [['0:Emmanuel Macron', '1:Macron', '2:Macron']]);
      const [group] = resolveIdentities(inputs);
      assert.strictEqual(group.name, 'Emmanuel Macron');
      assert.strictEqual(group.ambiguity, undefined);
    });

    it('the same full name whatever the accents, case, titles and suffixes', () => {
      const inputs = [
        person(0, 'Emmanuel Macron'),
        person(1, 'EMMANUEL MACRON'),
        person(2, 'President Emmanuel Macron'),
        person(3, 'Martin Luther King Jr.'),
        person(4, 'Martin Luther King'),
        person(5, 'José Bové'),
        person(6, 'Jose Bove'),
      ];
      assert.deepStrictEqual(rows(inputs), [
        ['0:Emmanuel Macron', '1:EMMANUEL MACRON', '2:President Emmanuel Macron'],
        ['3:Martin Luther King Jr.', '4:Martin Luther King'],
        ['5:José Bové', '6:Jose Bove'],
      ]);
    });

    it('a longer full name with its first-and-last form when it is the only longer one', () => {
      assert.deepStrictEqual(rows([person(0, 'Emmanuel Jean-Michel Macron'), person(1, 'Emmanuel Macron'), person(2, 'Macron')]), [
        ['0:Emmanuel Jean-Michel Macron', '1:Emmanuel Macron', '2:Macron'],
      ]);
    });

    it('a surname in a title-led name ("President Macron") with the full name', () => {
      assert.deepStrictEqual(rows([person(0, 'Emmanuel Macron'), person(1, 'President Macron')]), [['0:Emmanuel Macron', '1:President Macron']]);
    });

    it('a bare surname that no full name has with the other bare mentions of it', () => {
      assert.deepStrictEqual(rows([person(0, 'Lula'), person(1, 'Lula')]), [['0:Lula', '1:Lula']]);
    });

    it('organisations and places by name, whatever type each article gave them, and through a unique alias', () => {
      const inputs = [
        other(0, 'ORGANIZATION', 'Kremlin'),
        other(1, 'LOCATION', 'Kremlin'),
        other(2, 'ORGANIZATION', 'United Nations', 'UN'),
        other(3, 'ORGANIZATION', 'UN'),
        other(4, 'ORGANIZATION', 'Élysée Palace', 'Elysee'),
        other(5, 'ORGANIZATION', 'Elysee Palace'),
      ];
      assert.deepStrictEqual(rows(inputs), [['0:Kremlin', '1:Kremlin'], ['2:United Nations', '3:UN'], ['4:Élysée Palace', '5:Elysee Palace']]);
      const kremlin = resolveIdentities(inputs).find((g) => g.name === 'Kremlin')!;
      assert.strictEqual(kremlin.aliases.length, 1, 'one alias for the same spelling');
    });
  });

  describe('must not join', () => {
    it('two different Johnsons, and a bare "Johnson" stays apart from both, flagged ambiguous', () => {
      const inputs = [person(0, 'Boris Johnson', 'Johnson'), person(1, 'Lyndon Johnson'), person(2, 'Johnson')];
      assert.deepStrictEqual(rows(inputs), [['0:Boris Johnson'], ['1:Lyndon Johnson'], ['2:Johnson']]);
      const groups = resolveIdentities(inputs);
      const bare = groups.find((g) => g.name === 'Johnson')!;
      assert.deepStrictEqual(bare.ambiguity, { kind: 'surname', surname: 'Johnson', candidates: ['Boris Johnson', 'Lyndon Johnson'] });
      const boris = groups.find((g) => g.name === 'Boris Johnson')!;
      assert.deepStrictEqual(boris.ambiguity, { kind: 'sharedSurname', surname: 'Johnson', others: ['Lyndon Johnson'] });
    });

    it('a bare surname that was unambiguous becomes ambiguous when a second person with it arrives', () => {
      assert.deepStrictEqual(rows([person(0, 'Boris Johnson'), person(1, 'Johnson')]), [['0:Boris Johnson', '1:Johnson']]);
      assert.deepStrictEqual(rows([person(0, 'Boris Johnson'), person(1, 'Johnson'), person(2, 'Lyndon Johnson')]), [
        ['0:Boris Johnson'],
        ['1:Johnson'],
        ['2:Lyndon Johnson'],
      ]);
    });

    it('two longer names with the same first and last word, and their short form is ambiguous', () => {
      const inputs = [person(0, 'George H. W. Bush'), person(1, 'George W. Bush'), person(2, 'George Bush')];
      assert.deepStrictEqual(rows(inputs), [['0:George H. W. Bush'], ['1:George W. Bush'], ['2:George Bush']]);
      assert.strictEqual(resolveIdentities(inputs).find((g) => g.name === 'George Bush')!.ambiguity?.kind, 'surname');
    });

    it('people who share only a first name', () => {
      assert.deepStrictEqual(rows([person(0, 'Emmanuel Macron'), person(1, 'Emmanuel Todd'), person(2, 'Emmanuel')]), [
        ['0:Emmanuel Macron'],
        ['1:Emmanuel Todd'],
        ['2:Emmanuel'],
      ]);
    });

    it('a person and a place with the same word ("Washington" the city, "George Washington")', () => {
      assert.deepStrictEqual(rows([person(0, 'George Washington'), other(1, 'LOCATION', 'Washington')]), [['0:George Washington'], ['1:Washington']]);
    });

    it('an alias two names share ("UN" of both the United Nations and the UN Security Council) joins neither', () => {
      const inputs = [
        other(0, 'ORGANIZATION', 'United Nations', 'UN'),
        other(1, 'ORGANIZATION', 'UN Security Council', 'UN'),
        other(2, 'ORGANIZATION', 'UN'),
      ];
      assert.deepStrictEqual(rows(inputs), [['0:United Nations'], ['1:UN Security Council'], ['2:UN']]);
    });
  });

  it('keys are unique even when a person and a place have the same name', () => {
    const keys = resolveIdentities([person(0, 'Jordan'), other(1, 'LOCATION', 'Jordan')]).map((g) => g.key);
    assert.strictEqual(new Set(keys).size, 2);
  });

  it('normalises names for keys', () => {
    assert.strictEqual(nameKey('O’Brien'), nameKey("O'Brien"));
    assert.strictEqual(nameKey('Élysée'), 'elysee');
    assert.deepStrictEqual(personTokens('Mr. John Smith Jr.'), ['john', 'smith']);
    assert.deepStrictEqual(personTokens('President'), ['president'], 'a title alone is still a name');
  });
});
