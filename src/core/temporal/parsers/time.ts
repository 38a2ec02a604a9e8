/**
 * Clock times: "3 p.m.", "10:35 a.m.", "3 p.m. EST", "15:30 GMT", "at 10:30", "noon", "midnight". The value is the
 * reference day at that time (TimeML writes the clock time as read, without converting the zone); the zone,
 * when written, is kept in the span and reported in `zone`.
 */
import { formatDay, pad } from '../calendar';
import type { TimexCandidate, TemporalParser } from '../types';

export const ZONE_RE = String.raw`(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|JST|IST|AEST|AEDT|HKT|SGT|Z)`;

export const clockTimeParser: TemporalParser = {
  name: 'clockTime',
  pattern: new RegExp(
    String.raw`\b(?:(\d{1,2})(?:[:.](\d{2}))? ?([ap])\.?m\b\.?|(\d{1,2}):(\d{2})(?:(?= ?(?:${ZONE_RE}|h|hrs|local time)\b)|(?<=\b(?:at|by|until|till|before|after|from|around|about) \d{1,2}:\d{2})(?![:.,]?\d))|(noon|midnight|midday))(?: (${ZONE_RE})\b)?(?: \((${ZONE_RE})\))?`, 'gi'),
  extract(m, ctx): TimexCandidate | null {
    let hour: number;
    let minute = 0;
    if (m[6]) {
      const w = m[6].toLowerCase();
      // "High Noon" (the film), "high noon" (the showdown): an idiom, not a clock time.
      if (w === 'noon' && /\bhigh\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return null;
      hour = w === 'midnight' ? 0 : 12;
    } else if (m[3]) {
      hour = +m[1];
      minute = m[2] ? +m[2] : 0;
      if (hour < 1 || hour > 12 || minute > 59) return null;
      const pm = m[3].toLowerCase() === 'p';
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
    } else {
      hour = +m[4];
      minute = +m[5];
      if (hour > 23 || minute > 59) return null;
    }
    const end = m.index + m[0].length;
    const day = ctx.ref ? formatDay(ctx.ref) : 'XXXX-XX-XX';
    const candidate: TimexCandidate = {
      start: m.index, end, type: 'TIME', value: day === null ? null : `${day}T${pad(hour)}:${pad(minute)}`, parser: this.name, anchoring: 'relative',
    };
    const zone = m[7] ?? m[8];
    if (zone) candidate.zone = zone.toUpperCase();
    return candidate;
  },
};

const HOUR_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/**
 * "4 in the morning", "ten o'clock at night", "5 in the afternoon": an hour with the part of the day for a.m./p.m.
 * Named like the clock-time parser so that the same refiners give it its day.
 */
export const hourOfPartOfDayParser: TemporalParser = {
  name: 'clockTime',
  pattern: /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o['’]clock)? (in the (?:morning|afternoon|evening)|at night)\b/gi,
  // "eleven o'clock in the " before the part of the day.
  trigger: { words: ['morning', 'afternoon', 'evening', 'night'], lead: 22 },
  extract(m, ctx): TimexCandidate | null {
    let hour = /^\d+$/.test(m[1]) ? +m[1] : HOUR_WORDS[m[1].toLowerCase()];
    if (hour < 1 || hour > 12) return null;
    const part = m[2].toLowerCase();
    const pm = /afternoon|evening/.test(part) || (part === 'at night' && hour >= 6 && hour < 12);
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12 && /morning|night/.test(part)) hour = 0;
    const day = ctx.ref ? formatDay(ctx.ref) : 'XXXX-XX-XX';
    return { start: m.index, end: m.index + m[0].length, type: 'TIME', value: day === null ? null : `${day}T${pad(hour)}:00`, parser: this.name, anchoring: 'relative' };
  },
};
