const SUFFIX = '.factcheck.json';
const FOLDER = '.factcheck';

/**
 * The draft a sidecar belongs to, from the sidecar's path ('/'-separated): `notes/story.md.factcheck.json`
 * → `notes/story.md`; `<root>/.factcheck/notes/story.md.factcheck.json` → `<root>/notes/story.md`.
 * Undefined for anything that is not a sidecar. Paths only: the CLI and the extension both use it.
 */
export function draftPathOfSidecar(path: string): string | undefined {
  if (!path.endsWith(SUFFIX) || path.length === SUFFIX.length) return undefined;
  const parts = path.slice(0, -SUFFIX.length).split('/');
  const folder = parts.lastIndexOf(FOLDER);
  if (folder >= 0) parts.splice(folder, 1);
  return parts.join('/');
}
