import { fileNameOf } from '../../core/util/fileName';
import type { ResourceUri } from '../ports';
import { childOf } from '../uriPaths';

export type SidecarLocation = 'besideDraft' | 'workspaceFolder';

export const SIDECAR_SUFFIX = '.factcheck.json';
/** The folder at a workspace root that mirrors draft paths in the workspaceFolder mode. */
export const SIDECAR_FOLDER = '.factcheck';

/** Schemes whose drafts have no file to keep a sidecar beside: their annotations live in memory. */
const MEMORY_ONLY_SCHEMES = new Set(['untitled', 'vscode-notebook-cell', 'git', 'output', 'vscode-userdata']);

/** The workspace folder holding a URI (WorkspacePort.folderOf). */
export type FolderOf<U extends ResourceUri> = (uri: U) => U | undefined;

export function draftFileName(draft: ResourceUri): string {
  return fileNameOf(draft);
}

/**
 * Where a draft's annotations are kept:
 * - besideDraft: `<dir>/<draft>.factcheck.json`;
 * - workspaceFolder: `<root>/.factcheck/<path from root>.factcheck.json` (beside the draft when it is outside every folder).
 * Both end in .factcheck.json, so one watcher pattern sees either mode.
 * undefined when the draft has no file (untitled): annotations are then kept in memory.
 */
export function sidecarUriFor<U extends ResourceUri>(draft: U, location: SidecarLocation, folderOf: FolderOf<U>): U | undefined {
  if (MEMORY_ONLY_SCHEMES.has(draft.scheme)) return undefined;
  if (location === 'workspaceFolder') {
    const folder = folderOf(draft);
    if (folder) {
      const root = folder.path.replace(/\/+$/, '');
      const relative = draft.path.slice(root.length).replace(/^\/+/, '');
      if (relative !== '') return childOf(folder, SIDECAR_FOLDER, ...`${relative}${SIDECAR_SUFFIX}`.split('/'));
    }
  }
  return draft.with({ path: draft.path + SIDECAR_SUFFIX });
}

/** True for a path that is itself a sidecar (or inside the sidecar folder), which must never be scanned as a draft. */
export function isSidecarPath(uri: ResourceUri): boolean {
  return uri.path.endsWith(SIDECAR_SUFFIX) || uri.path.split('/').includes(SIDECAR_FOLDER);
}

/** In the workspaceFolder mode, the folder under .factcheck/ that mirrors a draft folder; undefined otherwise. */
export function mirrorFolderFor<U extends ResourceUri>(folder: U, location: SidecarLocation, folderOf: FolderOf<U>): U | undefined {
  if (location !== 'workspaceFolder') return undefined;
  const sidecar = sidecarUriFor(folder, location, folderOf);
  if (!sidecar || !sidecar.path.includes(`/${SIDECAR_FOLDER}/`)) return undefined;
  return sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
}
