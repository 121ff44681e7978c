import * as vscode from 'vscode';
import type { FactCheckTestApi } from '../../src/extension/api';

export const EXTENSION_ID = 'draft-factcheck.draft-factcheck';

export { waitFor } from '../e2e/lib/wait';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function extension(): vscode.Extension<FactCheckTestApi> {
  const found = vscode.extensions.getExtension<FactCheckTestApi>(EXTENSION_ID);
  if (!found) throw new Error(`Extension ${EXTENSION_ID} is not loaded in this host`);
  return found;
}

export async function getApi(): Promise<FactCheckTestApi> {
  const ext = extension();
  const api = ext.isActive ? ext.exports : await ext.activate();
  // activate() adds the test hooks only in test mode (ExtensionMode.Test): fail at once without them.
  if (typeof api.getDecorationRanges !== 'function')
    throw new Error('activate() returned no test hooks: the web extension host is not in test mode');
  return api;
}

/** The workspace folder the runner opened (a per-run copy of test/fixtures/workspace), as a URI: no fs paths here. */
export function workspaceUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('No workspace folder is open: run the web suites through `npm run test:vscode`.');
  return folder.uri;
}

/** A new folder in the workspace for one test's drafts and sidecars. */
export function scratchFolder(): vscode.Uri {
  return vscode.Uri.joinPath(workspaceUri(), `web-scratch-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`);
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

/** The file's text, or undefined when it does not exist (yet). */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

export function sidecarOf(draft: vscode.Uri): vscode.Uri {
  return draft.with({ path: `${draft.path}.factcheck.json` });
}

/** A newsroom draft of at least `size` characters: the fixture's kinds of claims, varied so paragraphs differ. */
export function largeDraft(size: number): string {
  const paragraphs: string[] = ['# Council approves budget after late-night session'];
  for (let i = 1; paragraphs.join('\n\n').length < size; i++) {
    paragraphs.push(
      `The city council approved a $${i}.2 billion budget on Tuesday, the largest in the district's history.`,
      `Spending on transit rose ${(i % 40) + 2} percent compared with last year, according to the finance director.`,
      `"No neighbourhood will see a cut in library hours," the mayor said at press conference number ${i}.`,
      `Residents walked along the river in the evening and talked about the weather in week ${i}.`,
    );
  }
  return paragraphs.join('\n\n') + '\n';
}
