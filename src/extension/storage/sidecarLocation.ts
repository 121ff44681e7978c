import * as vscode from 'vscode';
import type { SidecarLocation } from '../config';

export const SIDECAR_SUFFIX = '.factcheck.json';
/** The folder at a workspace root that mirrors draft paths in the workspaceFolder mode. */
export const SIDECAR_FOLDER = '.factcheck';

/** Schemes whose drafts have no file to keep a sidecar beside: their annotations live in memory. */
const MEMORY_ONLY_SCHEMES = new Set(['untitled', 'vscode-notebook-cell', 'git', 'output', 'vscode-userdata']);

export function draftFileName(draft: vscode.Uri): string {
  const path = draft.path;
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * Where a draft's annotations are kept:
 * - besideDraft: `<dir>/<draft>.factcheck.json`;
 * - workspaceFolder: `<root>/.factcheck/<path from root>.factcheck.json` (beside the draft when it is outside every folder).
 * Both end in .factcheck.json, so one watcher pattern sees either mode.
 * undefined when the draft has no file (untitled): annotations are then kept in memory.
 */
export function sidecarUriFor(draft: vscode.Uri, location: SidecarLocation): vscode.Uri | undefined {
  if (MEMORY_ONLY_SCHEMES.has(draft.scheme)) return undefined;
  if (location === 'workspaceFolder') {
    const folder = vscode.workspace.getWorkspaceFolder(draft);
    if (folder) {
      const root = folder.uri.path.replace(/\/+$/, '');
      const relative = draft.path.slice(root.length).replace(/^\/+/, '');
      if (relative !== '') return vscode.Uri.joinPath(folder.uri, SIDECAR_FOLDER, ...`${relative}${SIDECAR_SUFFIX}`.split('/'));
    }
  }
  return draft.with({ path: draft.path + SIDECAR_SUFFIX });
}

/** True for a path that is itself a sidecar (or inside the sidecar folder), which must never be scanned as a draft. */
export function isSidecarPath(uri: vscode.Uri): boolean {
  return uri.path.endsWith(SIDECAR_SUFFIX) || uri.path.split('/').includes(SIDECAR_FOLDER);
}

/** In the workspaceFolder mode, the folder under .factcheck/ that mirrors a draft folder; undefined otherwise. */
export function mirrorFolderFor(folder: vscode.Uri, location: SidecarLocation): vscode.Uri | undefined {
  if (location !== 'workspaceFolder') return undefined;
  const sidecar = sidecarUriFor(folder, location);
  if (!sidecar || !sidecar.path.includes(`/${SIDECAR_FOLDER}/`)) return undefined;
  return sidecar.with({ path: sidecar.path.slice(0, -SIDECAR_SUFFIX.length) });
}
