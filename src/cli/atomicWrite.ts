import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsUsageError } from './drafts';

/**
 * Replaces the file at `path` with `text` so that the old file stays byte for byte as it was
 * unless the new one is complete: the text goes to a new file beside it (exclusive create, a
 * random name from the system's cryptographic generator), is flushed to disk, then renamed over
 * `path`. A symbolic link at `path` is replaced by the file, never written through. Throws on
 * any failure (full disk, file size limit, permissions) after removing the temp file.
 */
export function writeFileAtomic(path: string, text: string): void {
  const mode = regularFileMode(path);
  const temp = join(dirname(path), `.${basename(path)}.tmp-${randomBytes(16).toString('hex')}`);
  const fd = openSync(temp, 'wx', mode);
  let renamed = false;
  try {
    try {
      const bytes = Buffer.from(text, 'utf8');
      for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
    renamed = true;
  } finally {
    if (!renamed) {
      try {
        unlinkSync(temp);
      } catch {
        // Already gone: nothing to clean up.
      }
    }
  }
}

/** The permission bits of the regular file at path, so the replacement keeps them; 0o644 for anything else. */
function regularFileMode(path: string): number {
  try {
    const stat = lstatSync(path);
    return stat.isFile() ? stat.mode & 0o777 : 0o644;
  } catch {
    return 0o644;
  }
}

/** writeFileAtomic for files the user named (reports, imports): a failure is a UsageError naming shownPath (exit 2). */
export function writeUserFileAtomic(path: string, text: string, shownPath: string = path): void {
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    throw fsUsageError(shownPath, error);
  }
}
