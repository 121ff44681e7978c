import type { CliIo } from '../io';
import { endsWithHalfPair, Utf8Gatherer } from './utf8Gatherer';

/** Pieces are gathered up to this many characters (or bytes) per write to stdout. */
const WRITE_SIZE = 64 * 1024;

const utf8 = new TextDecoder();

/**
 * Writes pieces of text to stdout in blocks of about 64 K, waiting whenever stdout pushes back.
 * A piece may be UTF-8 bytes already (encoded by a worker thread): they are written as they are.
 * Where stdout takes bytes, text is encoded as it comes (Utf8Gatherer), not gathered as a string.
 * A block never ends between the two halves of a surrogate pair.
 */
export class ChunkWriter {
  /** Gathered text, where stdout takes strings only (tests). */
  private text = '';
  private readonly bytes = new Utf8Gatherer(WRITE_SIZE * 4);

  constructor(private readonly io: CliIo) {}

  async write(pieces: Iterable<string | Uint8Array>): Promise<void> {
    for (const piece of pieces) {
      if (typeof piece !== 'string') {
        await this.flush();
        this.writeBytes(piece);
        await this.io.stdoutReady?.();
      } else if (this.io.stdoutBytes) {
        this.bytes.append(piece);
        if (this.bytes.length >= WRITE_SIZE) await this.writeGatheredBytes();
      } else {
        this.text += piece;
        if (this.text.length >= WRITE_SIZE) await this.writeText(this.text.length - (endsWithHalfPair(this.text) ? 1 : 0));
      }
    }
  }

  /** Writes everything gathered: the text ends here (or bytes follow). */
  async flush(): Promise<void> {
    this.bytes.endText();
    await (this.text !== '' ? this.writeText(this.text.length) : this.writeGatheredBytes());
  }

  /** Writes the gathered text up to `end`, keeping the rest. */
  private async writeText(end: number): Promise<void> {
    this.io.stdout(this.text.slice(0, end));
    this.text = this.text.slice(end);
    await this.io.stdoutReady?.();
  }

  private async writeGatheredBytes(): Promise<void> {
    // A copy: stdout may hold what it is given until it is written.
    const bytes = this.bytes.take();
    if (bytes.length === 0) return;
    this.writeBytes(bytes);
    await this.io.stdoutReady?.();
  }

  private writeBytes(bytes: Uint8Array): void {
    if (this.io.stdoutBytes) this.io.stdoutBytes(bytes);
    else this.io.stdout(utf8.decode(bytes));
  }
}
