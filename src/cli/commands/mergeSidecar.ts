import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mergeSidecars, parseSidecar, serializeSidecar, type SidecarFile } from '../../core/annotations';
import { parseArgs } from '../args';
import { EXIT_INTERNAL_ERROR, EXIT_OK, EXIT_USAGE } from '../exit';
import { UsageError, type CliIo } from '../io';

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function readRequired(path: string, role: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the ${role} file ${path}: ${(error as Error).message}`);
  }
}

/**
 * `draft-factcheck merge-sidecar BASE OURS THEIRS [PATH]` — a git merge driver
 * (`driver = draft-factcheck merge-sidecar %O %A %B %P`). Writes the merged sidecar to
 * OURS. Our merge always yields a valid file and records every conflict in the
 * annotations' history, so it exits 0 and prints the conflicts as warnings (a non-zero
 * exit would make git leave conflict markers the editor cannot read). An unreadable or
 * invalid input exits 2 with one line, leaving OURS untouched so git reports a conflict.
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
    [readOptional(basePath), 'BASE'],
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
      io.stderr(`draft-factcheck: merge-sidecar: cannot merge ${shownName}: the ${role} version is not a valid sidecar (${parsed.error})\n`);
      return EXIT_USAGE;
    }
    files.push(parsed.file);
  }
  const [base, ours, theirs] = files as [SidecarFile | undefined, SidecarFile, SidecarFile];

  const { file, conflicts } = mergeSidecars(base, ours, theirs);
  const text = serializeSidecar(file);
  const check = parseSidecar(text);
  if (!check.ok) {
    io.stderr(`draft-factcheck: merge-sidecar: internal error: the merged ${shownName} would not read back (${check.error}); left unmerged\n`);
    return EXIT_INTERNAL_ERROR; // a bug: OURS is left as it was
  }
  writeFileSync(oursPath, text, 'utf8');
  for (const conflict of conflicts) {
    const where = conflict.annotationId === '' ? '' : ` annotation ${conflict.annotationId}`;
    io.stderr(`draft-factcheck: warning: ${shownName}${where}: ${conflict.message}\n`);
  }
  if (conflicts.length > 0) {
    io.stderr(`draft-factcheck: merged ${shownName} with ${conflicts.length} conflict(s) resolved automatically (recorded in each claim's history)\n`);
  }
  return EXIT_OK;
}
