import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { fsProblem } from './drafts';

/** A draft's text, or why it cannot be scanned. */
export type DraftText = { text: string } | { problem: string };

// fatal: invalid UTF-8 is an error, not silently replaced. ignoreBOM: a leading BOM is
// kept, as readFileSync(path, 'utf8') keeps it, so offsets agree with other tools.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const BINARY = 'binary file (it contains NUL bytes), not a text draft';
const NOT_UTF8 = 'not valid UTF-8 text';

/** Decodes a draft's bytes: NUL bytes mean binary (or UTF-16), anything but valid UTF-8 is refused. */
export function decodeDraft(bytes: Uint8Array): DraftText {
  if (bytes.includes(0)) return { problem: BINARY };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { problem: NOT_UTF8 };
  }
}

export function readDraft(absolutePath: string): DraftText {
  const read = readBytes(absolutePath);
  return 'problem' in read ? read : decodeDraft(read.bytes);
}

/**
 * Why a draft cannot be scanned, or undefined: readDraft's checks without decoding the text (a check
 * made up front, before the scan reads the draft again, need not hold a second copy of a long one).
 */
export function draftProblem(absolutePath: string): string | undefined {
  const read = readBytes(absolutePath);
  if ('problem' in read) return read.problem;
  if (read.bytes.includes(0)) return BINARY;
  return isUtf8(read.bytes) ? undefined : NOT_UTF8;
}

/** The file's bytes, or why they cannot be read; anything but a known file-system problem is thrown. */
function readBytes(absolutePath: string): { bytes: Uint8Array } | { problem: string } {
  try {
    return { bytes: readFileSync(absolutePath) };
  } catch (error) {
    const problem = fsProblem(error);
    if (problem === undefined) throw error;
    return { problem };
  }
}
