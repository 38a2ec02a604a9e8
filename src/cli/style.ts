/** Terminal styling: ANSI colours when writing to a terminal and NO_COLOR is unset, plain text otherwise. */

export interface Style {
  readonly color: boolean;
  /** Wraps text in the given SGR codes (e.g. "36" cyan, "1" bold). */
  paint(text: string, codes: string): string;
}

export function makeStyle(color: boolean): Style {
  return {
    color,
    paint: (text, codes) => (color && text ? `\u001b[${codes}m${text}\u001b[0m` : text),
  };
}

export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return !!stream.isTTY && env.NO_COLOR === undefined && env.TERM !== 'dumb';
}

/** SGR codes per kind of mark. */
export const CODES = {
  PERSON: '36', // cyan
  ORGANIZATION: '35', // magenta
  LOCATION: '32', // green
  MISC: '33', // yellow
  nominal: '2;36',
  temporal: '4;34', // underlined blue
  quote: '3', // italic
  heading: '1',
  dim: '2',
} as const;
