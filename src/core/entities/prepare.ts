/**
 * The name mentions entity building starts from: the tagger's spans made safe (inside the text, on tokens,
 * ordered, not overlapping), the dateline's place and agency, and nationality adjectives the tagger left out.
 */
import type { NameSpan } from '../document';
import type { DatelineParse } from '../dateline';
import type { EntityType, Span } from '../types';
import { compareSpans, coveredTokens, overlaps, tokenRange, tokenTexts, type EntityContext, type NameMention } from './context';
import { beginsLongerDemonym, countryOfDemonym, maxDemonymWords } from '../lang/en/nationalities';
import { isDecisiveHead, isInstrumentHead, refineTypeByHead } from './headTypes';
import { isTitleWord } from './lexicon';
import { TITLE_AFTER_NATIONALITY } from '../lang/en/entityWords';
import { hasLetter, isAllCaps, startsCapitalised, startsUppercase } from '../text/letterCase';
import { isLocativeMisc } from './locativeMisc';

const ENTITY_TYPES = new Set<EntityType>(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']);
/** A lower-case determiner a tagger sometimes includes ("the Elysee") is not part of the name; "The Hague" keeps its "The". */
const LEADING_DETERMINER = /^the\s+/;
/** Capitalised function words that open headings and table rows but never a treaty's or a body's name. */
const FUNCTION_WORD = /^(?:The|A|An|For|In|On|At|Of|And|Or|But|To|From|With|By|As|Under|After|Before|Since)$/;

export function prepareNames(ctx: EntityContext, names: readonly NameSpan[], dateline: DatelineParse | null): NameMention[] {
  const { text, tokens } = ctx;
  const mentions: NameMention[] = [];
  for (const name of names) {
    if (!name || !ENTITY_TYPES.has(name.type)) continue;
    let start = Math.max(0, Math.floor(Number(name.start)));
    const end = Math.min(text.length, Math.floor(Number(name.end)));
    if (!(end > start)) continue;
    const determiner = text.startsWith('the', start) ? LEADING_DETERMINER.exec(text.slice(start, end)) : null;
    if (determiner && determiner[0].length < end - start) start += determiner[0].length;
    const range = tokenRange(tokens, start, end);
    if (!range) continue;
    // No sentence punctuation, emoji or unmatched bracket at a name's edges, no leading title ("President Obama" → "Obama").
    while (range.tokenEnd > range.tokenStart && isStrayEdge(tokens, range.tokenStart, range.tokenEnd - 1)) range.tokenEnd--;
    while (range.tokenEnd > range.tokenStart && isStrayEdge(tokens, range.tokenStart, range.tokenStart)) range.tokenStart++;
    while (name.type === 'PERSON' && range.tokenEnd - range.tokenStart > 1 && isTitleWord(tokens[range.tokenStart].text) && startsUppercase(tokens[range.tokenStart + 1].text)) range.tokenStart++;
    if (range.tokenEnd <= range.tokenStart) continue;
    // Snap to token boundaries so the mention text is exactly the tokens it covers.
    const snappedStart = tokens[range.tokenStart].start;
    const snappedEnd = tokens[range.tokenEnd - 1].end;
    // A name has letters and stays on one line; anything else is a tagger accident.
    const spanText = text.slice(snappedStart, snappedEnd);
    if (!hasLetter(spanText) || spanText.includes('\n') || spanText.includes('\r')) continue;
    const words = tokenTexts(tokens, range.tokenStart, range.tokenEnd);
    // A nationality is MISC; a tagger calling it a place may be reading part of a country name, so that stays.
    const demonym = countryOfDemonym(spanText) !== null;
    let type = demonym && name.type !== 'LOCATION' ? 'MISC' : refineTypeByHead(name.type, words);
    if (type === 'MISC' && isLocativeMisc(tokens, range.tokenStart, range.tokenEnd)) type = 'LOCATION';
    mentions.push({
      start: snappedStart,
      end: snappedEnd,
      text: spanText,
      type,
      tokenStart: range.tokenStart,
      tokenEnd: range.tokenEnd,
      origin: 'tagger',
    });
  }
  mentions.sort(compareSpans);
  let kept = repairBoundaries(ctx, dropOverlaps(mentions));
  if (dateline) kept = addDateline(ctx, kept, dateline);
  kept = addDemonyms(ctx, kept);
  kept = addInstruments(ctx, kept);
  return kept;
}

/**
 * Treaties and laws the tagger left untagged ("the Nuclear Non-Proliferation Treaty", "the Affordable Care Act":
 * CoNLL-2003 has few of them to learn from): a run of capitalised words in mid-sentence, after a lower-case word,
 * ending in an instrument head, with at least one word before the head, is a MISC name. Never in a headline-like
 * run (the word before must be lower case) nor over another name.
 */
function addInstruments(ctx: EntityContext, mentions: NameMention[]): NameMention[] {
  const { tokens, text, sentenceStarts } = ctx;
  const covered = coveredTokens(tokens.length, mentions);
  const adjacent = (a: number, b: number) => tokens[b].start === tokens[a].end + 1 && text[tokens[a].end] === ' ';
  const added: NameMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (covered[i] || !isInstrumentHead(tokens[i].text) || sentenceStarts.has(i)) continue;
    let s = i;
    while (
      s > 0 && !covered[s - 1] && !sentenceStarts.has(s) && adjacent(s - 1, s) && /^\p{Lu}[\p{L}\p{N}'’-]*$/u.test(tokens[s - 1].text) &&
      !isTitleWord(tokens[s - 1].text) && !FUNCTION_WORD.test(tokens[s - 1].text) && !/-\p{Ll}/u.test(tokens[s - 1].text)
    ) s--;
    if (s === i || s === 0 || sentenceStarts.has(s) || !/^\p{Ll}/u.test(tokens[s - 1].text)) continue;
    const start = tokens[s].start, end = tokens[i].end;
    added.push({ start, end, text: text.slice(start, end), type: 'MISC', tokenStart: s, tokenEnd: i + 1, origin: 'instrument' });
    covered.fill(1, s, i + 1);
  }
  return added.length ? [...mentions, ...added].sort(compareSpans) : mentions;
}

/** Keeps the first of overlapping mentions (the longer one when they start together). */
function dropOverlaps(sorted: NameMention[]): NameMention[] {
  const kept: NameMention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    kept.push(m);
    lastEnd = m.end;
  }
  return kept;
}

