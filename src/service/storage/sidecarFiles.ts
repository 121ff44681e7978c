import { errorText } from '../../core/util/errorText';
import { fileNameOf } from '../../core/util/fileName';
import { FileKind, type FileStore, type ResourceUri } from '../ports';
import { parentOf, siblingOf, childOf } from '../uriPaths';

/** Temp files older than this are leftovers of a crashed write, not a write in progress. */
const STALE_TEMP_MS = 60_000;

export function isNotFound(fs: Pick<FileStore<ResourceUri>, 'errorCode'>, error: unknown): boolean {
  const code = fs.errorCode(error);
  return (
    code === 'FileNotFound' ||
    code === 'EntryNotFound' ||
    (error instanceof Error && /ENOENT|EntryNotFound|FileNotFound/.test(errorText(error)))
  );
}

/** The file's text, or undefined when it does not exist. Other errors propagate. */
export async function readTextFile<U extends ResourceUri>(fs: FileStore<U>, uri: U): Promise<string | undefined> {
  try {
    return await fs.readText(uri);
  } catch (error) {
    if (isNotFound(fs, error)) return undefined;
    throw error;
  }
}

export async function exists<U extends ResourceUri>(fs: FileStore<U>, uri: U): Promise<boolean> {
  try {
    await fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** 128 random bits from the platform's cryptographic generator (Web Crypto: Node and browsers), as hex. */
function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Writes text so readers see either the old file or the new one, never half of either:
 * write `<file>.tmp-<random>` beside it, then rename over the target (a link there is replaced,
 * never written through). vscode.workspace.fs has no exclusive create, so the temp name is
 * unguessable and checked to be free first.
 */
export async function writeTextFileAtomic<U extends ResourceUri>(fs: FileStore<U>, uri: U, text: string): Promise<void> {
  await fs.createDirectory(parentOf(uri));
  let temp = siblingUri(uri, `.tmp-${randomName()}`);
  while (await exists(fs, temp)) temp = siblingUri(uri, `.tmp-${randomName()}`);
  try {
    await fs.writeText(temp, text);
    await fs.rename(temp, uri, { overwrite: true });
  } catch (error) {
    await fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}

/** Writes a copy unless one already exists (a backup is made once, not on every attempt). */
export async function writeFileIfAbsent<U extends ResourceUri>(fs: FileStore<U>, uri: U, text: string): Promise<boolean> {
  if (await exists(fs, uri)) return false;
  await writeTextFileAtomic(fs, uri, text);
  return true;
}

/** Siblings of file whose names start with `<file name><infix>`, e.g. its temp files or backups. */
async function siblingsWithPrefix<U extends ResourceUri>(fs: FileStore<U>, file: U, infix: string): Promise<U[]> {
  const parent = parentOf(file);
  const prefix = fileNameOf(file) + infix;
  if (!(await exists(fs, parent))) return [];
  let entries: [string, number][];
  try {
    entries = await fs.readDirectory(parent);
  } catch {
    return [];
  }
  return entries.filter(([name, type]) => type === FileKind.File && name.startsWith(prefix)).map(([name]) => childOf(parent, name));
}

/** Deletes `<file>.tmp-*` left behind by a write that never reached its rename (crash, kill). Never reads them. */
export async function removeStaleTempFiles<U extends ResourceUri>(fs: FileStore<U>, file: U, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const temp of await siblingsWithPrefix(fs, file, '.tmp-')) {
    try {
      const { mtime } = await fs.stat(temp);
      if (now - mtime < STALE_TEMP_MS) continue;
      await fs.delete(temp);
      removed++;
    } catch {
      // Another window may have removed it first.
    }
  }
  return removed;
}

/**
 * Keeps one copy of an unreadable sidecar as `<file>.corrupt-<timestamp>.bak`, unless a backup with
 * the same content already exists. Returns the backup written, if any.
 */
export async function backupCorruptFile<U extends ResourceUri>(
  fs: FileStore<U>,
  file: U,
  text: string,
  now = new Date(),
): Promise<U | undefined> {
  for (const existing of await siblingsWithPrefix(fs, file, '.corrupt-')) {
    if (!existing.path.endsWith('.bak')) continue;
    if ((await readTextFile(fs, existing).then(undefined, () => undefined)) === text) return undefined;
  }
  const backup = siblingUri(file, `.corrupt-${fileStamp(now)}.bak`);
  return (await writeFileIfAbsent(fs, backup, text)) ? backup : undefined;
}

/** A time as it can stand in a file name (no ':' or '.'). */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

export function siblingUri<U extends ResourceUri>(file: U, suffix: string): U {
  return siblingOf(file, fileNameOf(file) + suffix);
}
