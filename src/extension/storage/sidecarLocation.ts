import type * as vscode from 'vscode';
import * as location from '../../service/storage/sidecarLocation';
import { vscodeWorkspace } from '../workspacePorts';

export { draftFileName, isSidecarPath, SIDECAR_FOLDER, SIDECAR_SUFFIX } from '../../service/storage/sidecarLocation';

/** Where a draft's annotations are kept (see src/service/storage/sidecarLocation.ts), with the window's workspace folders. */
export function sidecarUriFor(draft: vscode.Uri, where: location.SidecarLocation): vscode.Uri | undefined {
  return location.sidecarUriFor(draft, where, vscodeWorkspace.folderOf);
}
