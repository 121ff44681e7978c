import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { DraftLanguage } from '../core/document';
import { UsageError, quoteArg } from './io';

/** Extensions a directory scan picks up. */
const DRAFT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
/** Folders a directory scan never enters, besides dot-folders. */
const SKIPPED_FOLDERS = new Set(['node_modules']);

export interface DraftFile {
  /** As given on the command line for a named file; directory and name joined for a found one. */
  path: string;
  absolutePath: string;
  language: DraftLanguage;
  /** True when named on the command line: problems reading it are then errors, not skips. */
  named: boolean;
  bytes: number;
}

export function languageOfPath(path: string): DraftLanguage {
  return MARKDOWN_EXTENSIONS.has(extname(path).toLowerCase()) ? 'markdown' : 'plaintext';
}

/**
 * The drafts to scan, in command-line order; each directory expands recursively to its
 * .md/.markdown/.txt files with names in ordinal order (deterministic on every platform and
 * locale), skipping node_modules and hidden (dot) entries. A file reached twice is scanned once.
 * A named path that cannot be read is a UsageError; an unreadable folder inside is skipped with a warning.
 */
export function collectDrafts(paths: readonly string[], cwd: string, warn: (message: string) => void): DraftFile[] {
  const drafts: DraftFile[] = [];
  const seen = new Set<string>();
  /** `realPath` identifies the file: a file reached twice (through a link) is scanned once. */
  const add = (path: string, absolutePath: string, stats: Stats, named: boolean, realPath: string) => {
    if (seen.has(realPath)) return;
    seen.add(realPath);
    drafts.push({ path, absolutePath, language: languageOfPath(path), named, bytes: stats.size });
  };
  const walk = (dir: string, absoluteDir: string, visited: Set<string>) => {
    const real = realpathOrSelf(absoluteDir);
    if (visited.has(real)) return; // a symlink loop
    const inside = new Set(visited).add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(absoluteDir, { withFileTypes: true });
    } catch (error) {
      if (visited.size === 0) throw fsUsageError(dir, error);
      warn(`skipped ${quoteArg(dir)}: ${fsProblem(error) ?? (error as Error).message}`);
      return;
    }
    for (const entry of entries.sort((a, b) => byOrdinal(a.name, b.name))) {
      const name = entry.name;
      if (name.startsWith('.') || SKIPPED_FOLDERS.has(name)) continue;
      const absolutePath = join(absoluteDir, name);
      const isDraftName = DRAFT_EXTENSIONS.has(extname(name).toLowerCase());
      if (entry.isDirectory()) walk(join(dir, name), absolutePath, inside);
      else if (entry.isFile()) {
        // Not a link, so its real path is its real folder's and its name: no per-file realpath (a dozen system calls deep).
        const stats = isDraftName ? statOrUndefined(absolutePath) : undefined;
        if (stats?.isFile()) add(join(dir, name), absolutePath, stats, false, join(real, name));
      } else {
        // A link, or a file system that does not say: followed.
        const stats = statOrUndefined(absolutePath); // undefined for a dangling link: nothing to scan
        if (stats?.isDirectory()) walk(join(dir, name), absolutePath, inside);
        else if (stats?.isFile() && isDraftName) add(join(dir, name), absolutePath, stats, false, realpathOrSelf(absolutePath));
      }
    }
  };
  for (const path of paths) {
    const absolutePath = resolve(cwd, path);
    const stats = statNamed(path, absolutePath);
    if (stats.isDirectory()) walk(path, absolutePath, new Set());
    else if (stats.isFile()) add(path, absolutePath, stats, true, realpathOrSelf(absolutePath));
    else throw new UsageError(`${quoteArg(path)}: not a file or directory`);
  }
  return drafts;
}

function statNamed(path: string, absolutePath: string): Stats {
  try {
    return statSync(absolutePath);
  } catch (error) {
    throw fsUsageError(path, error);
  }
}

/** A file-system failure on a path the user named, as one line; unexpected failures stay internal errors. */
export function fsUsageError(path: string, error: unknown): Error {
  const problem = fsProblem(error);
  return problem === undefined ? (error as Error) : new UsageError(`${quoteArg(path)}: ${problem}`);
}

/** Words for the file-system errors a user can cause and fix. */
export function fsProblem(error: unknown): string | undefined {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    default:
      return undefined;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The real path (symlinks resolved), or the path itself when it cannot be resolved. */
export function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function byOrdinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
