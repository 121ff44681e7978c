import type { CliIo } from '../io';

/** Pieces are gathered up to this many characters per write to stdout. */
const WRITE_SIZE = 64 * 1024;

const utf8 = new TextDecoder();

/**
 * Writes pieces of text to stdout in blocks of about 64 K characters, waiting whenever stdout pushes back.
 * A piece may be UTF-8 bytes already (encoded by a worker thread): they are written as they are.
 */
export class ChunkWriter {
  private buffer = '';

  constructor(private readonly io: CliIo) {}

  async write(pieces: Iterable<string | Uint8Array>): Promise<void> {
    for (const piece of pieces) {
      if (typeof piece !== 'string') {
        await this.flush();
        if (this.io.stdoutBytes) this.io.stdoutBytes(piece);
        else this.io.stdout(utf8.decode(piece));
        await this.io.stdoutReady?.();
        continue;
      }
      this.buffer += piece;
      if (this.buffer.length >= WRITE_SIZE) await this.flush();
    }
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    this.io.stdout(this.buffer);
    this.buffer = '';
    await this.io.stdoutReady?.();
  }
}
