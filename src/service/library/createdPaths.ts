/**
 * What to look at after a burst of paths a watcher reported as created. A watcher can miss everything
 * below a folder made in a burst (a checkout, or a script: code-server's parcel watcher loses a sub-folder
 * made before the watch on its parent is added, and with it every later event below it), yet it still
 * reports the folder itself. So the claim library lists a new folder again a moment later, instead of
 * trusting that its sidecars will be reported one by one.
 */
export type CreatedSweep =
  /** The top-most created paths (none below another): each is listed if it is a folder. */
  | { kind: 'paths'; paths: string[] }
  /** Too many to look at one by one (a checkout, a pull): the whole library is checked against the disk. */
  | { kind: 'all' };

/** A path (relative to the folder watched) no one reviews sidecars in: version control's own files, installed packages. */
export function ignoredCreatedPath(path: string): boolean {
  return path.split('/').some((segment) => segment === 'node_modules' || (segment.startsWith('.') && segment !== '.factcheck'));
}

/**
 * The sweep for a burst of created paths (URI strings or '/'-separated paths; ignoredCreatedPath ones
 * left out by the caller): sidecars themselves (the library's own watcher reports them) are left out,
 * and a path below another created path is covered by it. More than `limit` left: check everything.
 */
export function sweepOfCreated(created: Iterable<string>, limit: number): CreatedSweep {
  // Sorted: an ancestor is kept before any path below it.
  const candidates = [...new Set(created)].filter((path) => !path.endsWith('.factcheck.json')).sort();
  const paths: string[] = [];
  for (const path of candidates) {
    if (paths.some((kept) => path.startsWith(kept.replace(/\/?$/, '/')))) continue;
    paths.push(path);
    if (paths.length > limit) return { kind: 'all' };
  }
  return { kind: 'paths', paths };
}
