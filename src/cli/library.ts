import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseSidecar } from '../core/annotations/sidecarParse';
import { ClaimLibrary, draftPathOfSidecar, libraryEntries, type LibraryEntry } from '../core/library';
import { fsProblem, fsUsageError, realpathOrSelf } from './drafts';
import { quoteArg } from './io';

/** Folders never searched for sidecars (hidden ones are skipped too, except the `.factcheck` sidecar folder). */
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** The library of a scan: entries keyed by the absolute path of the draft they belong to. */
export interface ScanLibrary {
  library: ClaimLibrary;
  /** What was read, as plain data: a worker thread builds the same library from it (scanLibraryOf) without reading the sidecars again. */
  drafts: LibraryDrafts;
  /** How a library draft is shown in output: relative to the working directory when below it. */
  displayPath(draftKey: string): string;
}

/** Each library draft (its absolute path) with its entries. */
export type LibraryDrafts = [draft: string, entries: LibraryEntry[]][];

function toSlashes(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

/**
 * Every `*.factcheck.json` below a folder (or the file itself), in ordinal order. Each real folder is
 * searched once (`searched` holds their real paths): links to a parent would otherwise loop, and
 * two links to "." alone make 2^40 paths before the system's link limit ends them.
 */
function sidecarsUnder(
  path: string,
  absolutePath: string,
  named: boolean,
  warn: (message: string) => void,
  searched: Set<string>,
): string[] {
  let stats;
  try {
    stats = statSync(absolutePath);
  } catch (error) {
    if (named) throw fsUsageError(path, error);
    return [];
  }
  if (stats.isFile()) return absolutePath.endsWith('.factcheck.json') ? [absolutePath] : [];
  if (!stats.isDirectory()) return [];
  const real = realpathOrSelf(absolutePath);
  if (searched.has(real)) return [];
  searched.add(real);
  let names: string[];
  try {
    names = readdirSync(absolutePath).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (error) {
    if (named) throw fsUsageError(path, error);
    warn(`skipped library folder ${quoteArg(path)}: ${fsProblem(error) ?? (error as Error).message}`);
    return [];
  }
  const found: string[] = [];
  for (const name of names) {
    if ((name.startsWith('.') && name !== '.factcheck') || SKIPPED_FOLDERS.has(name)) continue;
    for (const sidecar of sidecarsUnder(join(path, name), join(absolutePath, name), false, warn, searched)) found.push(sidecar);
  }
  return found;
}

/**
 * Builds the claim library for a scan: the sidecars beside the scanned drafts, plus every sidecar
 * under the --library paths. A sidecar that cannot be read is reported once, by name, and skipped.
 */
export function loadScanLibrary(
  draftPaths: readonly string[],
  libraryPaths: readonly string[],
  cwd: string,
  warn: (message: string) => void,
): ScanLibrary {
  const sidecars = new Set<string>();
  for (const draft of draftPaths) {
    const sidecar = `${draft}.factcheck.json`;
    // No exception for a missing one: most drafts were never annotated, and a thrown error per draft is slow.
    if (statSync(sidecar, { throwIfNoEntry: false })?.isFile()) sidecars.add(sidecar);
  }
  const searched = new Set<string>();
  for (const path of libraryPaths)
    for (const sidecar of sidecarsUnder(path, resolve(cwd, path), true, warn, searched)) sidecars.add(sidecar);

  const drafts: LibraryDrafts = [];
  for (const sidecar of sidecars) {
    const draft = draftPathOfSidecar(toSlashes(sidecar));
    if (draft === undefined) continue;
    const shown = toSlashes(relative(cwd, sidecar)) || sidecar;
    let text: string;
    try {
      text = readFileSync(sidecar, 'utf8');
    } catch (error) {
      warn(`skipped library sidecar ${quoteArg(shown)}: ${fsProblem(error) ?? (error as Error).message}`);
      continue;
    }
    const parsed = parseSidecar(text, basename(draft));
    if (!parsed.ok) {
      warn(`skipped library sidecar ${quoteArg(shown)}: ${parsed.error}`);
      continue;
    }
    const key = resolve(draft);
    drafts.push([key, libraryEntries(key, parsed.file.annotations)]);
  }
  return scanLibraryOf(drafts, cwd);
}

/** The library of drafts already read (in this thread, or sent to a worker). */
export function scanLibraryOf(drafts: LibraryDrafts, cwd: string): ScanLibrary {
  const library = new ClaimLibrary();
  for (const [key, entries] of drafts) library.setDraft(key, entries);
  return {
    library,
    drafts,
    displayPath(draftKey) {
      const rel = relative(cwd, draftKey);
      return rel && !rel.startsWith('..') ? toSlashes(rel) : toSlashes(draftKey);
    },
  };
}
