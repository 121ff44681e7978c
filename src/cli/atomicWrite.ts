import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsUsageError } from './drafts';

/**
 * Writes text to path all at once: into a temporary file in the same folder, then renamed
 * over path, so a reader (or a crash) never sees half a report. Failures are UsageErrors
 * naming the path (a missing folder, no permission).
 */
export function writeFileAtomic(path: string, text: string, shownPath: string = path): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, 'utf8');
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw fsUsageError(shownPath, error);
  }
}
