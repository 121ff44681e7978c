import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fsProblem } from './drafts';

/** The same names the extension uses (the service layer's sidecarLocation). */
export { SIDECAR_FOLDER, SIDECAR_SUFFIX } from '../service/storage/sidecarLocation';
import { SIDECAR_FOLDER, SIDECAR_SUFFIX } from '../service/storage/sidecarLocation';

export type SidecarRead = { path: string; text: string } | { path: string; problem: string } | undefined;

/**
 * The sidecar of a draft, in either location the extension writes: beside the draft
 * (`story.md.factcheck.json`), else in a `.factcheck/` folder of an enclosing folder that
 * mirrors the draft's path (`<root>/.factcheck/drafts/story.md.factcheck.json`), nearest first.
 * undefined when there is none; a problem when one exists but cannot be read.
 */
export function readSidecarFor(absoluteDraftPath: string): SidecarRead {
  for (const candidate of sidecarCandidates(absoluteDraftPath)) {
    if (!existsSync(candidate)) continue;
    try {
      return { path: candidate, text: readFileSync(candidate, 'utf8') };
    } catch (error) {
      const problem = fsProblem(error);
      if (problem === undefined) throw error;
      return { path: candidate, problem };
    }
  }
  return undefined;
}

export function sidecarCandidates(absoluteDraftPath: string): string[] {
  const candidates = [absoluteDraftPath + SIDECAR_SUFFIX];
  let folder = dirname(absoluteDraftPath);
  for (;;) {
    const rel = relative(folder, absoluteDraftPath);
    candidates.push(join(folder, SIDECAR_FOLDER, ...rel.split(sep).slice(0, -1), basename(absoluteDraftPath) + SIDECAR_SUFFIX));
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  return candidates;
}
