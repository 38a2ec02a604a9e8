/**
 * A short made-up article the worker analyses once while it has nothing else to do, so the first real article does
 * not pay for the analyser's first run (compiling its code paths, building its lazily made tables: about half a
 * second on top of the warm time). It touches each stage: a dateline, people with titles, an organisation, places,
 * a nationality, absolute and relative dates, a duration, and direct, partial and reported speech.
 */
export const WARM_UP_ARTICLE = [
  'LISBON, March 4 (Reuters) - Portuguese Prime Minister Ana Ferreira met European Commission President Jonas Weber in',
  'Lisbon on Tuesday, two days after the talks in Madrid, her office said.',
  '',
  '"We agreed on the next steps," Ferreira told reporters, adding that the French and German leaders would join them',
  'in May 2026. Weber said the plan was "a good start" and that it would take three years.',
  '',
  'According to the United Nations, the meeting on September 22, 2025 had been postponed for a week.',
].join('\n');
