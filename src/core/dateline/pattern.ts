/** The shape of a dateline, as one anchored regular expression with named parts; it never spans a line break. */
import type { Span } from '../types';
import type { DatelineParse } from './index';
import { isPartyAffiliation } from '../text/partyAffiliation';
import { DATELINE_MONTH_RE, DATELINE_WEEKDAY_RE } from '../lang/en/calendarNames';

const MONTH = DATELINE_MONTH_RE;
const WEEKDAY = DATELINE_WEEKDAY_RE;
/** "July 1", "Dec. 5", "March 3, 2024", "1 July 2024", "Monday", "1996-08-30". */
const DATE =
  String.raw`(?:\d{4}-\d{2}-\d{2}|${MONTH}[^\S\r\n]+\d{1,2}(?:st|nd|rd|th)?(?:,?[^\S\r\n]+\d{4})?|\d{1,2}[^\S\r\n]+${MONTH}(?:[^\S\r\n]+\d{4})?|` +
  String.raw`${WEEKDAY}(?:,?[^\S\r\n]+${MONTH}[^\S\r\n]+\d{1,2}(?:,?[^\S\r\n]+\d{4})?)?)`;
/** An ALL-CAPS place: "PARIS", "NEW YORK", "ST. LOUIS", "UNITED NATIONS", "RIO DE JANEIRO", "N'DJAMENA". */
const CAPS_WORD = String.raw`\p{Lu}(?:[\p{Lu}'’]|[.\-](?=[^\S\r\n]?\p{Lu}))*(?![\p{L}\p{N}])`;
const CAPS_PLACE = String.raw`${CAPS_WORD}(?:[^\S\r\n](?:${CAPS_WORD}|(?:de|da|do|del|la|el|al|es)(?=[^\S\r\n]\p{Lu})))*`;
/** A place in title case, only accepted when an agency follows: "Washington (AFP) –". */
const TITLE_PLACE = String.raw`\p{Lu}[\p{Ll}'’.\-]+(?:[^\S\r\n]\p{Lu}[\p{L}'’.\-]*){0,3}`;
/** "Lebanon", "Calif.", "Ukraine", "N.Y." after the place. */
const REGION = String.raw`\p{Lu}[\p{L}'’.\-]*(?:[^\S\r\n]\p{Lu}[\p{L}'’.\-]*){0,2}`;
/** "(Reuters)", "(AP)", "/TASS/", "/PRNewswire/", "(Xinhua)", "(AFP)". */
const AGENCY = String.raw`(?:\((?<agency1>\p{Lu}[\p{L}\p{N}&.\- ]{0,40}?)\)|\/(?<agency2>\p{Lu}[\p{L}\p{N}&.\- ]{0,40}?)\/)`;
/** What ends the dateline: a dash, a colon or the full stop after a date or an agency. */
const SEPARATOR = String.raw`(?:[^\S\r\n]*(?:--|—|–|-)(?!\p{L})|\.)`;

function build(place: string): RegExp {
  return new RegExp(
    String.raw`(?<place>${place})` +
      String.raw`(?:[^\S\r\n]?,[^\S\r\n]*(?!(?:${MONTH}|${WEEKDAY})(?![\p{L}]))(?<region>${REGION}))?` +
      String.raw`(?:,?[^\S\r\n]+(?<date>${DATE}))?` +
      String.raw`(?<datestop>\.)?` +
      String.raw`(?:[^\S\r\n]*${AGENCY})?` +
      String.raw`(?<sep>${SEPARATOR})?(?![\p{L}\p{N}])`,
    'uy',
  );
}

const CAPS_PATTERN = build(CAPS_PLACE);
const TITLE_PATTERN = build(TITLE_PLACE);

interface Groups {
  place?: string;
  region?: string;
  date?: string;
  datestop?: string;
  agency1?: string;
  agency2?: string;
  sep?: string;
}

/** The indices of named groups are not exposed without the `d` flag; find each part by walking the match. */
function locate(text: string, start: number, end: number, part: string | undefined, from: number): Span | null {
  if (!part) return null;
  const at = text.indexOf(part, from);
  if (at < 0 || at + part.length > end) return null;
  return { start: at, end: at + part.length };
}

export function matchDatelineAt(text: string, start: number): DatelineParse | null {
  for (const [pattern, titleCase] of [[CAPS_PATTERN, false], [TITLE_PATTERN, true]] as const) {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (!match) continue;
    const g = match.groups as Groups;
    const agencyText = g.agency1 ?? g.agency2;
    const placeText = g.place ?? '';
    // A place must be a real word, not "A" or "I" or "US" heading a sentence.
    if (placeText.replace(/[^\p{L}]/gu, '').length < 3) continue;
    if (titleCase && !agencyText) continue;
    // "Sen. Bernie Sanders (I-Vt.) said": a politician and his party and state, not a place and an agency.
    if (agencyText && isPartyAffiliation(agencyText.trim())) continue;
    // An ALL-CAPS line needs something after the place that only datelines have.
    const hasSeparator = !!g.sep && (g.sep.trim() !== '.' || !!agencyText || !!g.date);
    if (!agencyText && !g.date && !hasSeparator) continue;
    // "NEW YORK —" must be followed by text on the same line; a bare heading "NEWS -" at the end of a line is not one.
    let end = start + match[0].length;
    if (!g.sep && !agencyText) {
      // Date without separator ("PARIS, July 1 The ..."): only when followed by whitespace.
      if (end < text.length && !/\s/.test(text[end])) continue;
    }
    const after = text[end];
    if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) continue;
    // With neither a date nor an agency, only a dash says "dateline": the story must follow on the same line, as
    // running prose. "CRICKET - ENGLAND WIN SERIES" or "PRESS DIGEST - Indonesian newspapers - Aug 31" are headlines.
    if (!agencyText && !g.date) {
      const lineEnd = text.indexOf('\n', end);
      const rest = text.slice(end, lineEnd < 0 ? Math.min(text.length, end + 400) : Math.min(lineEnd, end + 400));
      const words = rest.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
      if (words.length < 6 || words.filter((w) => /^\p{Ll}/u.test(w)).length < 3) continue;
    }
    const place = { start, end: start + placeText.length };
    let cursor = place.end;
    const region = locate(text, start, end, g.region, cursor);
    if (region) cursor = region.end;
    const date = locate(text, start, end, g.date, cursor);
    if (date) cursor = date.end;
    const agency = locate(text, start, end, agencyText, cursor);
    // Trim trailing whitespace that a separator pattern might have absorbed.
    while (end > start && /\s/.test(text[end - 1])) end--;
    return { start, end, place, date, agency, region };
  }
  return null;
}
