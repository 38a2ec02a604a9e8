/**
 * Offset → line number for pure code (hover cards, outline rows, reports) that has the text but no TextDocument.
 * Lines end at LF, CRLF or a lone CR, as in VS Code, so line numbers agree with the editor's.
 */
import { lowerBound } from '../core/text/lowerBound';

export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    if (text.indexOf('\r') < 0) {
      // The common case, LF only: indexOf scans natively, several times faster than a character loop.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (c === 10 /* \n */) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 0-based line of an offset. */
  lineAt(offset: number): number {
    // The last line starting at or before the offset (line 0 for an offset before the text).
    return Math.max(0, lowerBound(this.lineStarts, (start) => start <= offset) - 1);
  }

  /** 0-based line and UTF-16 column of an offset, as `TextDocument.positionAt` gives them. */
  positionAt(offset: number): { line: number; character: number } {
    const line = this.lineAt(offset);
    return { line, character: offset - this.lineStarts[line] };
  }

  /** 1-based line, as people read it. */
  lineNumberAt(offset: number): number {
    return this.lineAt(offset) + 1;
  }
}
