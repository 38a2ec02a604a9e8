import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SHARED_DIR } from '../../../../scripts/eval/paths';
import { analyzeArticle } from '../../../../src/core/analyze';
import { CHECKS, runChecks, type CheckCode, type CheckFinding } from '../../../../src/core/checks';
import { damerauLevenshtein } from '../../../../src/core/checks/editDistance';
import { transliterationKey, variantKind } from '../../../../src/core/checks/spellingVariant';

function findings(text: string, code: CheckCode, referenceDate?: string): CheckFinding[] {
  const annotation = analyzeArticle(text, referenceDate ? { referenceDate } : {});
  const all = runChecks(text, annotation);
  for (const f of all) {
    assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end, `bad span ${JSON.stringify(f)}`);
    for (const r of f.related) assert.ok(r.start >= 0 && r.end <= text.length && r.start < r.end, `bad related span ${JSON.stringify(r)}`);
  }
  return all.filter((f) => f.code === code);
}

const at = (text: string, f: CheckFinding) => text.slice(f.start, f.end);

describe("editor's checks", function () {
  this.timeout(60_000); // the first analysis loads the name tagger's model
  it('has one module per check with a unique stable code and setting', () => {
    assert.deepEqual(CHECKS.map((c) => c.code), [
      'weekday-date', 'unattributed-quote', 'spelling-variant', 'unbalanced-quote', 'vague-attribution', 'date-after-dateline',
    ]);
    assert.equal(new Set(CHECKS.map((c) => c.setting)).size, CHECKS.length);
  });

  describe('weekday-date', () => {
    it('flags a weekday that contradicts its date, saying which day it is', () => {
      const text = 'PARIS, July 1, 2025 (Reuters) - The talks resumed on Monday, July 2, 2025, officials in Paris confirmed.';
      const [f, ...rest] = findings(text, 'weekday-date');
      assert.ok(f, 'no finding');
      assert.equal(rest.length, 0);
      assert.match(at(text, f), /^Monday, July 2, 2025/);
      assert.match(f.message, /July 2, 2025 is a Wednesday, not a Monday/);
    });

    it('does not fire on "Monday, July 7, 2025", which is a Monday', () => {
      const text = 'PARIS, July 1, 2025 (Reuters) - The talks will resume on Monday, July 7, 2025, in Geneva.';
      assert.deepEqual(findings(text, 'weekday-date'), []);
    });

    it('flags "Tuesday, the 5th" when the 5th nearest the article date is no Tuesday, and points at the dateline', () => {
      const text = 'PARIS, July 1, 2025 (Reuters) - The vote is set for Tuesday, the 5th, the ministry said.';
      const [f] = findings(text, 'weekday-date');
      assert.ok(f, 'no finding');
      assert.equal(at(text, f), 'Tuesday, the 5th');
      assert.match(f.message, /July 5, 2025, a Saturday, not a Tuesday/);
      assert.equal(text.slice(f.related[0].start, f.related[0].end), 'July 1, 2025');
      assert.deepEqual(findings('PARIS, July 1, 2025 (Reuters) - The vote is set for Saturday, the 5th.', 'weekday-date'), []);
    });

    it('gives a year-less date the benefit of the year before or after', () => {
      // July 2 was a Monday in 2018 only; 2024 (Tuesday) and 2026 (Thursday) do not fit either: fires for 2025.
      const text = 'PARIS, July 1, 2025 (Reuters) - The talks took place on Monday, July 2, officials said.';
      assert.equal(findings(text, 'weekday-date').length, 1);
      // July 4 2024 was a Thursday: a story from 2025 looking back a year is not contradicted.
      assert.deepEqual(findings('PARIS, July 1, 2025 (Reuters) - It began on Thursday, July 4, officials said.', 'weekday-date'), []);
    });
  });

  describe('unattributed-quote', () => {
    it('flags a quotation whose only speaker is a pronoun with no one named before it', () => {
      const text = '"We will not give up on this agreement, whatever happens next week," he said on Tuesday.';
      const [f] = findings(text, 'unattributed-quote');
      assert.ok(f, 'no finding');
      assert.match(at(text, f), /^"We will not give up/);
      assert.match(f.message, /only to "he"/);
      assert.equal(text.slice(f.related[0].start, f.related[0].end), 'he');
    });

    it('flags a statement quoted with no speaker anywhere around it', () => {
      const text = 'The town was quiet on Sunday.\n\n"This will never happen again in our lifetime, not here and not anywhere."\n\nThe streets were empty.';
      const [f] = findings(text, 'unattributed-quote');
      assert.ok(f, 'no finding');
      assert.match(at(text, f), /^"This will never happen/);
    });

    it('does not fire when someone is named beside the quotation or it is introduced', () => {
      assert.deepEqual(findings('French President Emmanuel Macron met the press.\n"We will not give up on this agreement, whatever happens," he said.', 'unattributed-quote'), []);
      assert.deepEqual(findings('The statement was brief:\n\n"We will not give up on this agreement, whatever happens next week or after."', 'unattributed-quote'), []);
      assert.deepEqual(findings('Angela Merkel spoke first.\n\n"We will not give up on this agreement, whatever happens next week."', 'unattributed-quote'), []);
    });

    it('does not fire on a short title or scare quote', () => {
      assert.deepEqual(findings('The town was quiet.\n\nThe show "Saturday Night Live" returned.', 'unattributed-quote'), []);
    });
  });

  describe('spelling-variant', () => {
    it('flags a transliteration variant and names both spellings and where the other occurs', () => {
      const text = 'KYIV (Reuters) - Ukrainian President Volodymyr Zelensky met troops. Later Zelenskyy said the front was holding. Zelensky left.';
      const [f, ...rest] = findings(text, 'spelling-variant');
      assert.ok(f, 'no finding');
      assert.equal(rest.length, 0);
      assert.equal(at(text, f), 'Zelenskyy');
      assert.match(f.message, /"Zelenskyy" \(1×\) and "Volodymyr Zelensky"/);
      const related = f.related.map((r) => text.slice(r.start, r.end));
      assert.ok(related.includes('Volodymyr Zelensky'), related.join('|'));
    });

    it('flags a misspelling by one letter ("Macron" / "Macrom")', () => {
      const text = 'PARIS, July 1 (Reuters) - French President Emmanuel Macron spoke to reporters on Monday. Later, Macrom said the talks went well.';
      const [f] = findings(text, 'spelling-variant');
      assert.ok(f, 'no finding');
      assert.equal(at(text, f), 'Macrom');
    });

    it('does not fire for two different people named Johnson, or for plurals and derived forms', () => {
      assert.deepEqual(findings('LONDON (Reuters) - Boris Johnson met Dwayne Johnson in London on Monday. Johnson said it went well.', 'spelling-variant'), []);
      assert.deepEqual(findings('WASHINGTON (Reuters) - The Democrats met. The Democratic leader spoke. Republicans and the Republican senator left.', 'spelling-variant'), []);
      assert.equal(variantKind('Bush', "Bush's"), null);
      assert.equal(variantKind('Israel', 'Israeli'), null);
      assert.equal(variantKind('Christine', 'Christie'), null, 'two given names are two names');
      assert.equal(variantKind('Iran', 'Iraq'), null, 'too short to tell');
    });

    it('knows romanisations and edit distance', () => {
      assert.equal(variantKind('Zaporozhye', 'Zaporizhzhia'), 'transliteration');
      assert.equal(variantKind('Zelensky', 'Zelenskyy'), 'transliteration');
      assert.equal(variantKind('Macron', 'Macrom'), 'misspelling');
      assert.equal(transliterationKey('Khodorkovsky'), transliterationKey('Hodorkovskiy'));
      assert.equal(damerauLevenshtein('zelesnky', 'zelensky'), 1, 'a transposition costs one');
      assert.equal(damerauLevenshtein('kitten', 'sitting'), 3);
      assert.equal(damerauLevenshtein('abcdef', 'uvwxyz', 1), 2, 'stops past the limit');
    });
  });

  describe('unbalanced-quote', () => {
    it('does not fire on a quotation continued into the next paragraph (news style)', () => {
      const text = '"We will rebuild," she said. "It will take years.\n"But we will do it."\n';
      assert.deepEqual(findings(text, 'unbalanced-quote'), []);
    });

    it('flags an opening mark never closed, and a closing mark with no opening', () => {
      const text = 'She said "we will rebuild the town and the bridge.\nThe council met on Monday.\nThe mayor left." Then it rained.';
      const found = findings(text, 'unbalanced-quote');
      assert.equal(found.length, 2, JSON.stringify(found));
      assert.equal(found[0].start, text.indexOf('"we'));
      assert.match(found[0].message, /never closed/);
      assert.equal(found[1].start, text.indexOf('." Then') + 1);
      assert.match(found[1].message, /closes nothing/);
    });

    it('reports a quotation run into a paragraph that closes it without reopening once', () => {
      const text = '“The number one thing is unity.\n\nWe have not had it since 1988,” Viguerie says.';
      const found = findings(text, 'unbalanced-quote');
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.match(found[0].message, /does not open with a quotation mark/);
    });

    it('ignores inch marks, markup attributes and balanced curly quotes', () => {
      assert.deepEqual(findings('He is 6’2” tall and bought a 12" pipe.', 'unbalanced-quote'), []);
      assert.deepEqual(findings('<tweet author="@someone" date="2016">Great day</tweet>', 'unbalanced-quote'), []);
      assert.deepEqual(findings('“It is over,” she said, “for now.”', 'unbalanced-quote'), []);
    });
  });

  describe('vague-attribution', () => {
    it('flags anonymous sourcing as information', () => {
      const text = 'The deal is close, sources said. Officials say talks continue. According to reports, it is understood that a vote is near.';
      const found = findings(text, 'vague-attribution');
      assert.deepEqual(found.map((f) => at(text, f)), ['sources said', 'Officials say', 'According to reports', 'it is understood']);
      assert.ok(found.every((f) => f.severity === 'information'));
    });

    it('does not count a named source or words inside a quotation', () => {
      assert.deepEqual(findings('Foreign Minister Sergei Lavrov said the talks would continue.', 'vague-attribution'), []);
      assert.deepEqual(findings('"Some say, you know, that he is our man," Bennett said.', 'vague-attribution'), []);
    });
  });

  describe('date-after-dateline', () => {
    it("flags a past event dated after the article's date, with the dateline as related", () => {
      const text = 'PARIS, July 1, 2025 (Reuters) - The summit took place on September 30, 2025, in Geneva.';
      const [f] = findings(text, 'date-after-dateline');
      assert.ok(f, 'no finding');
      assert.equal(at(text, f), 'September 30, 2025');
      assert.match(f.message, /"took place on"/);
      assert.equal(text.slice(f.related[0].start, f.related[0].end), 'July 1, 2025');
    });

    it('does not fire on plans, on dates before the article or on years the analysis guessed', () => {
      assert.deepEqual(findings('PARIS, July 1, 2025 (Reuters) - The summit will be held on September 30, 2025.', 'date-after-dateline'), []);
      assert.deepEqual(findings('PARIS, July 1, 2025 (Reuters) - The summit took place on June 30, 2025.', 'date-after-dateline'), []);
      assert.deepEqual(findings('PARIS, July 1, 2025 (Reuters) - The process began in May and ended Monday.', 'date-after-dateline'), []);
    });
  });

  it('finds nothing in the seed article (a clean TASS story)', function () {
    const seed = path.join(SHARED_DIR, 'seeds', 'tass-macron-putin-call.txt');
    if (!fs.existsSync(seed)) this.skip();
    const text = fs.readFileSync(seed, 'utf8');
    assert.deepEqual(runChecks(text, analyzeArticle(text)).map((f) => `${f.code} ${text.slice(f.start, f.end)}`), []);
  });
});
