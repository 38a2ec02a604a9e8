/**
 * Vague references to the present, past and future (TimeML PRESENT_REF / PAST_REF / FUTURE_REF): "now",
 * "currently", "current", "at present", "recently", "in the past", "previously", "the future", "in the near
 * future", "soon", "the near term", "the coming months".
 */
import type { TimexCandidate, TemporalParser } from '../types';

type Ref = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

const WORDS: Array<[RegExp, Ref]> = [
  [/^(?:right )?now$|^currently$|^current$|^at present$|^presently$|^nowadays$|^these days$|^at the moment$|^today['’]s$/i, 'PRESENT_REF'],
  [/^recently$|^lately$|^the past$|^in the past$|^recent (?:days|weeks|months|years|decades|quarters)$/i, 'PAST_REF'],
  [/future$|^soon$|^the (?:near|short)[- ]term$|^(?:the )?coming (?:days|weeks|months|years)$|^a later date$|^the days ahead$|^the weeks ahead$|^the months ahead$|^the years ahead$/i, 'FUTURE_REF'],
];

export const vagueParser: TemporalParser = {
  name: 'vague',
  // The idiom "in the near future" keeps its "in" (as annotated); a plain "the future"/"the past" does not.
  pattern: /\b(?:in the (?:near|not-too-distant|not too distant|foreseeable|immediate) future|(?:the )?(?:near |distant |foreseeable |immediate )?future\b(?! (?:of|for)\b)|right now|now\b|currently|current(?= \p{Ll})|at present|presently|nowadays|these days|at the moment|recently|recent (?:days|weeks|months|years|decades|quarters)|lately|in the past|the past(?! (?:\d|two|three|four|five|six|seven|eight|nine|ten|few|several|year|month|week|day|decade|century|quarter|hour|months|weeks|years|days|decades)\b)|soon\b(?! as\b)|the (?:near|short)[- ]term|(?:the )?coming (?:days|weeks|months|years)|a later date|the (?:days|weeks|months|years) ahead)\b/giu,
  // The longest run before a trigger word: "in the not-too-distant " before "future".
  trigger: {
    words: [
      'future', 'now', 'currently', 'current', 'present', 'presently', 'nowadays', 'days', 'moment', 'recently', 'recent',
      'lately', 'past', 'soon', 'term', 'coming', 'date', 'ahead',
    ],
    lead: 23,
  },
  extract(m, ctx): TimexCandidate | null {
    const text = m[0];
    const lower = text.toLowerCase();
    // "future" as an adjective ("future generations") and "current" as a noun ("an electric current") are not times.
    if (/^(?:near |distant )?future$/i.test(text)) {
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (!/\b(?:the|in|of|for|about)\s+$/i.test(before)) return null;
    }
    if (/^future$/i.test(text) && /^\s+\p{Ll}/u.test(ctx.text.slice(m.index + 6, m.index + 8))) return null;
    if (lower === 'soon') {
      // "soon after the war", "the trickle soon became a flood", "he was soon released": soon after a past event,
      // not the future seen from now.
      const after = ctx.text.slice(m.index + 4, m.index + 30);
      const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
      if (/^\s+(?:after|afterwards?|thereafter|became|began|came|went|found|left|took|got|made|fell|rose|\p{Ll}+ed)\b/u.test(after) ||
          /\b(?:was|were|had|had been)\s+$/i.test(before)) return null;
    }
    if (lower === 'in the past') {
      // TimeML leaves the preposition out of "in the past".
      return { start: m.index + 3, end: m.index + text.length, type: 'DATE', value: 'PAST_REF', parser: this.name, anchoring: 'vague' };
    }
    if (lower === 'now' && /^\s*on\b/i.test(ctx.text.slice(m.index + 3, m.index + 10))) {
      // "from now on" still means the present.
    }
    // "recent weeks", "the coming months", "the weeks ahead": a stretch of unstated length, as the duration parser
    // values it (PXW, PXM).
    const stretch = /^(?:recent|(?:the )?coming) (day|week|month|year|decade|quarter)s$|^the (day|week|month|year)s ahead$/i.exec(text);
    if (stretch) {
      const unit = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'E', quarter: 'Q' }[(stretch[1] ?? stretch[2]).toLowerCase()];
      return { start: m.index, end: m.index + text.length, type: 'DURATION', value: `PX${unit}`, parser: this.name, anchoring: 'vague' };
    }
    for (const [pattern, ref] of WORDS) {
      if (pattern.test(text)) return { start: m.index, end: m.index + text.length, type: 'DATE', value: ref, parser: this.name, anchoring: 'vague' };
    }
    return null;
  },
};
