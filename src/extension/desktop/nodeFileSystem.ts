import type { Stats } from 'node:fs';
import { lstat, mkdir, readdir, readFile, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The extension's file calls on local paths, in Node: the same contract as vscode.workspace.fs
 * (type bits with the symbolic-link bit, parents created on write, rename that refuses to replace
 * unless asked) without its round trip through the workbench. In code-server a stat through
 * workspace.fs took 15–870 ms while the window was busy opening a draft; lstat takes microseconds.
 * Errors are Node's (code ENOENT, EEXIST…); localFiles.ts turns them into FileSystemErrors.
 */

/** vscode.FileType's bits. */
export const NodeFileKind = { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 } as const;

export interface NodeFileStat {
  type: number;
  ctime: number;
  mtime: number;
  size: number;
}

function kindOf(stats: Stats): number {
  if (stats.isFile()) return NodeFileKind.File;
  if (stats.isDirectory()) return NodeFileKind.Directory;
  return NodeFileKind.Unknown;
}

function statOf(stats: Stats, type: number): NodeFileStat {
  return { type, ctime: stats.ctimeMs, mtime: stats.mtimeMs, size: stats.size };
}

/** Like workspace.fs.stat: a link reports its target's kind plus the SymbolicLink bit (a dangling link only the bit). */
export async function statPath(path: string): Promise<NodeFileStat> {
  const own = await lstat(path);
  if (!own.isSymbolicLink()) return statOf(own, kindOf(own));
  try {
    const target = await stat(path);
    return statOf(target, kindOf(target) | NodeFileKind.SymbolicLink);
  } catch {
    return statOf(own, NodeFileKind.SymbolicLink);
  }
}

export async function readPath(path: string): Promise<Uint8Array> {
  return readFile(path);
}

/** Creates or replaces the file, creating its folders first (as workspace.fs.writeFile does). */
export async function writePath(path: string, content: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
}

/** Renames within the file system; without overwrite an existing target is an EEXIST error, never replaced. */
export async function renamePath(from: string, to: string, overwrite: boolean): Promise<void> {
  if (
    !overwrite &&
    (await lstat(to).then(
      () => true,
      () => false,
    ))
  )
    throw existsError(to);
  await rename(from, to);
}

/** Deletes a file, a link (never its target) or an empty folder. */
export async function deletePath(path: string): Promise<void> {
  const own = await lstat(path);
  await (own.isDirectory() ? rmdir(path) : unlink(path));
}

export async function createDirectoryPath(path: string): Promise<void> {
  await mkdir(path, { recursive: true });
}

/** Entries with their kinds; a link's entry has its target's kind plus the SymbolicLink bit. */
export async function readDirectoryPath(path: string): Promise<[string, number][]> {
  const entries = await readdir(path, { withFileTypes: true });
  return Promise.all(
    entries.map(async (entry): Promise<[string, number]> => {
      if (!entry.isSymbolicLink())
        return [entry.name, entry.isFile() ? NodeFileKind.File : entry.isDirectory() ? NodeFileKind.Directory : 0];
      return [entry.name, (await statPath(join(path, entry.name)).catch(() => ({ type: NodeFileKind.SymbolicLink }))).type];
    }),
  );
}

function existsError(path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`EEXIST: file already exists, rename to '${path}'`);
  error.code = 'EEXIST';
  error.path = path;
  return error;
}
