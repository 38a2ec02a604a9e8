/**
 * The only platform globals the analysis core may use: ones every host it runs in has (Node ≥ 18, browsers, Web
 * Workers). Read by src/core/tsconfig.json alone (types: [], lib ES2022: no @types/node, no DOM, no vscode), so a
 * Node built-in, `Buffer`, `process` or a DOM API in the core fails `npm run compile`. The root tsconfig excludes
 * this file: there @types/node declares the same globals.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class TextDecoder {
  /** `fatal`: throw on bytes that are not valid in the encoding; `ignoreBOM`: keep a byte-order mark in the text. */
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}

declare const console: {
  warn(...data: unknown[]): void;
};
