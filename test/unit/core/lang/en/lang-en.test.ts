/** The English language data in core/lang/en/: the honorific and verb sets the stages compose from one list of each kind. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../../../../../scripts/eval/paths';
import * as ts from 'typescript';
import {
  COURTESY_TITLES, DOTTED_TITLES, FEMALE_COURTESY_TITLES, FEMALE_ROYAL_TITLES, MALE_COURTESY_TITLES, MALE_ROYAL_TITLES,
  TITLES_APART_FROM_NAME, TITLES_BEFORE_FIRST_NAME, titlePattern,
} from '../../../../../src/core/lang/en/honorifics';
import { genderOfName } from '../../../../../src/core/lang/en/gender';
import { segment } from '../../../../../src/core/document';
import { PAST_REPORTING_VERBS, PAST_VERBS_OF_TENSE } from '../../../../../src/core/lang/en/pastVerbs';
import { IRREGULAR_FORMS, MINED_FORMS_NOT_SPEECH, PARTICIPLES_NOT_CUES, PLURAL_NOUNS_NOT_CUES, SPEECH_VERBS } from '../../../../../src/core/lang/en/speechVerbs';
import { isCueWord } from '../../../../../src/core/quotes/cues';
import { makeTense } from '../../../../../src/core/temporal/tense';
import { CHECKS_WEEKDAY, MONTH_NAMES, MONTH_RE, monthNumber, WEEKDAY_NAMES, WEEKDAY_RE, WEEKDAYS, weekdayOfWord } from '../../../../../src/core/lang/en/calendarNames';

const capitalised = (word: string) => word[0].toUpperCase() + word.slice(1);

describe('lang/en honorifics', () => {
  it('titlePattern matches a whole title, with the dot optional or required, in any case or as capitalised', () => {
    const optional = titlePattern(['mr', 'dame'], 'optional');
    for (const word of ['Mr', 'Mr.', 'MR', 'mr.', 'Dame']) assert.ok(optional.test(word), word);
    for (const word of ['Mrs', 'Mr..', 'Mister', 'xmr', 'Dames']) assert.ok(!optional.test(word), word);
    const required = titlePattern(['sen'], 'required');
    assert.ok(required.test('Sen.') && !required.test('Sen'));
    const written = titlePattern(['mr'], 'optional', true);
    assert.ok(written.test('Mr.') && !written.test('MR') && !written.test('mr'));
  });

  it('keeps the dot of every dotted title in one token, and no sentence ends there', () => {
    for (const title of DOTTED_TITLES) {
      const text = `Yesterday ${capitalised(title)}. Warren said the talks would resume.`;
      const doc = segment(text);
      assert.ok(doc.tokens.some((t) => t.text === `${capitalised(title)}.`), `"${title}." is one token`);
      assert.strictEqual(doc.sentences.length, 1, `"${title}." ends no sentence`);
    }
  });

  it('tells a gender from every courtesy and royal title, and skips the other titles to the first name', () => {
    for (const title of [...FEMALE_COURTESY_TITLES, ...FEMALE_ROYAL_TITLES]) assert.strictEqual(genderOfName(`${capitalised(title)} Smith`), 'female', title);
    for (const title of [...MALE_COURTESY_TITLES, ...MALE_ROYAL_TITLES]) assert.strictEqual(genderOfName(`${capitalised(title)} Smith`), 'male', title);
    const gendered = new Set([...COURTESY_TITLES, ...FEMALE_ROYAL_TITLES, ...MALE_ROYAL_TITLES]);
    const neutral = TITLES_BEFORE_FIRST_NAME.filter((title) => !gendered.has(title));
    assert.ok(neutral.includes('sen') && neutral.includes('president'));
    for (const title of neutral) {
      assert.strictEqual(genderOfName(`${capitalised(title)}. Mary Smith`), 'female', title);
      assert.strictEqual(genderOfName(`${capitalised(title)} John Smith`), 'male', title);
    }
  });

  it('composes each stage\'s set from the shared lists (no title is spelt twice inside a set)', () => {
    for (const [name, set] of Object.entries({ COURTESY_TITLES, DOTTED_TITLES, TITLES_APART_FROM_NAME, TITLES_BEFORE_FIRST_NAME })) {
      assert.strictEqual(new Set(set).size, set.length, name);
      for (const word of set) assert.match(word, /^[a-z]+$/, `${name}: "${word}" is lower case without a dot`);
    }
  });
});

describe('lang/en verbs', () => {
  it('makes every listed form of a speech verb a cue, past the base form', () => {
    for (const lemma of SPEECH_VERBS) {
      const forms = IRREGULAR_FORMS[lemma];
      if (!forms) continue;
      for (const form of forms) if (form !== lemma && !PARTICIPLES_NOT_CUES.includes(form)) assert.ok(isCueWord(form), form);
    }
    assert.ok(isCueWord('said') && isCueWord('stressed') && isCueWord('tweeted'));
  });

  it('keeps the nouns, adjectives and non-speech forms out of the cues', () => {
    for (const form of [...PLURAL_NOUNS_NOT_CUES, ...PARTICIPLES_NOT_CUES]) assert.ok(!isCueWord(form), form);
    for (const form of MINED_FORMS_NOT_SPEECH) if (!form.includes(' ')) assert.ok(!isCueWord(form), form);
  });

  it('reads a clause with a past reporting verb after its future cue as past (tense), and one without as future', () => {
    assert.ok(PAST_REPORTING_VERBS.every((verb) => PAST_VERBS_OF_TENSE.includes(verb)));
    const tenseOfFriday = (verb: string) => {
      const text = `Talks will resume, officials ${verb} Friday.`;
      return makeTense(segment(text)).tenseAt(text.indexOf('Friday'));
    };
    for (const verb of PAST_VERBS_OF_TENSE) assert.strictEqual(tenseOfFriday(verb), 'past', verb);
    assert.strictEqual(tenseOfFriday('hope'), 'future');
  });
});

describe('lang/en calendar names', () => {
  it('gives every full month and weekday name the number of its place in the list, in every pattern', () => {
    MONTH_NAMES.forEach((name, i) => {
      assert.strictEqual(monthNumber(name), i + 1, name);
      assert.match(name, new RegExp(`^${MONTH_RE}$`), name);
    });
    WEEKDAY_NAMES.forEach((name, i) => {
      assert.strictEqual(WEEKDAYS[name.toLowerCase()], i + 1, name);
      assert.strictEqual(weekdayOfWord(name), i + 1, name);
      assert.match(name, new RegExp(`^${WEEKDAY_RE}$`), name);
      assert.match(` ${name} `, CHECKS_WEEKDAY, name);
    });
  });
});

describe('lang/en is a leaf', () => {
  it('imports no stage: only its own files and the data packages', () => {
    const room = path.join(REPO_ROOT, 'src', 'core', 'lang');
    const files = fs.readdirSync(path.join(room, 'en')).filter((name) => name.endsWith('.ts')).map((name) => path.join(room, 'en', name));
    assert.ok(files.length >= 8, `only ${files.length} files in lang/en`);
    const outside: string[] = [];
    for (const file of files) {
      for (const { fileName: spec } of ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles) {
        if (spec.startsWith('.') && !path.resolve(path.dirname(file), spec).startsWith(room + path.sep)) outside.push(`${path.basename(file)}: ${spec}`);
      }
    }
    assert.deepStrictEqual(outside, []);
  });
});