/** The dateline place is a LOCATION and the agency an ORGANIZATION, whatever the tagger said about them. */
function addDateline(ctx: EntityContext, mentions: NameMention[], dateline: DatelineParse): NameMention[] {
  const added: NameMention[] = [];
  const add = (span: Span | null | undefined, type: EntityType, capsContext: boolean) => {
    if (!span || span.end <= span.start) return;
    const range = tokenRange(ctx.tokens, span.start, span.end);
    if (!range) return;
    const start = ctx.tokens[range.tokenStart].start;
    const end = ctx.tokens[range.tokenEnd - 1].end;
    const mentionText = ctx.text.slice(start, end);
    added.push({ start, end, text: mentionText, type, ...range, origin: 'dateline', capsContext: capsContext && isAllCaps(mentionText) });
  };
  add(dateline.place, 'LOCATION', true);
  add(dateline.region, 'LOCATION', true);
  add(dateline.agency, 'ORGANIZATION', false);
  if (added.length === 0) return mentions;
  const rest = mentions.filter((m) => !added.some((a) => overlaps(a, m)));
  return [...added, ...rest].sort(compareSpans);
}

/** Capitalised nationality adjectives and plurals ("French", "North Korean", "Russians") not inside a name. */
function addDemonyms(ctx: EntityContext, mentions: NameMention[]): NameMention[] {
  const { tokens, text } = ctx;
  const covered = coveredTokens(tokens.length, mentions);
  const longest = maxDemonymWords();
  const added: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !startsUppercase(tokens[i].text)) continue;
    // A phrase of several tokens starts with its first token's text, so that must begin a longer demonym.
    const most = beginsLongerDemonym(tokens[i].text) ? Math.min(longest, tokens.length - i) : 1;
    for (let n = most; n >= 1; n--) {
      let free = true;
      for (let k = i; k < i + n; k++) if (covered[k]) free = false;
      if (!free) continue;
      const start = tokens[i].start;
      const end = tokens[i + n - 1].end;
      const phrase = text.slice(start, end);
      if (n > 1 && !/^\S+(?: \S+)*$/.test(phrase)) continue;
      if (!countryOfDemonym(phrase)) continue;
      // Part of a longer capitalised name the tagger chose not to mark ("French Open"): leave it alone.
      const next = tokens[i + n];
      if (next && next.start === end + 1 && startsCapitalised(next.text) && !countryOfDemonym(next.text) && !isTitleLike(next.text)) break;
      added.push({ start, end, text: phrase, type: 'MISC', tokenStart: i, tokenEnd: i + n, origin: 'demonym' });
      i += n - 1;
      break;
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort(compareSpans);
}

