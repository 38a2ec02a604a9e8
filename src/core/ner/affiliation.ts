/**
 * Names inside a party–state affiliation ("Sen. Ted Cruz (R-Texas)", "(D-N.Y.)") are dropped: the tagger, trained
 * on 1996 Reuters, reads such a code as an organisation; it is no name (src/core/text/partyAffiliation).
 */
import type { NameSpan, SegmentedText } from '../document';
import { isPartyAffiliation } from '../text/partyAffiliation';

/** The most tokens between the parentheses of a code: "D-N" "." "Y." */
const MAX_CODE_TOKENS = 5;

/** The token range (open, close) of the parentheses around tokens [start, end), at most `MAX_CODE_TOKENS` apart. */
function enclosingParentheses(doc: SegmentedText, start: number, end: number): [number, number] | null {
  const tokens = doc.tokens;
  let open = start - 1;
  while (open >= 0 && start - open <= MAX_CODE_TOKENS && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
  if (open < 0 || tokens[open].text !== '(') return null;
  let close = end;
  while (close < tokens.length && close - open <= MAX_CODE_TOKENS && tokens[close].text !== ')' && tokens[close].text !== '(') close++;
  if (close >= tokens.length || tokens[close].text !== ')' || close - open > MAX_CODE_TOKENS + 1) return null;
  return [open, close];
}

/** The names outside party–state parentheticals. */
export function dropPartyAffiliations(doc: SegmentedText, names: NameSpan[]): NameSpan[] {
  return names.filter((name) => {
    const around = enclosingParentheses(doc, name.tokenStart, name.tokenEnd);
    if (!around) return true;
    return !isPartyAffiliation(doc.text.slice(doc.tokens[around[0]].end, doc.tokens[around[1]].start).trim());
  });
}
