import type { CliIo } from '../io';
import { Utf8Gatherer } from './utf8Gatherer';

/** Pieces are gathered up to this many characters (or bytes) per write to stdout. */
const WRITE_SIZE = 64 * 1024;

const utf8 = new TextDecoder();

/**
 * Writes pieces of text to stdout in blocks of about 64 K, waiting whenever stdout pushes back.
 * A piece may be UTF-8 bytes already (encoded by a worker thread): they are written as they are.
 * Where stdout takes bytes, text is encoded as it comes (Utf8Gatherer), not gathered as a string.
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
        if (this.bytes.length >= WRITE_SIZE) await this.flush();
      } else {
        this.text += piece;
        if (this.text.length >= WRITE_SIZE) await this.flush();
      }
    }
  }

  /** Writes what is gathered. */
  async flush(): Promise<void> {
    if (this.text !== '') {
      this.io.stdout(this.text);
      this.text = '';
    } else {
      // A copy: stdout may hold what it is given until it is written.
      const bytes = this.bytes.take();
      if (bytes.length === 0) return;
      this.writeBytes(bytes);
    }
    await this.io.stdoutReady?.();
  }

  private writeBytes(bytes: Uint8Array): void {
    if (this.io.stdoutBytes) this.io.stdoutBytes(bytes);
    else this.io.stdout(utf8.decode(bytes));
  }
}
