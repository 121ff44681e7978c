import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { FactCheckTestApi } from '../../src/extension/api';
import type { Annotation } from '../../src/core/annotations/types';
import type { ReviewItem } from '../../src/core/review/types';
import { openDraft, waitFor, workspaceRoot } from './helpers';

/** Sentences without claim cues, so the engine finds nothing and each test decides the claims itself. */
export const PLAIN_DRAFT = [
  'Notes from the harbour walk.',
  '',
  'Gulls circled over the boats. The morning felt calm. We took the long path home.',
  '',
  'Someone mentioned the ferry. Tea was served at the cafe. The light was soft.',
  '',
].join('\n');

/** Writes text to a new draft in its own scratch folder (no sidecar shared with other tests) and opens it. */
export async function openNewDraft(text: string, name = 'draft.md'): Promise<vscode.TextEditor> {
  const dir = mkdtempSync(join(workspaceRoot(), 'scratch-editor-'));
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return openDraft(path);
}

/** Marks the first occurrence of phrase as a claim through the real command (selection + command); fails at once when it did not. */
export async function markPhrase(editor: vscode.TextEditor, phrase: string): Promise<{ start: number; end: number }> {
  const start = editor.document.getText().indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the draft`);
  const end = start + phrase.length;
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(end));
  const marked = await vscode.commands.executeCommand<Annotation | undefined>('factCheck.markSelectionAsClaim');
  // The command reports its errors in a message and returns nothing: say so here rather than in a later, unrelated assertion.
  if (!marked)
    throw new Error(
      `factCheck.markSelectionAsClaim did not mark "${phrase}" (it returned nothing; the draft may not be a draft or the selection was refused)`,
    );
  if (marked.anchor.start !== start || marked.anchor.end !== end) {
    throw new Error(
      `factCheck.markSelectionAsClaim marked ${marked.anchor.start}–${marked.anchor.end}, not "${phrase}" at ${start}–${end}`,
    );
  }
  return { start, end };
}

/** The review item that starts at offset (undefined when there is none). */
export function itemStartingAt(api: FactCheckTestApi, uri: vscode.Uri, start: number): ReviewItem | undefined {
  return api.getReview(uri)?.items.find((i) => i.start === start);
}

/** Puts the cursor at an offset of the editor's document. */
export function placeCursor(editor: vscode.TextEditor, offset: number): void {
  const position = editor.document.positionAt(offset);
  editor.selection = new vscode.Selection(position, position);
}

/** Waits until the decorator has drawn exactly `expected` for a style (debounced redraws settle asynchronously). */
export async function waitForStyle(
  api: FactCheckTestApi,
  uri: vscode.Uri,
  style: string,
  expected: { start: number; end: number }[],
): Promise<void> {
  await waitFor(
    () => JSON.stringify(api.getDecorationRanges(uri)[style] ?? []) === JSON.stringify(expected),
    `${style} highlights ${JSON.stringify(expected)} (now ${JSON.stringify(api.getDecorationRanges(uri))})`,
  );
}

/** How long runWithQuickInput keeps pressing before it gives up: well inside mocha's 30 s test timeout. */
const QUICK_INPUT_LIMIT_MS = 15_000;

/**
 * Runs a command that shows a quick pick or input box, then drives that real widget: accepts the
 * focused entry (accept = true) or closes it like Escape. Returns what the command returned, or
 * fails with the reason when the command is still running after QUICK_INPUT_LIMIT_MS.
 */
export async function runWithQuickInput<T>(command: string, accept: boolean, ...args: unknown[]): Promise<T> {
  let done = false;
  const result = Promise.resolve(vscode.commands.executeCommand<T>(command, ...args)).finally(() => (done = true));
  const deadline = Date.now() + QUICK_INPUT_LIMIT_MS;
  // The widget opens asynchronously; keep pressing until the command finishes (a press with nothing open does nothing).
  while (!done) {
    if (Date.now() >= deadline) {
      throw new Error(
        `${command} was still running ${QUICK_INPUT_LIMIT_MS / 1000} s after it started: its quick input never closed (pressing ${accept ? 'Enter' : 'Escape'})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    if (done) break;
    await vscode.commands.executeCommand(accept ? 'workbench.action.acceptSelectedQuickOpenItem' : 'workbench.action.closeQuickOpen');
  }
  return result;
}

/** Sets a factCheck.* setting for the workspace; undefined removes it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('factCheck').update(key, value, vscode.ConfigurationTarget.Workspace);
}
