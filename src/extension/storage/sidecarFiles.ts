import type * as vscode from 'vscode';
import * as files from '../../service/storage/sidecarFiles';
import { vscodeFileStore } from '../workspacePorts';

/** The service layer's file helpers (src/service/storage/sidecarFiles.ts) over vscode.workspace.fs, for the features. */

/** The file's text, or undefined when it does not exist. Other errors propagate. */
export function readTextFile(uri: vscode.Uri): Promise<string | undefined> {
  return files.readTextFile(vscodeFileStore, uri);
}

/** Writes through a temp file and a rename: readers see the old file or the new one, never half of either. */
export function writeTextFileAtomic(uri: vscode.Uri, text: string): Promise<void> {
  return files.writeTextFileAtomic(vscodeFileStore, uri, text);
}
