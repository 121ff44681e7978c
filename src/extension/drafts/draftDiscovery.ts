import * as vscode from 'vscode';
import { isSidecarPath } from '../storage/sidecarLocation';
import { excludeGlob, type DraftsSettings } from './draftsSettings';

/** A draft found in a workspace folder. */
export interface FoundDraft {
  uri: vscode.Uri;
  folder: vscode.WorkspaceFolder;
  /** Path below the folder, `/`-separated. */
  relativePath: string;
}

/** Every draft in the workspace matching the settings, per folder; sidecars and their folder never count. */
export async function findDrafts(settings: DraftsSettings, token?: vscode.CancellationToken): Promise<FoundDraft[]> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const exclude = excludeGlob(settings.exclude);
  const perFolder = await Promise.all(
    folders.map(async (folder) => {
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, settings.include), exclude, undefined, token);
      return uris.filter((uri) => !isSidecarPath(uri)).map((uri) => ({ uri, folder, relativePath: relativeTo(folder.uri, uri) }));
    }),
  );
  return perFolder.flat();
}

export function relativeTo(folder: vscode.Uri, uri: vscode.Uri): string {
  const root = folder.path.replace(/\/+$/, '');
  return uri.path.startsWith(root + '/') ? uri.path.slice(root.length + 1) : uri.path.replace(/^\/+/, '');
}
