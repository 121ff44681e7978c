import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { Annotation, SidecarFile } from '../../src/core/annotations/types';
import type { FactCheckTestApi } from '../../src/extension/api';
import { closeAllEditors, getApi, waitFor } from './helpers';

export function sidecarOf(draftPath: string): string {
  return `${draftPath}.factcheck.json`;
}

export function readSidecar(path: string): SidecarFile {
  return JSON.parse(readFileSync(path, 'utf8')) as SidecarFile;
}

/** Offsets of a fragment in the document (fails when it is missing). */
export function spanOf(document: vscode.TextDocument, fragment: string): { start: number; end: number } {
  const start = document.getText().indexOf(fragment);
  if (start < 0) throw new Error(`"${fragment}" is not in ${document.uri.fsPath}`);
  return { start, end: start + fragment.length };
}

/** Annotates a fragment as an editor would (select, mark as claim) and returns the annotation. */
export async function annotate(api: FactCheckTestApi, document: vscode.TextDocument, fragment: string): Promise<Annotation> {
  await waitForLoaded(api, document);
  const { start, end } = spanOf(document, fragment);
  return api.review.markRangeAsClaim(document, start, end);
}

/** The annotation with id in the document's current review (items, dismissed or orphans). */
export function annotationIn(api: FactCheckTestApi, document: vscode.TextDocument, id: string): Annotation | undefined {
  const review = api.review.getReview(document);
  return (
    review.items.find((i) => i.annotation?.id === id)?.annotation ??
    review.dismissed.find((i) => i.annotation?.id === id)?.annotation ??
    review.orphans.find((a) => a.id === id)
  );
}

/** Resolves once the sidecar (if any) has been read: a flush waits for loading first. */
export async function waitForLoaded(api: FactCheckTestApi, document: vscode.TextDocument): Promise<void> {
  api.review.getReview(document);
  await api.flush();
}

export async function waitForFile(path: string, present: boolean, what: string, timeoutMs = 5000): Promise<void> {
  await waitFor(() => existsSync(path) === present, what, timeoutMs);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Registers the per-suite setup: the extension's API before, a flush and a clean window after each test. */
export function useApi(): () => FactCheckTestApi {
  let api: FactCheckTestApi | undefined;
  before(async () => {
    api = await getApi();
  });
  afterEach(async () => {
    await api?.flush();
    await closeAllEditors();
  });
  return () => {
    if (!api) throw new Error('the extension API is not ready');
    return api;
  };
}

/** Renames a file as the explorer does (WorkspaceEdit), so onWill/onDidRenameFiles fire. */
export async function renameFile(from: string, to: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(vscode.Uri.file(from), vscode.Uri.file(to));
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`could not rename ${from} to ${to}`);
}
