/**
 * Anaphoric references to a time already named: "back then", "at the time", "at that time", "that day",
 * "the same day", "that year". Their value is filled by the anaphora refiner from the latest date before them.
 */
import type { TemporalParser } from '../types';

export const anaphoricParser: TemporalParser = {
  name: 'anaphoric',
  pattern: /\b(?:back then|(?:earlier|later) that (?:day|week|month|year)|that (?:same )?(?:day|week|month|year)|the same (?:day|week|month|year))\b/gi,
  // "earlier that " before the unit.
  trigger: { words: ['then', 'day', 'week', 'month', 'year'], lead: 13 },
  extract(m) {
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'XXXX', parser: this.name, anchoring: 'anaphoric', anaphoric: true,
    };
  },
};

/**
 * "in the weeks before the shooting", "the days after the vote": a stretch of days or weeks next to an event,
 * which TimeML annotates as a DATE (the word alone, "the [weeks] before") valued by the event's time; the month
 * of the latest date written before it stands in for the event's.
 */
export const eventNeighbourhoodParser: TemporalParser = {
  name: 'eventNeighbourhood',
  pattern: /\b(?<=the )(days|weeks)(?= (?:before|after|leading up to|preceding|following) )/gi,
  trigger: { words: ['days', 'weeks'], lead: 0 },
  extract(m) {
    return {
      start: m.index, end: m.index + m[0].length, type: 'DATE', value: 'XXXX-XX', parser: this.name, anchoring: 'anaphoric',
      relativeToAntecedent: { unit: 'M', shift: 0 },
    };
  },
};
