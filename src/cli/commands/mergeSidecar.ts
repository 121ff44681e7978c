import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mergeSidecars, parseSidecar, serializeSidecar, type SidecarFile } from '../../core/annotations';
import { parseArgs } from '../args';
import { writeFileAtomic } from '../atomicWrite';
import { EXIT_INTERNAL_ERROR, EXIT_OK, EXIT_USAGE } from '../exit';
import { UsageError, type CliIo } from '../io';
import { errorText } from '../../core/util/errorText';

/** The text of BASE, undefined when it does not exist (both branches added the file). */
function readOptional(path: string, role: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read the ${role} file ${path}: ${describeIoError(error)}`);
  }
}

/** A file system error in words, without the syscall noise ("EISDIR: illegal operation on a directory, read"). */
function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    EISDIR: 'it is a folder, not a file',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOSPC: 'no space left on the disk',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'the file would be larger than allowed (file size limit)',
    EROFS: 'the file system is read-only',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'a part of the path is not a folder',
  };
  if (code !== undefined && known[code]) return `${known[code]} (${code})`;
  return errorText(error);
}

function readRequired(path: string, role: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the ${role} file ${path}: ${describeIoError(error)}`);
  }
}

/**
 * `draft-factcheck merge-sidecar BASE OURS THEIRS [PATH]` — a git merge driver
 * (`driver = draft-factcheck merge-sidecar %O %A %B %P`). Writes the merged sidecar to
 * OURS. Our merge always yields a valid file and records every conflict in the
 * annotations' history, so it exits 0 and prints the conflicts as warnings (a non-zero
 * exit would make git leave conflict markers the editor cannot read). An unreadable or
 * invalid input exits 2 with one line, leaving OURS untouched so git reports a conflict. The
 * result replaces OURS in one step (writeFileAtomic): a full disk or a file size limit exits 1
 * with one line and leaves OURS byte for byte as it was.
 * BASE may be empty or missing (both branches added the file).
 */
export async function runMergeSidecar(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs(args, []);
  if (positionals.length < 3 || positionals.length > 4) {
    throw new UsageError(`merge-sidecar needs BASE OURS THEIRS (and optionally the file's path), got ${positionals.length} argument(s)`);
  }
  const [basePath, oursPath, theirsPath] = positionals.slice(0, 3).map((p) => resolve(io.cwd, p));
  const shownName = positionals[3] ?? positionals[1];

  const files: Array<SidecarFile | undefined> = [];
  const inputs: Array<[string | undefined, string]> = [
    [readOptional(basePath, 'BASE'), 'BASE'],
    [readRequired(oursPath, 'OURS'), 'OURS'],
    [readRequired(theirsPath, 'THEIRS'), 'THEIRS'],
  ];
  for (const [text, role] of inputs) {
    if (role === 'BASE' && (text === undefined || text.trim() === '')) {
      files.push(undefined);
      continue;
    }
    const parsed = parseSidecar(text ?? '');
    if (!parsed.ok) {
      io.stderr(
        `draft-factcheck: merge-sidecar: cannot merge ${shownName}: the ${role} version is not a valid sidecar (${parsed.error})\n`,
      );
      return EXIT_USAGE;
    }
    files.push(parsed.file);
  }
  const [base, ours, theirs] = files as [SidecarFile | undefined, SidecarFile, SidecarFile];

  const { file, conflicts } = mergeSidecars(base, ours, theirs);
  const text = serializeSidecar(file);
  const check = parseSidecar(text);
  if (!check.ok) {
    io.stderr(
      `draft-factcheck: merge-sidecar: internal error: the merged ${shownName} would not read back (${check.error}); left unmerged\n`,
    );
    return EXIT_INTERNAL_ERROR; // a bug: OURS is left as it was
  }
  try {
    writeFileAtomic(oursPath, text);
  } catch (error) {
    io.stderr(`draft-factcheck: merge-sidecar: cannot write the merged ${shownName}: ${describeIoError(error)}; left unmerged\n`);
    return EXIT_INTERNAL_ERROR;
  }
  for (const conflict of conflicts) {
    const where = conflict.annotationId === '' ? '' : ` annotation ${conflict.annotationId}`;
    io.stderr(`draft-factcheck: warning: ${shownName}${where}: ${conflict.message}\n`);
  }
  if (conflicts.length > 0) {
    io.stderr(
      `draft-factcheck: merged ${shownName} with ${conflicts.length} conflict(s) resolved automatically (recorded in each claim's history)\n`,
    );
  }
  return EXIT_OK;
}
