/**
 * Typographic punctuation as the training corpus writes it. CoNLL-2003 (1996 Reuters) is plain ASCII: "'s",
 * O'Neill, straight double quotes, "--" for a dash. Today's news sets curly apostrophes and quotes and real dashes
 * everywhere, so without this "CNN’s" ends in a token the tagger never saw ("’s") and "O’Malley" has a shape it
 * never saw. The tagger reads every word through plainPunctuation; the document and its offsets are untouched.
 */

/** Non-ASCII punctuation → its CoNLL-2003 spelling. */
const PLAIN: Record<string, string> = {
  '\u2018': "'", // ‘ left single quotation mark
  '\u2019': "'", // ’ right single quotation mark, the typographic apostrophe
  '\u201B': "'", // ‛ single high-reversed-9 quotation mark
  '\u02BC': "'", // ʼ modifier letter apostrophe
  '\u2032': "'", // ′ prime, often an apostrophe in OCR'd or pasted text
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u201F': '"', // ‟
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2014': '--', // — em dash: the corpus's "--"
  '\u2013': '-', // – en dash
  '\u2012': '-', // ‒ figure dash
  '\u2010': '-', // ‐ hyphen
  '\u2011': '-', // ‑ non-breaking hyphen
  '\u2026': '...', // … ellipsis
};
const TYPOGRAPHIC = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'gu');

/** The word with typographic punctuation spelt as in the training corpus (the same string when there is none). */
export function plainPunctuation(form: string): string {
  for (let i = 0; i < form.length; i++) {
    if (form.charCodeAt(i) >= 0x80) return form.replace(TYPOGRAPHIC, (ch) => PLAIN[ch]);
  }
  return form;
}
