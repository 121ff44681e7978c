import * as assert from 'node:assert/strict';
import type { CliIo } from '../../../src/cli/io';
import { ChunkWriter } from '../../../src/cli/output/chunkWriter';

/** A stdout that keeps what it is given (the very arrays, to catch a buffer reused after it was handed over). */
function recordingIo(takesBytes: boolean) {
  const written: (string | Uint8Array)[] = [];
  let waits = 0;
  const io: CliIo = {
    stdout: (text) => void written.push(text),
    ...(takesBytes ? { stdoutBytes: (bytes: Uint8Array) => void written.push(bytes) } : {}),
    stdoutReady: async () => void waits++,
    stderr: () => undefined,
    cwd: '/',
  };
  const bytes = () => Buffer.concat(written.map((w) => (typeof w === 'string' ? Buffer.from(w) : w)));
  return { io, written, bytes, waits: () => waits };
}

describe('cli ChunkWriter', () => {
  // Multi-byte text; an astral character split between two pieces; a piece bigger than the writer's buffer; a worker's bytes.
  const emoji = '𝄞';
  const pieces: (string | Uint8Array)[] = [
    '{"a":"€1.5bn — “quoted”",',
    `"b":"x${emoji[0]}`,
    `${emoji[1]}y",`,
    // A pair split where a 64 KB block is written.
    `"pad":"${'p'.repeat(64 * 1024)}${emoji[0]}`,
    `${emoji[1]}",`,
    ...Array.from({ length: 30_000 }, (_, i) => `"k${i}":"ß${i}",`),
    'é'.repeat(200_000),
    new TextEncoder().encode('"worker":"part"'),
    `,"tail":"${emoji[0]}`,
  ];
  const expected = () =>
    Buffer.concat(
      // A string gathers the text between byte pieces: what the writer's output must equal, byte for byte.
      pieces
        .reduce<(string | Uint8Array)[]>((runs, piece) => {
          const last = runs[runs.length - 1];
          if (typeof piece === 'string' && typeof last === 'string') runs[runs.length - 1] = last + piece;
          else runs.push(piece);
          return runs;
        }, [])
        .map((run) => (typeof run === 'string' ? Buffer.from(run) : run)),
    );

  it('writes UTF-8 bytes equal to the joined text, in blocks, surrogate pairs split between pieces kept whole', async () => {
    const out = recordingIo(true);
    const writer = new ChunkWriter(out.io);
    await writer.write(pieces);
    await writer.flush();
    assert.ok(out.written.every((w) => typeof w !== 'string'));
    assert.ok(out.bytes().equals(expected()));
    assert.ok(out.bytes().includes(Buffer.from(`"x${emoji}y"`)), 'the split pair is one character');
    assert.ok(out.bytes().includes(Buffer.from(`p${emoji}"`)), 'a pair split at a block boundary is one character');
    // The unpaired half at the end is written as a string would write it (U+FFFD).
    assert.ok(out.bytes().subarray(-3).equals(Buffer.from('\ufffd')));
    // About 64 KB a write, none of them empty, and each followed by a wait for stdout.
    const blocks = out.written.map((w) => w.length);
    assert.ok(blocks.length > 10 && blocks.every((n) => n > 0 && n <= 1024 * 1024), String(blocks));
    assert.ok(out.waits() >= blocks.length - 1);
  });

  it('hands over arrays it never changes afterwards', async () => {
    const out = recordingIo(true);
    const writer = new ChunkWriter(out.io);
    await writer.write(pieces.slice(0, 5_000));
    const copies = out.written.map((w) => Buffer.from(w as Uint8Array));
    await writer.write(pieces.slice(5_000));
    await writer.flush();
    copies.forEach((copy, i) => assert.ok(copy.equals(out.written[i] as Uint8Array), `block ${i} changed after it was written`));
  });

  it('writes strings where stdout takes no bytes', async () => {
    const out = recordingIo(false);
    const writer = new ChunkWriter(out.io);
    await writer.write(pieces);
    await writer.flush();
    assert.ok(out.written.every((w) => typeof w === 'string'));
    assert.ok(out.bytes().equals(expected()));
  });
});
