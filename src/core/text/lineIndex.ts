/** A zero-based position; `character` counts UTF-16 code units, as vscode.Position does. */
export interface TextPosition {
  line: number;
  character: number;
}

/**
 * Converts between offsets and line/character positions in one text.
 * Line breaks are \r\n, \r or \n (a \r\n pair is one break). Built once in O(n);
 * each lookup is a binary search over the line starts.
 */
export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is always 0. */
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        this.lineStarts.push(i + 1);
      } else if (code === 0x0a) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset where the line's content ends (before its line break). */
  lineEnd(line: number): number {
    if (line >= this.lineStarts.length - 1) return this.text.length;
    const next = this.lineStarts[line + 1];
    return this.text.charCodeAt(next - 1) === 0x0a && this.text.charCodeAt(next - 2) === 0x0d ? next - 2 : next - 1;
  }

  /**
   * Offsets are clamped to the text; an offset inside a \r\n pair maps to the end of its line.
   * `fromLine`, a line at or before the offset's (the previous answer, for offsets in order), makes
   * the search gallop forward from there instead of bisecting every line of a long draft.
   */
  positionAt(offset: number, fromLine = 0): TextPosition {
    const clamped = Math.max(0, Math.min(Math.floor(offset), this.text.length));
    const last = this.lineStarts.length - 1;
    let low = fromLine > 0 && fromLine <= last && this.lineStarts[fromLine] <= clamped ? fromLine : 0;
    let high = last;
    if (low > 0) {
      // The first step past the offset bounds the search: a few lines on, for offsets close together.
      for (let step = 1; low + step <= last; step *= 2) {
        if (this.lineStarts[low + step] > clamped) {
          high = low + step - 1;
          break;
        }
        low += step;
      }
    }
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    const character = Math.min(clamped, this.lineEnd(low)) - this.lineStarts[low];
    return { line: low, character };
  }

  /** Positions are clamped: past the last line means the end of the text, past a line's end means that end. */
  offsetAt(position: TextPosition): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }
}
