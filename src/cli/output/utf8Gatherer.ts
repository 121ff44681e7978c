const encoder = new TextEncoder();

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** True when the text ends with the first half of a surrogate pair (its second half may come in the next piece). */
export const endsWithHalfPair = (text: string) => text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1));

/**
 * Text pieces encoded one by one into a reused, growing UTF-8 buffer. Gathering them as one string instead
 * makes a rope of thousands of short pieces, flattened before it can be encoded: on the bench corpus in one
 * thread, that conversion was 11 % of the scan (542 ms of 4.98 s, in Buffer.from).
 */
export class Utf8Gatherer {
  private bytes: Uint8Array;
  private used = 0;
  /** A piece's last character when it is the first half of a surrogate pair: it is encoded with the next piece. */
  private held = '';

  constructor(initialBytes: number) {
    this.bytes = new Uint8Array(initialBytes);
  }

  /** Bytes gathered (a held half pair not counted). */
  get length(): number {
    return this.used;
  }

  append(piece: string): void {
    let text = this.held + piece;
    this.held = '';
    if (endsWithHalfPair(text)) {
      this.held = text.slice(-1);
      text = text.slice(0, -1);
    }
    this.encode(text);
  }

  /** Encodes a held half pair as a string would (U+FFFD): the text ends here. */
  endText(): void {
    if (this.held === '') return;
    const held = this.held;
    this.held = '';
    this.encode(held);
  }

  /** The bytes gathered, copied (the buffer is reused), and an empty gatherer; a held half pair stays held (see endText). */
  take(): Uint8Array {
    const bytes = this.bytes.slice(0, this.used);
    this.used = 0;
    return bytes;
  }

  private encode(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.used + text.length * 3 > this.bytes.length) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.used + text.length * 3));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    this.used += encoder.encodeInto(text, this.bytes.subarray(this.used)).written;
  }
}
