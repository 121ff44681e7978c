import type { CliIo } from '../io';

/** Pieces are gathered up to this many characters per write to stdout. */
const WRITE_SIZE = 64 * 1024;

/** Writes pieces of text to stdout in blocks of about 64 K characters, waiting whenever stdout pushes back. */
export class ChunkWriter {
  private buffer = '';

  constructor(private readonly io: CliIo) {}

  async write(pieces: Iterable<string>): Promise<void> {
    for (const piece of pieces) {
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
