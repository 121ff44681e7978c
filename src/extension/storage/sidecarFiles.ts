import * as vscode from 'vscode';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** Temp files older than this are leftovers of a crashed write, not a write in progress. */
const STALE_TEMP_MS = 60_000;

function isNotFound(error: unknown): boolean {
  return (
    error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound')
  ) || (error instanceof Error && /ENOENT|EntryNotFound|FileNotFound/.test(error.message));
}

function sibling(uri: vscode.Uri, name: string): vscode.Uri {
  return uri.with({ path: uri.path.slice(0, uri.path.lastIndexOf('/') + 1) + name });
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The file's text, or undefined when it does not exist. Other errors propagate. */
export async function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
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
export async function writeTextFileAtomic(uri: vscode.Uri, text: string): Promise<void> {
  const parent = vscode.Uri.joinPath(uri, '..');
  await vscode.workspace.fs.createDirectory(parent);
  let temp = sibling(uri, `${baseName(uri)}.tmp-${randomName()}`);
  while (await exists(temp)) temp = sibling(uri, `${baseName(uri)}.tmp-${randomName()}`);
  try {
    await vscode.workspace.fs.writeFile(temp, encoder.encode(text));
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp, { useTrash: false }).then(undefined, () => undefined);
    throw error;
  }
}

/** Writes a copy unless one already exists (a backup is made once, not on every attempt). */
export async function writeFileIfAbsent(uri: vscode.Uri, text: string): Promise<boolean> {
  if (await exists(uri)) return false;
  await writeTextFileAtomic(uri, text);
  return true;
}

/** Siblings of file whose names start with `<file name><infix>`, e.g. its temp files or backups. */
async function siblingsWithPrefix(file: vscode.Uri, infix: string): Promise<vscode.Uri[]> {
  const parent = vscode.Uri.joinPath(file, '..');
  const prefix = baseName(file) + infix;
  if (!(await exists(parent))) return [];
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(parent);
  } catch {
    return [];
  }
  return entries
    .filter(([name, type]) => type === vscode.FileType.File && name.startsWith(prefix))
    .map(([name]) => vscode.Uri.joinPath(parent, name));
}

/** Deletes `<file>.tmp-*` left behind by a write that never reached its rename (crash, kill). Never reads them. */
export async function removeStaleTempFiles(file: vscode.Uri, now = Date.now()): Promise<number> {
  let removed = 0;
  for (const temp of await siblingsWithPrefix(file, '.tmp-')) {
    try {
      const { mtime } = await vscode.workspace.fs.stat(temp);
      if (now - mtime < STALE_TEMP_MS) continue;
      await vscode.workspace.fs.delete(temp, { useTrash: false });
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
export async function backupCorruptFile(file: vscode.Uri, text: string, now = new Date()): Promise<vscode.Uri | undefined> {
  for (const existing of await siblingsWithPrefix(file, '.corrupt-')) {
    if (!existing.path.endsWith('.bak')) continue;
    if ((await readTextFile(existing).then(undefined, () => undefined)) === text) return undefined;
  }
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const backup = sibling(file, `${baseName(file)}.corrupt-${stamp}.bak`);
  return (await writeFileIfAbsent(backup, text)) ? backup : undefined;
}

export function siblingUri(file: vscode.Uri, suffix: string): vscode.Uri {
  return sibling(file, baseName(file) + suffix);
}
