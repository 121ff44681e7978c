import { copyFileSync, mkdtempSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import type { FactCheckTestApi } from '../../src/extension/api';

export const EXTENSION_ID = 'draft-factcheck.draft-factcheck';

/**
 * The workspace the runner opened: a per-run temp copy of test/fixtures/workspace, so suites may
 * write sidecars freely. Fails loudly when a suite runs without one.
 */
export function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder)
    throw new Error(
      'No workspace folder is open: run the suites through `npm run test:vscode`, which opens a copy of test/fixtures/workspace.',
    );
  return folder.uri.fsPath;
}

/** Path of a fixture draft inside the run's workspace copy. */
export function fixturePath(name: string): string {
  return join(workspaceRoot(), name);
}

/**
 * A private copy of a fixture draft in a fresh sub-folder of the workspace, for a test that writes
 * annotations and must not see another test's sidecar.
 */
export function freshCopy(name: string): string {
  const dir = mkdtempSync(join(workspaceRoot(), 'scratch-'));
  const target = join(dir, basename(name));
  copyFileSync(fixturePath(name), target);
  return target;
}

/** Activates the extension (idempotent) and returns what activate() returned. */
export async function getApi(): Promise<FactCheckTestApi> {
  const extension = vscode.extensions.getExtension<FactCheckTestApi>(EXTENSION_ID);
  if (!extension) throw new Error(`Extension ${EXTENSION_ID} is not loaded in this host`);
  return withTestHooks(extension.isActive ? extension.exports : await extension.activate());
}

/** The API with its test hooks, which activate() adds only in test mode (ExtensionMode.Test): fails at once without them. */
export function withTestHooks(api: FactCheckTestApi): FactCheckTestApi {
  if (typeof api.getDecorationRanges !== 'function') {
    throw new Error(
      'activate() returned the public API without test hooks: the extension host is not running in test mode (ExtensionMode.Test)',
    );
  }
  return api;
}

/** Opens a draft (a fixture name or an absolute path) in an editor and returns it. */
export async function openDraft(nameOrPath: string, languageId?: string): Promise<vscode.TextEditor> {
  const path = nameOrPath.startsWith('/') ? nameOrPath : fixturePath(nameOrPath);
  let document = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
  if (languageId && document.languageId !== languageId) document = await vscode.languages.setTextDocumentLanguage(document, languageId);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Polls until a condition holds (debounced scans, sidecar writes); see test/e2e/lib/wait.ts. */
export { waitFor } from '../e2e/lib/wait';

/** Closes every editor, so the next test starts from a clean window. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