/** Capitalised titles that follow a nationality without making a name of it: "French President Macron". */
function isTitleLike(word: string): boolean {
  return TITLE_AFTER_NATIONALITY.test(word);
}

const OPENERS: Record<string, string> = { ')': '(', ']': '[', '}': '{', '"': '"', '”': '“', '’': '‘', "'": "'" };

/** Whether the edge token `at` of the span [from, ...] is punctuation or a symbol that does not belong to the name. */
function isStrayEdge(tokens: readonly { text: string }[], from: number, at: number): boolean {
  const t = tokens[at].text;
  const first = t.charCodeAt(0);
  // Most edges are words: an ASCII letter or digit first settles it without the regex.
  if ((first >= 48 && first <= 57) || ((first | 32) >= 97 && (first | 32) <= 122) || /[\p{L}\p{N}]/u.test(t)) return false;
  if (/^[.,;:!?…]+$/u.test(t) || /^[\p{So}\p{Cs}\p{Co}\p{Cn}\uFE0F\u200D]+$/u.test(t)) return true;
  // A closing bracket stays when the name opened it: "Mladost ( L )".
  const opener = OPENERS[t];
  if (opener !== undefined) {
    for (let k = from; k < at; k++) if (tokens[k].text === opener) return false;
    return true;
  }
  return /^[(\[{"“‘«]$/.test(t);
}

/**
 * A tagger sometimes stops one word short of a name's head or marks the head alone: "Zaporozhye Nuclear Power"
 * + "Plant", "Nuclear Non-Proliferation" + "Treaty". A span directly followed by an untagged capitalised head
 * noun takes it; a span that is only a head noun takes the capitalised words right before it (never across a
 * sentence start, a line break or another name). The type is then read again from the head.
 */
function repairBoundaries(ctx: EntityContext, mentions: NameMention[]): NameMention[] {
  const { tokens, text, sentenceStarts } = ctx;
  const covered = coveredTokens(tokens.length, mentions);
  const adjacent = (a: number, b: number) => tokens[b].start === tokens[a].end + 1 && text[tokens[a].end] === ' ';
  return mentions.map((m) => {
    if (m.origin !== 'tagger') return m;
    let { tokenStart, tokenEnd } = m;
    while (tokenEnd < tokens.length && !covered[tokenEnd] && adjacent(tokenEnd - 1, tokenEnd) && isDecisiveHead(tokens[tokenEnd].text)) tokenEnd++;
    // A span ending in a decisive head ("Non-Proliferation Treaty") or made of heads only ("Treaty") names a
    // treaty, body or facility whose capitalised modifiers right before it belong to the name: "the Nuclear
    // Non-Proliferation Treaty".
    const endsInHead = isDecisiveHead(tokens[tokenEnd - 1].text);
    let onlyHeads = endsInHead;
    for (let k = tokenStart; k < tokenEnd - 1 && onlyHeads; k++) onlyHeads = isDecisiveHead(tokens[k].text);
    if (onlyHeads || endsInHead) {
      while (
        tokenStart > 0 && !covered[tokenStart - 1] && !sentenceStarts.has(tokenStart) && adjacent(tokenStart - 1, tokenStart) &&
        /^\p{Lu}[\p{L}\p{N}'’-]*$/u.test(tokens[tokenStart - 1].text) && !isTitleWord(tokens[tokenStart - 1].text) &&
        !countryOfDemonym(tokens[tokenStart - 1].text) &&
        // Beyond a bare head, only mid-sentence modifiers: a sentence's first word ("The", "For") is capitalised
        // by position, and a hyphenated "-based" or a function word is no part of a name.
        (onlyHeads || (!sentenceStarts.has(tokenStart - 1) && !FUNCTION_WORD.test(tokens[tokenStart - 1].text) && !/-\p{Ll}/u.test(tokens[tokenStart - 1].text)))
      ) tokenStart--;
    }
    if (tokenStart === m.tokenStart && tokenEnd === m.tokenEnd) return m;
    covered.fill(1, tokenStart, tokenEnd);
    const start = tokens[tokenStart].start;
    const end = tokens[tokenEnd - 1].end;
    const words = tokenTexts(tokens, tokenStart, tokenEnd);
    return { ...m, start, end, text: text.slice(start, end), tokenStart, tokenEnd, type: refineTypeByHead(m.type, words) };
  });
}
