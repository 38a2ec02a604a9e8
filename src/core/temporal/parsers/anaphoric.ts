/**
 * Anaphoric references to a time already named: "back then", "at the time", "at that time", "that day",
 * "the same day", "that year". Their value is filled by the anaphora refiner from the latest date before them.
 */
import type { TemporalParser } from '../types';

export const anaphoricParser: TemporalParser = {
  name: 'anaphoric',
  pattern: /\b(?:back then|(?:earlier|later) that (?:day|week|month|year)|that (?:same )?(?:day|week|month|year)|the same (?:day|week|month|year))\b/gi,
  extract(m) {
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'XXXX', parser: this.name, anchoring: 'anaphoric', anaphoric: true,
    };
  },
};
