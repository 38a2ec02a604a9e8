/**
 * US party–state affiliation codes written after a politician's name: "(R-Texas)", "(D-N.Y.)", "(I-Vt.)",
 * "(D-MA)". A convention of American news that 1996 Reuters never used: they are not names (docs/ner.md, span
 * conventions), and "Sen. Bernie Sanders (I-Vt.)" opening a paragraph is not a dateline with an agency.
 */

/** Postal codes of the states, DC and the territories with a delegate in Congress. */
const POSTAL = new Set(
  ('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR ' +
    'PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP').split(' '),
);

/** State names and their AP-style abbreviations, lower case without dots or spaces ("N.Y." → "ny"). */
const STATE_WORDS = new Set(
  ('alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois ' +
    'indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri ' +
    'montana nebraska nevada newhampshire newjersey newmexico newyork northcarolina northdakota ohio oklahoma oregon ' +
    'pennsylvania rhodeisland southcarolina southdakota tennessee texas utah vermont virginia washington westvirginia ' +
    'wisconsin wyoming ' +
    'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev nh nj nm ny ' +
    'nc nd okla ore pa ri sc sd tenn tex vt va wash wva wis wyo').split(' '),
);

/** Party letter (Democrat, Republican, Independent), a hyphen, then the state as written. */
const PARTY_STATE = /^[DRI]-(\p{Lu}[\p{L}. ]*)$/u;

/** Whether `code` (the text between the parentheses, trimmed) is a party–state affiliation. */
export function isPartyAffiliation(code: string): boolean {
  const m = PARTY_STATE.exec(code);
  if (!m) return false;
  const state = m[1].replace(/[.\s]/g, '');
  return (state.length === 2 && POSTAL.has(state.toUpperCase())) || STATE_WORDS.has(state.toLowerCase());
}
