import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SIDECAR_SUFFIX = '.factcheck.json';
const SIDECAR_FOLDER = '.factcheck';

/**
 * The sidecar of a draft on disk, as the extension places it: beside the draft
 * (`story.md.factcheck.json`), else in a `.factcheck/` folder of an enclosing folder that
 * mirrors the draft's path (the `workspaceFolder` setting). undefined when there is none.
 */
export function findSidecar(absoluteDraft: string): string | undefined {
  const beside = `${absoluteDraft}${SIDECAR_SUFFIX}`;
  if (existsSync(beside)) return beside;
  for (let folder = dirname(absoluteDraft); ; folder = dirname(folder)) {
    const mirrored = join(folder, SIDECAR_FOLDER, `${relative(folder, absoluteDraft)}${SIDECAR_SUFFIX}`);
    if (existsSync(mirrored)) return mirrored;
    if (dirname(folder) === folder) return undefined;
  }
}
