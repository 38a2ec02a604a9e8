/** Years in words, as in transcripts: "nineteen ninety-six" → 1996, "the year two thousand" → 2000. */
import { MONTH_RE, monthNumber } from '../../lang/en/calendarNames';
import { parseNumber } from '../../lang/en/timeWords';
import type { TemporalParser } from '../types';

const TEENS = String.raw`(?:nineteen|eighteen|twenty)`;
const TAIL = String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|oh[- ](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;

export const spelledYearParser: TemporalParser = {
  name: 'spelledYear',
  pattern: new RegExp(String.raw`\b(?:(${MONTH_RE}) )?(?:(the year )?(two thousand)(?:(?: and)? (one|two|three|four|five|six|seven|eight|nine|ten))?|(${TEENS})[- ](${TAIL}))\b`, 'gi'),
  // "September the year two " before "thousand".
  trigger: { words: ['thousand', 'nineteen', 'eighteen', 'twenty'], lead: 23 },
  extract(m) {
    let year: number;
    if (m[3]) {
      if (!m[2]) return null; // "two thousand" alone is usually a number
      year = 2000 + (m[4] ? parseNumber(m[4]) ?? 0 : 0);
    } else {
      const head = parseNumber(m[5]);
      const tail = parseNumber(m[6].replace(/^oh[- ]/i, ''));
      if (head === null || tail === null) return null;
      year = head * 100 + tail;
    }
    const month = m[1] ? monthNumber(m[1]) : null;
    const value = month ? `${year}-${String(month).padStart(2, '0')}` : String(year);
    return { start: m.index, end: m.index + m[0].length, type: 'DATE', value, parser: this.name, anchoring: 'absolute' };
  },
};
